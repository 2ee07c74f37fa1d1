// Between rounds: the scenario's dated events; each delegation's choice to coerce or not; incidents
// drawn from the seeded generator (rarer than choices, and never the last step to war); the
// war's weight on both sides; reservation values drifting; patience returning; frustration with
// the day's progress; and distortions coming to light.
import type { RuleContext } from '../context.ts';
import { withRule } from '../context.ts';
import { say } from '../dialogue.ts';
import { chooseCoercion } from '../escalation.ts';
import { addGlobal, addSide, globalValue, sideValue } from '../meters.ts';
import type { CompiledScenario } from '../compile.ts';
import type { Actor, GameState, NewsItem, SideIndex } from '../types.ts';
import { sideDraft } from '../context.ts';
import { applyEffects } from './effects.ts';
import type { Scenario } from '../../scenario/index.ts';
import { issueIndex, sideIndex } from '../compile.ts';
import { itemAt } from '../package.ts';

type ScriptedEvent = Scenario['events'][number];

function news(ctx: RuleContext, item: Omit<NewsItem, 'round'>): void {
  ctx.journal.news.push({ round: ctx.base.round, ...item });
}

/** Incident odds rise with the rung and fall with visible progress. */
export function incidentOdds(c: CompiledScenario, pressure: number, progress: number): number {
  const e = c.scenario.escalation;
  return (e.incidentOdds[pressure] ?? 0) * (1 - e.progressDamping * (progress / 100));
}

export function deescalationOdds(c: CompiledScenario, progress: number): number {
  return c.scenario.escalation.deescalationOdds * (progress / 100);
}

/** Visible progress made today. */
function progressToday(state: GameState): number {
  return state.progress - state.dawnProgress;
}

/** A side grows frustrated with a day that moved nothing, or when it gave more than it got. */
function updateFrustration(state: GameState, ctx: RuleContext, s: SideIndex): void {
  const was = ctx.base.sides[s];
  const today = progressToday(ctx.base);
  let f = was.frustration + (today < 3 ? 0.2 : today >= 8 ? -0.25 : 0);
  if (was.conceded - was.perceived > 0.03) f += 0.15;
  f = Math.round(Math.min(1, Math.max(0, f)) * 1000) / 1000;
  if (f !== was.frustration) sideDraft(state, ctx, s).frustration = f;
}

function coerce(state: GameState, ctx: RuleContext, s: SideIndex): void {
  const move = chooseCoercion(ctx.c, { ...ctx.base, sides: state.sides }, s, globalValue(ctx, 'pressure'));
  if (!move) return;
  const moveCtx = withRule(ctx, `coercion.${move.id}`, `side:${s}`);
  if (move.rungs > 0) addGlobal(state, moveCtx, 'pressure', move.rungs);
  applyEffects(state, moveCtx, move.effects);
  // A public commitment: backing down later would cost it at home (audience costs).
  if (move.audienceCost > 0) addSide(state, moveCtx, 'hardliners', s, move.audienceCost / 2);
  const side = sideDraft(state, ctx, s);
  side.coerced = [...side.coerced, move.id];
  say(state, ctx, s, 'coerce');
  news(ctx, { kind: 'coercion', by: s, headline: move.headline, body: move.body, date: ctx.c.scenario.rounds[ctx.base.round]!.date, sources: move.sources, reported: false, cause: `side:${s}` });
}

/**
 * The agenda at home (Putnam): a day that ends with the text's scope outside what a side's home
 * tolerates (the wider issues left out for one, brought in for the other) gives its hardliners
 * a day to attack it, and the deal it could sell shrinks. A parallel track can sit inside both.
 */
function agendaAtHome(state: GameState, ctx: RuleContext): void {
  const scope = globalValue(ctx, 'scope');
  for (const side of ctx.c.sideIndices) {
    const d = ctx.c.scenario.delegations[side]!;
    const { min, max } = d.patience.scopeTolerance;
    if (d.hardliners.perDayOutsideScope === 0 || (scope >= min && scope <= max)) continue;
    addSide(state, withRule(ctx, 'recess.agenda', 'hardliners'), 'hardliners', side, d.hardliners.perDayOutsideScope);
    news(ctx, { kind: 'drift', headline: '', body: '', notice: { type: 'agenda', side, wide: scope > max }, date: ctx.c.scenario.rounds[ctx.base.round]!.date, sources: [], reported: false, cause: 'hardliners' });
  }
}

/** A scripted event fires after its round; one with a condition, at the first day's end from then on when the condition holds, once. */
function eventDue(ctx: RuleContext, ev: ScriptedEvent): boolean {
  const base = ctx.base;
  if (base.injected?.includes(ev.id) || base.fired?.includes(ev.id)) return false;
  if (!ev.when) return ev.afterRound === base.round + 1;
  return base.round + 1 >= ev.afterRound && conditionHolds(ctx.c, base, ev.when);
}

function conditionHolds(c: CompiledScenario, state: GameState, when: NonNullable<ScriptedEvent['when']>): boolean {
  if (when.open && !when.open.every((id) => itemAt(state.draft, issueIndex(c, id)) === null)) return false;
  if (when.rung !== undefined && state.pressure < when.rung) return false;
  if (when.refused !== undefined && state.sides[sideIndex(c, when.refused) as SideIndex]!.criticisedVersion === null) return false;
  return true;
}

export function recess(state: GameState, ctx: RuleContext): void {
  const s = ctx.c.scenario;
  const date = s.rounds[ctx.base.round]!.date;
  if (ctx.base.location !== 'majlis') say(state, ctx, ctx.base.location, 'recess');

  for (const ev of s.events) {
    if (!eventDue(ctx, ev)) continue;
    applyEffects(state, withRule(ctx, `event.${ev.id}`, `scenario:${ev.cause}`), ev.effects);
    // A conditional event fires once, on the day its condition first holds: dated that day when later than its own date.
    const on = ev.when && date > ev.date ? date : ev.date;
    if (ev.when) state.fired = [...(ctx.base.fired ?? []), ev.id];
    news(ctx, { kind: 'scripted', headline: ev.headline, body: ev.body, date: on, sources: ev.sources, reported: ev.reported, cause: `scenario:${ev.cause}` });
  }

  for (const side of ctx.c.sideIndices) updateFrustration(state, ctx, side);
  for (const side of ctx.c.sideIndices) coerce(state, ctx, side);

  const rung = globalValue(ctx, 'pressure');
  const progress = globalValue(ctx, 'progress');
  // Chance adds an incident now and then, but never takes the last step to war.
  const odds = rung + 1 >= ctx.c.topRung ? 0 : incidentOdds(ctx.c, rung, progress);
  if (ctx.rng.chance(odds)) {
    const incident = ctx.rng.pickWeighted(
      s.randomEvents.filter((e) => e.kind === 'incident' && rung >= e.minRung && rung <= e.maxRung),
      (e) => e.weight,
    );
    const cause: Actor = incident ? `scenario:${incident.cause}` : 'chance';
    const incidentCtx = withRule(ctx, `incident.${incident?.id ?? 'unnamed'}`, cause);
    addGlobal(state, incidentCtx, 'pressure', 1);
    if (incident) applyEffects(state, incidentCtx, incident.effects);
    news(ctx, { kind: 'incident', headline: incident?.headline ?? '', body: incident?.body ?? '', ...(incident ? {} : { notice: { type: 'incident' as const } }), date, sources: [], reported: false, cause });
  } else if (ctx.rng.chance(deescalationOdds(ctx.c, progress))) {
    const calm = s.escalation.deescalation;
    addGlobal(state, withRule(ctx, 'deescalation.progress', `scenario:${calm.cause}`), 'pressure', -1);
    news(ctx, { kind: 'deescalation', headline: calm.headline, body: calm.body, date, sources: [], reported: false, cause: `scenario:${calm.cause}` });
  }

  if (ctx.rng.chance(0.5)) {
    const now = globalValue(ctx, 'pressure');
    const background = ctx.rng.pickWeighted(
      s.randomEvents.filter((e) => e.kind === 'background' && now >= e.minRung && now <= e.maxRung),
      (e) => e.weight,
    );
    if (background) {
      applyEffects(state, withRule(ctx, `event.${background.id}`, `scenario:${background.cause}`), background.effects);
      news(ctx, { kind: 'background', headline: background.headline, body: background.body, date, sources: [], reported: false, cause: `scenario:${background.cause}` });
    }
  }

  agendaAtHome(state, ctx);

  const driftCtx = withRule(ctx, 'recess.drift', 'time');
  for (const side of ctx.c.sideIndices) {
    const d = s.delegations[side]!;
    const p = globalValue(ctx, 'pressure');
    const warCtx = withRule(ctx, 'recess.pressure', `pressure:${p}`);
    addSide(state, warCtx, 'hurt', side, d.ripeness.hurtPerRung * Math.max(0, p - d.ripeness.fromRung));
    addSide(state, warCtx, 'hardliners', side, d.hardliners.perRung * Math.max(0, p - d.hardliners.fromRung));
    const drift =
      d.reservation.drift.perRound +
      d.reservation.drift.perRung * Math.max(0, p - d.reservation.drift.fromRung) +
      d.reservation.drift.perHurt * (sideValue(ctx, 'hurt', side) / 10);
    addSide(state, driftCtx, 'reservation', side, drift);
    addSide(state, withRule(ctx, 'recess.rest', 'rest'), 'patience', side, d.patience.recoveryPerRound);
  }

  const distortions = ctx.base.distortions.map((distortion) => {
    if (distortion.discovered || !ctx.rng.chance(s.rules.discoveryPerRound * distortion.magnitude)) return distortion;
    const who = distortion.deceived;
    const found = withRule(ctx, `discovery.${distortion.mode}`, 'discovery');
    addSide(state, found, 'credibility', who, -25);
    addSide(state, found, 'closeness', who, -10);
    say(state, ctx, who, 'deceived');
    news(ctx, { kind: 'discovery', headline: '', body: '', notice: { type: 'discovery', side: who, mode: distortion.mode, round: distortion.round }, date, sources: [], reported: false, cause: 'mediator' });
    return { ...distortion, discovered: true };
  });
  if (distortions.some((d, i) => d !== ctx.base.distortions[i])) state.distortions = distortions;
}

/** Open the next day of talks. */
export function openRound(state: GameState, ctx: RuleContext): void {
  state.round += 1;
  const round = ctx.c.scenario.rounds[state.round];
  state.hoursLeft = round ? round.hours : 0;
  state.location = 'majlis';
  state.greeted = 0;
  state.dawnProgress = state.progress;
}
