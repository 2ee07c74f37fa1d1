// Between rounds: the scenario's dated events, incidents drawn from the seeded generator,
// the war's weight on both sides, reservation values drifting, patience returning, and
// distortions coming to light.
import type { RuleContext } from '../context.ts';
import { withRule } from '../context.ts';
import { say } from '../dialogue.ts';
import { addGlobal, addSide, globalValue, sideValue } from '../meters.ts';
import type { CompiledScenario } from '../compile.ts';
import type { GameState, NewsItem } from '../types.ts';
import { applyEffects } from './effects.ts';

function news(_state: GameState, ctx: RuleContext, item: Omit<NewsItem, 'round'>): void {
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

export function recess(state: GameState, ctx: RuleContext): void {
  const s = ctx.c.scenario;
  const date = s.rounds[ctx.base.round]!.date;
  if (ctx.base.location !== 'majlis') say(state, ctx, ctx.base.location, 'recess');

  for (const ev of s.events) {
    if (ev.afterRound !== ctx.base.round + 1 || ctx.base.injected?.includes(ev.id)) continue;
    applyEffects(state, withRule(ctx, `event.${ev.id}`, ev.cause), ev.effects);
    news(state, ctx, { kind: 'scripted', headline: ev.headline, body: ev.body, date: ev.date, sources: ev.sources, reported: ev.reported, cause: ev.cause });
  }

  const rung = globalValue(ctx, 'pressure');
  const progress = globalValue(ctx, 'progress');
  if (ctx.rng.chance(incidentOdds(ctx.c, rung, progress))) {
    const incident = ctx.rng.pickWeighted(
      s.randomEvents.filter((e) => e.kind === 'incident' && rung >= e.minRung && rung <= e.maxRung),
      (e) => e.weight,
    );
    const cause = incident?.cause ?? 'an incident';
    const incidentCtx = withRule(ctx, `incident.${incident?.id ?? 'unnamed'}`, cause);
    addGlobal(state, incidentCtx, 'pressure', 1);
    if (incident) applyEffects(state, incidentCtx, incident.effects);
    news(state, ctx, {
      kind: 'incident',
      headline: incident?.headline ?? 'An incident raises tension',
      body: incident?.body ?? 'An incident raises the pressure.',
      date,
      sources: [],
      reported: false,
      cause,
    });
  } else if (ctx.rng.chance(deescalationOdds(ctx.c, progress))) {
    const calm = s.escalation.deescalation;
    addGlobal(state, withRule(ctx, 'deescalation.progress', calm.cause), 'pressure', -1);
    news(state, ctx, { kind: 'deescalation', headline: calm.headline, body: calm.body, date, sources: [], reported: false, cause: calm.cause });
  }

  if (ctx.rng.chance(0.5)) {
    const now = globalValue(ctx, 'pressure');
    const background = ctx.rng.pickWeighted(
      s.randomEvents.filter((e) => e.kind === 'background' && now >= e.minRung && now <= e.maxRung),
      (e) => e.weight,
    );
    if (background) {
      applyEffects(state, withRule(ctx, `event.${background.id}`, background.cause), background.effects);
      news(state, ctx, { kind: 'background', headline: background.headline, body: background.body, date, sources: [], reported: false, cause: background.cause });
    }
  }

  const driftCtx = withRule(ctx, 'recess.drift', 'the passage of time');
  for (const side of [0, 1] as const) {
    const d = s.delegations[side]!;
    const p = globalValue(ctx, 'pressure');
    const warCtx = withRule(ctx, 'recess.pressure', `${s.labels.pressure.toLowerCase()} at rung ${p} (${s.escalation.rungs[p]?.name ?? p})`);
    addSide(state, warCtx, 'hurt', side, d.ripeness.hurtPerRung * Math.max(0, p - d.ripeness.fromRung));
    addSide(state, warCtx, 'hardliners', side, d.hardliners.perRung * Math.max(0, p - d.hardliners.fromRung));
    const drift =
      d.reservation.drift.perRound +
      d.reservation.drift.perRung * Math.max(0, p - d.reservation.drift.fromRung) +
      d.reservation.drift.perHurt * (sideValue(ctx, 'hurt', side) / 10);
    addSide(state, driftCtx, 'reservation', side, drift);
    addSide(state, withRule(ctx, 'recess.rest', 'a night\'s rest'), 'patience', side, d.patience.recoveryPerRound);
  }

  const distortions = ctx.base.distortions.map((distortion) => {
    if (distortion.discovered || !ctx.rng.chance(s.rules.discoveryPerRound * distortion.magnitude)) return distortion;
    const who = distortion.deceived;
    const found = withRule(ctx, `discovery.${distortion.mode}`, 'the mediator (a distorted message came to light)');
    addSide(state, found, 'credibility', who, -25);
    addSide(state, found, 'closeness', who, -10);
    say(state, ctx, who, 'deceived');
    news(state, ctx, {
      kind: 'discovery',
      headline: `${s.delegations[who]!.shortName} learns a message was ${distortion.mode}`,
      body: `A message carried in round ${distortion.round + 1} was not what was said. Trust in the mediator falls.`,
      date,
      sources: [],
      reported: false,
      cause: 'the mediator',
    });
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
}
