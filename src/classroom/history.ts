// The game set beside the history track: the game's days, its own incidents and its outcome,
// interleaved by date with the scenario's dated, sourced (and mostly reported) history.
import type { CompiledScenario, GameState } from '../model/index.ts';
import { rungName } from './causes.ts';
import { actorName, classroomWords, newsWords } from '../present/index.ts';
import type { MeterHistory } from '../replay/index.ts';
import { roundsPlayed } from './meter-chart.ts';
import type { HistoryEntryRecord, HistoryTrack, OutcomeSummary, SourceRef } from './types.ts';
import { realEnding, sourceUrl } from '../scenario/index.ts';

export function sourceRefs(c: CompiledScenario, ids: readonly string[]): SourceRef[] {
  const out: SourceRef[] = [];
  for (const id of ids) {
    const s = c.scenario.sources.find((x) => x.id === id);
    if (!s) continue;
    const url = s.url === undefined ? null : sourceUrl(s.url);
    out.push({ id: s.id, title: s.title, kind: s.kind, url, citation: s.citation ?? null, publisher: s.publisher ?? null, date: s.date ?? null, reported: s.reported });
  }
  return out;
}

const GAME_NEWS = new Set(['incident', 'discovery', 'deescalation']);

export function historyTrack(c: CompiledScenario, state: GameState, history: MeterHistory, outcome: OutcomeSummary): HistoryTrack {
  const s = c.scenario;
  const game: HistoryEntryRecord[] = [];
  const w = classroomWords().analysis.history;
  const played = roundsPlayed(c, state);
  for (let r = 0; r < played; r++) {
    const round = s.rounds[r]!;
    const p0 = r === 0 ? history.start('pressure', null) : history.endOfRound('pressure', null, r - 1);
    const p1 = history.endOfRound('pressure', null, r);
    const g0 = Math.round(r === 0 ? history.start('progress', null) : history.endOfRound('progress', null, r - 1));
    const g1 = Math.round(history.endOfRound('progress', null, r));
    game.push({
      date: round.date,
      track: 'game',
      headline: w.day({ label: round.label, venue: round.venue }),
      detail: w.dayDetail({ progress: [g0, g1], pressure: c.scenario.labels.pressure, from: rungName(c, p0), to: p1 !== p0 ? rungName(c, p1) : null }),
      reported: false,
      sources: [],
    });
    for (const n of state.news) {
      if (n.round !== r || !GAME_NEWS.has(n.kind)) continue;
      const words = newsWords(c, n);
      game.push({ date: n.date, track: 'game', headline: words.headline, detail: w.newsDetail({ body: words.body, cause: actorName(c, n.cause) }), reported: n.reported, sources: sourceRefs(c, n.sources) });
    }
  }
  game.push({ date: outcome.date, track: 'game', headline: w.outcome(outcome.label), detail: outcome.reason, reported: false, sources: [] });
  const real: HistoryEntryRecord[] = s.history.map((h) => ({
    date: h.date,
    track: 'history',
    headline: h.headline,
    detail: h.body,
    reported: h.reported,
    sources: sourceRefs(c, h.sources),
  }));
  // By date; on the same day the history first, then the game in its own order.
  const entries = [...real, ...game]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map((x) => x.e);
  const ending = realEnding(s);
  return {
    entries,
    game: w.game({ outcome: outcome.label, round: outcome.round, date: outcome.date, reason: outcome.reason }),
    history: ending ? w.line({ headline: ending.headline, date: ending.date, reported: ending.reported }) : w.none,
    ending: ending ? { date: ending.date, track: 'history', headline: ending.headline, detail: ending.body, reported: ending.reported, sources: sourceRefs(c, ending.sources) } : null,
  };
}
