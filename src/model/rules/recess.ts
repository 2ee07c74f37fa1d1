// Between rounds: the scenario's dated events, incidents drawn from the seeded generator,
// the war's weight on both sides, reservation values drifting, patience returning, and
// distortions coming to light.
import type { RuleContext } from '../context.ts';
import { withRule } from '../context.ts';
import { say } from '../dialogue.ts';
import { addGlobal, addSide } from '../meters.ts';
import type { GameState, NewsItem } from '../types.ts';
import { applyEffects } from './effects.ts';

function news(state: GameState, ctx: RuleContext, item: Omit<NewsItem, 'round'>): void {
  ctx.journal.news.push({ round: state.round, ...item });
}

/** Incident odds rise with the rung and fall with visible progress. */
export function incidentOdds(state: GameState, ctx: RuleContext): number {
  const e = ctx.c.scenario.escalation;
  return (e.incidentOdds[state.pressure] ?? 0) * (1 - e.progressDamping * (state.progress / 100));
}

export function deescalationOdds(state: GameState, ctx: RuleContext): number {
  return ctx.c.scenario.escalation.deescalationOdds * (state.progress / 100);
}

export function recess(state: GameState, ctx: RuleContext): void {
  const s = ctx.c.scenario;
  const date = s.rounds[state.round]!.date;
  if (state.location !== 'majlis') say(state, ctx, state.location, 'recess');

  for (const ev of s.events) {
    if (ev.afterRound !== state.round + 1) continue;
    applyEffects(state, withRule(ctx, `event.${ev.id}`, ev.cause), ev.effects);
    news(state, ctx, { kind: 'scripted', headline: ev.headline, body: ev.body, date: ev.date, sources: ev.sources, reported: ev.reported, cause: ev.cause });
  }

  const rung = state.pressure;
  if (ctx.rng.chance(incidentOdds(state, ctx))) {
    const incident = ctx.rng.pickWeighted(
      s.randomEvents.filter((e) => e.kind === 'incident' && rung >= e.minRung && rung <= e.maxRung),
      (e) => e.weight,
    );
    const cause = incident?.cause ?? 'an incident at sea';
    const incidentCtx = withRule(ctx, `incident.${incident?.id ?? 'unnamed'}`, cause);
    addGlobal(state, incidentCtx, 'pressure', 1);
    if (incident) applyEffects(state, incidentCtx, incident.effects);
    news(state, ctx, {
      kind: 'incident',
      headline: incident?.headline ?? 'An incident raises tension',
      body: incident?.body ?? 'An incident at sea raises the pressure.',
      date,
      sources: [],
      reported: false,
      cause,
    });
  } else if (ctx.rng.chance(deescalationOdds(state, ctx))) {
    addGlobal(state, withRule(ctx, 'deescalation.progress', 'visible progress in the talks'), 'pressure', -1);
    news(state, ctx, {
      kind: 'deescalation',
      headline: 'Tension eases',
      body: 'With visible progress in Muscat, both militaries step back a little.',
      date,
      sources: [],
      reported: false,
      cause: 'visible progress in the talks',
    });
  }

  if (ctx.rng.chance(0.5)) {
    const background = ctx.rng.pickWeighted(
      s.randomEvents.filter((e) => e.kind === 'background' && state.pressure >= e.minRung && state.pressure <= e.maxRung),
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
    const p = state.pressure;
    const warCtx = withRule(ctx, 'recess.pressure', `military pressure at rung ${p}`);
    addSide(state, warCtx, 'hurt', side, d.ripeness.hurtPerRung * Math.max(0, p - d.ripeness.fromRung));
    addSide(state, warCtx, 'hardliners', side, d.hardliners.perRung * Math.max(0, p - d.hardliners.fromRung));
    const drift =
      d.reservation.drift.perRound +
      d.reservation.drift.perRung * Math.max(0, p - d.reservation.drift.fromRung) +
      d.reservation.drift.perHurt * (state.sides[side].hurt / 10);
    addSide(state, driftCtx, 'reservation', side, drift);
    addSide(state, withRule(ctx, 'recess.rest', 'a night\'s rest'), 'patience', side, d.patience.recoveryPerRound);
  }

  for (const distortion of state.distortions) {
    if (distortion.discovered) continue;
    if (!ctx.rng.chance(s.rules.discoveryPerRound * distortion.magnitude)) continue;
    distortion.discovered = true;
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
  }
}

/** Open the next day of talks. */
export function openRound(state: GameState, ctx: RuleContext): void {
  state.round += 1;
  const round = ctx.c.scenario.rounds[state.round];
  state.hoursLeft = round ? round.hours : 0;
  state.location = 'majlis';
  state.greeted = 0;
}
