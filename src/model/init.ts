// The state at the start of a game: everything from the scenario and the settings.
import type { CompiledScenario } from './compile.ts';
import { scopeOf } from './progress.ts';
import { emptyLineUse } from './dialogue.ts';
import { blank, UNKNOWN } from './package.ts';
import { Rng, seedState } from './random.ts';
import type { GameState, Settings, SideIndex, SideState } from './types.ts';

export const DEFAULT_SETTINGS: Omit<Settings, 'seed'> = { names: 'names', allowDistortion: true, difficulty: 'standard', rounds: 0, people: [false, false] };

/** Each game draws the hidden values the mediator cannot know, around the scenario's figures. */
function side(c: CompiledScenario, s: SideIndex, rng: Rng): SideState {
  const d = c.scenario.delegations[s]!;
  const n = c.issueIds.length;
  const around = (value: number, spread: number) => value + spread * (2 * rng.float() - 1);
  return {
    position: c.sides[s].opening,
    reservation: Math.round(Math.min(0.95, Math.max(0, around(d.reservation.initial, d.uncertainty.reservation))) * 10000) / 10000,
    exponent: Math.round(around(d.concession.exponent, d.uncertainty.exponent * d.concession.exponent) * 1000) / 1000,
    hardliners: d.hardliners.initial,
    patience: d.patience.initial,
    credibility: d.trust.credibility,
    closeness: d.trust.closeness,
    hurt: d.ripeness.hurt,
    wayOut: d.ripeness.wayOut,
    perceivedOther: 0,
    accepted: null,
    pending: null,
    heard: blank(n, UNKNOWN),
    priorities: blank(n, UNKNOWN),
    redLinesHeard: [],
    criticised: [],
    criticisedVersion: null,
  };
}

export function initialState(c: CompiledScenario, settings: Settings): GameState {
  const rng = new Rng(seedState(settings.seed));
  const sides: [SideState, SideState] = [side(c, 0, rng), side(c, 1, rng)];
  return {
    settings,
    rng: rng.state(),
    step: 0,
    round: 0,
    hoursLeft: c.scenario.rounds[0]!.hours,
    location: 'majlis',
    greeted: 0,
    scope: Math.round(scopeOf(c, c.initialDraft) * 100) / 100,
    pressure: c.scenario.escalation.start,
    progress: 0,
    sides,
    draft: c.initialDraft,
    draftVersion: 1,
    banked: null,
    guaranteesUsed: [],
    distortions: [],
    ledger: [],
    transcript: [],
    news: [],
    lineUse: emptyLineUse(),
    question: null,
    outcome: null,
  };
}
