// Every meter change goes through setMeter: it clamps to the meter's range and writes a ledger
// entry with its cause, so "why did this move?" always has an answer.
import type { RuleContext } from './context.ts';
import type { GameState, MeterKey, SideIndex } from './types.ts';

export type GlobalMeter = 'scope' | 'pressure' | 'progress';
export type SideMeter = 'patience' | 'credibility' | 'closeness' | 'hurt' | 'wayOut' | 'hardliners' | 'reservation';

const HIDDEN: ReadonlySet<MeterKey> = new Set(['reservation', 'hardliners', 'hurt', 'wayOut']);

export function meterRange(key: MeterKey, topRung: number): [number, number] {
  if (key === 'pressure') return [0, topRung];
  if (key === 'reservation') return [0, 0.95];
  return [0, 100];
}

/** Round so the ledger and the hashes carry no float noise. */
function tidy(value: number, key: MeterKey): number {
  if (key === 'pressure') return Math.round(value);
  if (key === 'reservation') return Math.round(value * 10000) / 10000;
  return Math.round(value * 100) / 100;
}

function push(state: GameState, ctx: RuleContext, meter: MeterKey, side: SideIndex | null, from: number, to: number): void {
  ctx.journal.ledger.push({ step: state.step, round: state.round, meter, side, from, to, cause: ctx.cause, hidden: HIDDEN.has(meter) });
}

export function setGlobal(state: GameState, ctx: RuleContext, key: GlobalMeter, value: number): number {
  const [lo, hi] = meterRange(key, ctx.c.topRung);
  const to = tidy(Math.min(hi, Math.max(lo, value)), key);
  const from = state[key];
  if (to !== from) {
    state[key] = to;
    push(state, ctx, key, null, from, to);
  }
  return to;
}

export function setSide(state: GameState, ctx: RuleContext, key: SideMeter, side: SideIndex, value: number): number {
  const [lo, hi] = meterRange(key, ctx.c.topRung);
  const to = tidy(Math.min(hi, Math.max(lo, value)), key);
  const from = state.sides[side][key];
  if (to !== from) {
    state.sides[side][key] = to;
    push(state, ctx, key, side, from, to);
  }
  return to;
}

export function addSide(state: GameState, ctx: RuleContext, key: SideMeter, side: SideIndex, delta: number): number {
  return delta === 0 ? state.sides[side][key] : setSide(state, ctx, key, side, state.sides[side][key] + delta);
}

export function addGlobal(state: GameState, ctx: RuleContext, key: GlobalMeter, delta: number): number {
  return delta === 0 ? state[key] : setGlobal(state, ctx, key, state[key] + delta);
}

/** Concession (0-100) is derived from the position; each move is still recorded with its cause. */
export function recordConcession(state: GameState, ctx: RuleContext, side: SideIndex, from: number, to: number): void {
  push(state, ctx, 'concession', side, Math.round(from * 10000) / 100, Math.round(to * 10000) / 100);
}
