// Every meter change goes through setMeter: it clamps to the meter's range and writes a ledger
// entry with its cause, so "why did this move?" always has an answer.
import { sideDraft, type RuleContext } from './context.ts';
import type { GameState, MeterKey, SideIndex } from './types.ts';

export type GlobalMeter = 'scope' | 'pressure' | 'progress';
export type SideMeter = 'patience' | 'credibility' | 'closeness' | 'hurt' | 'wayOut' | 'hardliners' | 'reservation';

// A concession is measured in the side's own (hidden) values: the mediator sees positions, not utilities.
const HIDDEN: ReadonlySet<MeterKey> = new Set(['reservation', 'hardliners', 'hurt', 'wayOut', 'concession']);

/** Every meter runs from 0 to this. */
export function meterMax(key: MeterKey, topRung: number): number {
  return key === 'pressure' ? topRung : key === 'reservation' ? 0.95 : 100;
}

export function meterRange(key: MeterKey, topRung: number): [number, number] {
  return [0, meterMax(key, topRung)];
}

/** Round so the ledger and the hashes carry no float noise. */
function tidy(value: number, key: MeterKey): number {
  if (key === 'pressure') return Math.round(value);
  if (key === 'reservation') return Math.round(value * 10000) / 10000;
  return Math.round(value * 100) / 100;
}

function push(ctx: RuleContext, meter: MeterKey, side: SideIndex | null, from: number, to: number): void {
  if (!ctx.journal.recorded) return;
  ctx.journal.ledger.push({ step: ctx.cause.step, round: ctx.base.round, meter, side, from, to, cause: ctx.cause, hidden: HIDDEN.has(meter) });
}

/** Each meter's slot in the journal (a side's meters, one per side): numbers, not names, as this runs for every meter change. */
const GLOBAL_SLOT: Record<GlobalMeter, number> = { scope: 0, pressure: 1, progress: 2 };
const SIDE_METER: Record<SideMeter, number> = { patience: 0, credibility: 1, closeness: 2, hurt: 3, wayOut: 4, hardliners: 5, reservation: 6 };
/** Up to four delegations: a side meter's slot is after the global ones, four to a meter. */
const sideSlot = (key: SideMeter, side: SideIndex) => 3 + SIDE_METER[key] * 4 + side;

// Meter values are read from what this event already wrote with setGlobal or setSide, else from
// the state the event found.
export function globalValue(ctx: RuleContext, key: GlobalMeter): number {
  return ctx.journal.meters[GLOBAL_SLOT[key]] ?? ctx.base[key];
}

export function sideValue(ctx: RuleContext, key: SideMeter, side: SideIndex): number {
  return ctx.journal.meters[sideSlot(key, side)] ?? ctx.base.sides[side]![key];
}

function clamp(key: MeterKey, value: number, topRung: number): number {
  const hi = meterMax(key, topRung);
  return tidy(value < 0 ? 0 : value > hi ? hi : value, key);
}

export function setGlobal(state: GameState, ctx: RuleContext, key: GlobalMeter, value: number): number {
  const to = clamp(key, value, ctx.c.topRung);
  const from = globalValue(ctx, key);
  if (to !== from) {
    state[key] = to;
    ctx.journal.meters[GLOBAL_SLOT[key]] = to;
    push(ctx, key, null, from, to);
  }
  return to;
}

export function setSide(state: GameState, ctx: RuleContext, key: SideMeter, side: SideIndex, value: number): number {
  const to = clamp(key, value, ctx.c.topRung);
  const from = sideValue(ctx, key, side);
  if (to !== from) {
    sideDraft(state, ctx, side)[key] = to;
    ctx.journal.meters[sideSlot(key, side)] = to;
    push(ctx, key, side, from, to);
  }
  return to;
}

export function addSide(state: GameState, ctx: RuleContext, key: SideMeter, side: SideIndex, delta: number): number {
  const now = sideValue(ctx, key, side);
  return delta === 0 ? now : setSide(state, ctx, key, side, now + delta);
}

export function addGlobal(state: GameState, ctx: RuleContext, key: GlobalMeter, delta: number): number {
  const now = globalValue(ctx, key);
  return delta === 0 ? now : setGlobal(state, ctx, key, now + delta);
}

/** Concession (0-100) is derived from the position; each move is still recorded with its cause. */
export function recordConcession(ctx: RuleContext, side: SideIndex, from: number, to: number): void {
  push(ctx, 'concession', side, Math.round(from * 10000) / 100, Math.round(to * 10000) / 100);
}
