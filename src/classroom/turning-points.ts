// The turning points: the largest moves of the game, from the ledger. Changes are grouped by
// cause (one event step and one rule: a recess holds several causes), sized by how far each
// meter moved across its range (hidden meters count half), and the move that ended the game
// is always kept. A night's rest is routine and never a turning point.
import type { CompiledScenario, GameState, LedgerEntry } from '../model/index.ts';
import { causeRecord, mergeMoves } from './causes.ts';
import { classroomWords } from '../present/index.ts';
import type { MediatorRecord } from '../replay/index.ts';
import { meterSpan } from './meter-chart.ts';
import type { SeriesMeter, TurningPoint } from './types.ts';

export const MAX_TURNING_POINTS = 6;
export const MIN_SIZE = 0.05;
const ROUTINE = new Set(['recess.rest']);

interface Group {
  key: string;
  first: number;
  entries: LedgerEntry[];
}

export function groupByCause(state: GameState): Group[] {
  const groups = new Map<string, Group>();
  state.ledger.forEach((e, i) => {
    // A pause or more hours moves no meter that decides the talks.
    if (e.meter === 'paused' || e.meter === 'hours' || e.meter === 'ai') return;
    const key = `${e.step}|${e.cause.rule}|${e.cause.actor}`;
    const g = groups.get(key);
    if (g) g.entries.push(e);
    else groups.set(key, { key, first: i, entries: [e] });
  });
  return [...groups.values()];
}

/** The ledger entry that ended the game at once, if one did. */
export function decisiveEntry(c: CompiledScenario, state: GameState): LedgerEntry | null {
  const outcome = state.outcome;
  if (!outcome) return null;
  const last = (test: (e: LedgerEntry) => boolean) => {
    for (let i = state.ledger.length - 1; i >= 0; i--) if (test(state.ledger[i]!)) return state.ledger[i]!;
    return null;
  };
  const threshold = c.scenario.rules.collapseCredibility;
  switch (outcome.id) {
    case 'strike':
      return state.pressure >= c.topRung ? last((e) => e.meter === 'pressure' && e.to >= c.topRung && e.from < c.topRung) : null;
    case 'collapse':
      return last((e) => e.meter === 'credibility' && e.to < threshold && e.from >= threshold);
    case 'suspended':
      return state.sides.some((s) => s.patience <= 0) ? last((e) => e.meter === 'patience' && e.to <= 0) : null;
    case 'framework':
      return last((e) => e.cause.source === 'PRESENT_DRAFT' && e.to > e.from);
    default:
      return null;
  }
}

export function sizeOf(c: CompiledScenario, entries: readonly LedgerEntry[]): number {
  let size = 0;
  for (const e of entries) {
    const [lo, hi] = meterSpan(c, e.meter as SeriesMeter);
    size += (Math.abs(e.to - e.from) / Math.max(1e-9, hi - lo)) * (e.hidden ? 0.5 : 1);
  }
  return Math.round(size * 1000) / 1000;
}

export function turningPoints(c: CompiledScenario, state: GameState, record: MediatorRecord): TurningPoint[] {
  const decisive = decisiveEntry(c, state);
  const decisiveKey = decisive ? `${decisive.step}|${decisive.cause.rule}|${decisive.cause.actor}` : null;
  const candidates = groupByCause(state)
    .filter((g) => !ROUTINE.has(g.entries[0]!.cause.rule) || g.key === decisiveKey)
    .map((g) => ({ g, size: sizeOf(c, g.entries) }))
    .sort((a, b) => b.size - a.size || a.g.first - b.g.first);
  const chosen = candidates.filter((x, i) => i < MAX_TURNING_POINTS && x.size >= MIN_SIZE);
  const decisiveGroup = candidates.find((x) => x.g.key === decisiveKey);
  if (decisiveGroup && !chosen.includes(decisiveGroup)) chosen.push(decisiveGroup);
  const ranked = chosen.map((x, i) => ({ ...x, rank: i + 1 }));
  return ranked
    .sort((a, b) => a.g.first - b.g.first)
    .map(({ g, size, rank }) => {
      const e = g.entries[0]!;
      const cause = causeRecord(c, record, e.cause, e.round);
      const moves = mergeMoves(c, g.entries);
      return {
        rank,
        cause,
        date: c.scenario.rounds[e.round]?.date ?? '',
        size,
        decisive: g.key === decisiveKey,
        moves,
        summary: classroomWords().analysis.turningPoint({ round: e.round + 1, cause: cause.text, moves: moves.map((m) => m.text) }),
      };
    });
}
