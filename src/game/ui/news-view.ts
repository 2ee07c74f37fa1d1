// The news between rounds as headline cards (date, kind, sources), and the meters moving with
// their causes: each bar slides from where it was to where the night left it.
import type { MediatorState } from '../../machine/index.ts';
import type { CompiledScenario } from '../../model/index.ts';
import { actorName, type NewsCard, sourceBadge } from '../../present/index.ts';
import { el, safeHref } from '../dom/el.ts';
import { fmt, gameWords, messages, meterName, type Move, roundMoves, roundNewsCards } from '../../present/index.ts';

function card(c: CompiledScenario, news: NewsCard): HTMLElement {
  const { item } = news;
  const w = gameWords().play.news;
  const sources = item.sources.map((id) => c.scenario.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  const reported = item.kind === 'scripted' && item.reported;
  return el(
    'li',
    { class: 'card' },
    el('div', { class: 'dateline' }, el('span', { text: w.cardDate(item.date) }), el('span', { class: `kind${reported ? ' reported' : ''}`, text: news.kind })),
    el('h3', { text: news.headline }),
    el('p', { text: news.body }),
    sources.length
      ? el(
          'p',
          { class: 'sources' },
          messages().ui.common.sourceLabel,
          ...sources.flatMap((s, i) => {
            const href = safeHref(s.url);
            // Each source with its own kind: one tag at the end read as the kind of them all.
            const kind = ` (${sourceBadge(s)})`;
            return [i > 0 ? '; ' : '', href ? el('a', { text: s.title, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }) : s.title, kind];
          }),
        )
      : el('p', { class: 'sources', text: item.kind === 'scripted' ? w.cause(actorName(c, item.cause)) : w.invented(actorName(c, item.cause)) }),
  );
}

function signed(n: number): string {
  const r = Math.round(n * 10) / 10;
  return r > 0 ? `+${fmt().number(r, 1)}` : `−${fmt().number(Math.abs(r), 1)}`;
}

function moveRow(c: CompiledScenario, m: Move, animate: boolean): HTMLElement {
  const name = meterName(c, m.meter, m.side);
  const isLadder = m.meter === 'pressure';
  const max = isLadder ? c.topRung : 100;
  const fillNode = el('span', { class: 'fill' });
  const start = (100 * m.from) / max;
  const end = (100 * m.to) / max;
  fillNode.style.width = `${animate ? start : end}%`;
  if (animate) requestAnimationFrame(() => requestAnimationFrame(() => (fillNode.style.width = `${end}%`)));
  const rungs = c.scenario.escalation.rungs;
  const text = isLadder ? `${rungs[m.from]?.name} → ${rungs[m.to]?.name}` : `${fmt().number(m.from)} → ${fmt().number(m.to)}`;
  const up = m.to > m.from;
  return el(
    'li',
    { class: `move ${up ? 'up' : 'down'}` },
    el('span', {}, el('strong', { text: name }), el('div', { class: 'small', text: `${up ? '▲' : '▼'} ${text}` })),
    el('span', { class: 'track', attrs: { 'aria-hidden': 'true' } }, fillNode),
    el('span', { class: 'why-text', text: gameWords().play.news.why(m.causes.map((x) => (isLadder ? x.text : `${x.text} (${signed(x.delta)})`))) }),
  );
}

export function newsView(c: CompiledScenario, state: MediatorState, animate: boolean): { cards: HTMLElement; moves: HTMLElement; summary: string } {
  const items = roundNewsCards(c, state);
  const moves = roundMoves(c, state);
  const w = gameWords().play.news;
  return {
    cards: items.length ? el('ul', { class: 'cards' }, ...items.map((n) => card(c, n))) : el('p', { class: 'muted', text: w.quiet }),
    moves: moves.length ? el('ul', { class: 'moves' }, ...moves.map((m) => moveRow(c, m, animate))) : el('p', { class: 'muted small', text: w.nothingMoved }),
    summary: w.summary(items.map((n) => n.headline)),
  };
}
