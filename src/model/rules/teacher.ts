// The teacher's hand on the session: pause and resume, bring a scenario event forward, give the
// day more hours. Each is written to the ledger and the news under the teacher, so a debrief or
// a replay never mistakes it for the mediator's doing or for chance.
import type { RuleContext } from '../context.ts';
import { withRule } from '../context.ts';
import type { CompiledScenario } from '../compile.ts';
import { addGlobal } from '../meters.ts';
import type { Actor, AiSeat, GameState, NewsItem, Notice, SideIndex } from '../types.ts';
import { applyEffects } from './effects.ts';

export const TEACHER: Actor = 'teacher';

/** The most hours one extension may add (a day is rarely longer than this). */
export const MAX_EXTENSION_HOURS = 24;

function entry(ctx: RuleContext, meter: 'paused' | 'hours' | 'ai', from: number, to: number, side: SideIndex | null = null): void {
  ctx.journal.ledger.push({ step: ctx.cause.step, round: ctx.base.round, meter, side, from, to, cause: ctx.cause, hidden: false });
}

/** Said in the transcript by the narrator (not the mediator: the teacher is outside the story). */
function notice(ctx: RuleContext, n: Notice): void {
  ctx.journal.transcript.push({ step: ctx.cause.step, round: ctx.base.round, where: ctx.base.location, speaker: 'news', said: { kind: 'notice', notice: n }, simulated: false });
}

function news(ctx: RuleContext, item: Omit<NewsItem, 'round' | 'date' | 'cause'>): void {
  const date = ctx.c.scenario.rounds[ctx.base.round]?.date ?? '';
  ctx.journal.news.push({ round: ctx.base.round, date, cause: TEACHER, ...item });
}

export function pause(state: GameState, ctx: RuleContext): void {
  state.paused = true;
  entry(ctx, 'paused', 0, 1);
  notice(ctx, { type: 'paused' });
}

export function resume(state: GameState, ctx: RuleContext): void {
  // Set to undefined, not deleted: the machine merges the new context over the old one. Hashes
  // and saves skip undefined fields, so a resumed game hashes like one never paused.
  state.paused = undefined;
  entry(ctx, 'paused', 1, 0);
  notice(ctx, { type: 'resumed' });
}

export function extendDeadline(state: GameState, ctx: RuleContext, hours: number): void {
  const from = ctx.base.hoursLeft;
  const to = Math.round((from + hours) * 100) / 100;
  state.hoursLeft = to;
  entry(ctx, 'hours', from, to);
  news(ctx, { kind: 'teacher', headline: '', body: '', notice: { type: 'extended', hours }, sources: [], reported: false });
}

/** A scenario event the teacher may bring forward now: a scripted or a random one, by id. */
export function injectableEvent(c: CompiledScenario, id: string) {
  return c.scenario.events.find((e) => e.id === id) ?? c.scenario.randomEvents.find((e) => e.id === id) ?? null;
}

/** A scripted event already past (or already brought forward) cannot be brought forward. */
export function canInject(c: CompiledScenario, state: { readonly round: number; readonly injected?: readonly string[]; readonly fired?: readonly string[] }, id: string): boolean {
  const scripted = c.scenario.events.find((e) => e.id === id);
  // A conditional event may still come on any later day, until it has fired.
  if (scripted) return (scripted.when ? !(state.fired ?? []).includes(id) : scripted.afterRound > state.round) && !(state.injected ?? []).includes(id);
  return c.scenario.randomEvents.some((e) => e.id === id);
}

export function injectEvent(state: GameState, ctx: RuleContext, id: string): void {
  const ev = injectableEvent(ctx.c, id)!;
  const scripted = 'afterRound' in ev;
  const evCtx = withRule(ctx, `teacher.${id}`);
  // An incident is an escalation: it climbs a rung, as when chance draws it between rounds.
  if (!scripted && ev.kind === 'incident') addGlobal(state, evCtx, 'pressure', 1);
  applyEffects(state, evCtx, ev.effects);
  if (scripted) state.injected = [...(ctx.base.injected ?? []), id];
  news(ctx, {
    kind: scripted ? 'scripted' : ev.kind,
    headline: ev.headline,
    body: ev.body,
    sources: scripted ? ev.sources : [],
    reported: scripted ? ev.reported : false,
  });
}

/** Whether the AI holds this seat for the people who play it. */
export function aiHolds(state: { readonly ai?: readonly AiSeat[] }, seat: AiSeat): boolean {
  return (state.ai ?? []).includes(seat);
}

/**
 * A seat people play handed to the AI (an absent team) or back: in the ledger and the
 * transcript, so the debrief says who played which part of the game.
 */
export function handOver(state: GameState, ctx: RuleContext, seat: AiSeat, to: 'ai' | 'people'): void {
  const rest = (ctx.base.ai ?? []).filter((s) => s !== seat);
  const next = to === 'ai' ? [...rest, seat] : rest;
  // Undefined when no seat is covered, so the game hashes as one never handed over.
  state.ai = next.length ? next : undefined;
  const side = seat === 'mediator' ? null : seat;
  entry(ctx, 'ai', to === 'ai' ? 0 : 1, to === 'ai' ? 1 : 0, side);
  notice(ctx, { type: 'seat', side, to });
}
