// The news between rounds: the day's headlines (dated, with their sources, reported items marked
// as reports and invented ones as the game's), and the visible meters the recess moved, with why.
import type { MediatorState } from '../../machine/index.ts';
import type { CompiledScenario, MeterKey, NewsItem, SideIndex } from '../../model/index.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { messages } from '../catalogue/index.ts';
import { causePhrase } from '../words/causes.ts';
import { reportLabel } from '../words/sources.ts';
import { newsWords } from '../words/said.ts';

export function roundNews(state: Pick<MediatorState, 'news' | 'round'>): NewsItem[] {
  return state.news.filter((n) => n.round === state.round);
}

/** A news card as the screens show it. */
export interface NewsCard {
  item: NewsItem;
  kind: string;
  headline: string;
  body: string;
}

/**
 * The day's news as cards. The game's own news (a discovery, an extension, an agenda under
 * pressure) carries no words in the state: the catalogue writes them, so a screen reads these.
 */
export function roundNewsCards(c: CompiledScenario, state: Pick<MediatorState, 'news' | 'round'>): NewsCard[] {
  return byDate(roundNews(state)).map((item) => newsCard(c, item));
}

/** One news item as a card: its kind and its words, the game's own news written by the catalogue. */
export function newsCard(c: CompiledScenario, item: NewsItem): NewsCard {
  return { item, kind: newsKind(c, item), ...newsWords(c, item) };
}

/** The items in date order (a scripted event dated before the day's incidents comes first); the sort is stable. */
function byDate(items: readonly NewsItem[]): NewsItem[] {
  return [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A news card's kind: a report is named by what it rests on (a memoir, an official record…). */
export function newsKind(c: CompiledScenario, item: NewsItem): string {
  const kinds = gameWords().views.newsKinds;
  if (item.kind === 'scripted') return item.reported ? messages().sentence(reportLabel(c.scenario.sources, item.sources)) : kinds.scripted;
  if (item.kind === 'incident' || item.kind === 'discovery' || item.kind === 'deescalation') return kinds[item.kind];
  return kinds.game;
}

export interface Move {
  meter: MeterKey;
  side: SideIndex | null;
  from: number;
  to: number;
  /** Each cause with what it added (several causes can move one meter in a night). */
  causes: { text: string; delta: number }[];
}

/** Visible meters the recess moved this round, net per meter, with every cause. */
export function roundMoves(c: CompiledScenario, state: Pick<MediatorState, 'ledger' | 'round'>): Move[] {
  const moves = new Map<string, Move>();
  for (const e of state.ledger) {
    if (e.round !== state.round || e.hidden || e.cause.source !== 'RECESS') continue;
    const key = `${e.meter}:${e.side}`;
    const m = moves.get(key) ?? { meter: e.meter, side: e.side, from: e.from, to: e.from, causes: [] };
    m.to = e.to;
    const text = causePhrase(c, e);
    const known = m.causes.find((x) => x.text === text);
    if (known) known.delta += e.to - e.from;
    else m.causes.push({ text, delta: e.to - e.from });
    moves.set(key, m);
  }
  return [...moves.values()].filter((m) => m.from !== m.to);
}
