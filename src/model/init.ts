// The state at the start of a game: everything from the scenario and the settings, and each
// delegation's true values drawn for this game around the scenario's published priors.
import type { CompiledScenario } from './compile.ts';
import { drawSide } from './draw.ts';
import { scopeOf } from './progress.ts';
import { emptyLineUse } from './dialogue.ts';
import { blank, UNKNOWN } from './package.ts';
import { Rng, seedState } from './random.ts';
import type { GameState, Settings, SideIndex, SideState, SideTruth } from './types.ts';

export const DEFAULT_SETTINGS: Omit<Settings, 'seed'> = { names: 'names', allowDistortion: true, difficulty: 'standard', rounds: 0, people: [false, false] };

function side(c: CompiledScenario, s: SideIndex, reservation: number): SideState {
  const d = c.scenario.delegations[s]!;
  const n = c.issueIds.length;
  return {
    position: c.sides[s].opening,
    reservation,
    hardliners: d.hardliners.initial,
    patience: d.patience.initial,
    credibility: d.trust.credibility,
    closeness: d.trust.closeness,
    hurt: d.ripeness.hurt,
    wayOut: d.ripeness.wayOut,
    conceded: 0,
    perceived: 0,
    model: new Array<number>(n * (c.sides.length - 1)).fill(0),
    frustration: 0,
    coerced: [],
    accepted: null,
    pending: null,
    heard: blank(n, UNKNOWN),
    priorities: blank(n, UNKNOWN),
    redLinesHeard: [],
    criticised: [],
    criticisedVersion: null,
    ...(c.sides.length > 2 ? { outbox: c.sides.map(() => null) } : {}),
  };
}

export function initialState(c: CompiledScenario, settings: Settings): GameState {
  const rng = new Rng(seedState(settings.seed));
  // Drawn in the delegations' order: the same seed gives the same truths.
  const drawn = c.sideIndices.map((s) => drawSide(c, s, rng));
  const truth: SideTruth[] = drawn.map((d) => d.truth);
  const sides: SideState[] = c.sideIndices.map((s) => side(c, s, drawn[s]!.reservation));
  return {
    settings,
    rng: rng.state(),
    truth,
    step: 0,
    round: 0,
    hoursLeft: c.scenario.rounds[0]!.hours,
    location: 'majlis',
    greeted: 0,
    scope: Math.round(scopeOf(c, c.initialDraft) * 100) / 100,
    pressure: c.scenario.escalation.start,
    progress: 0,
    dawnProgress: 0,
    sides,
    draft: c.initialDraft,
    draftVersion: 1,
    banked: null,
    guaranteesUsed: [],
    distortions: [],
    offers: [],
    ledger: [],
    transcript: [],
    news: [],
    lineUse: emptyLineUse(c.sides.length),
    question: null,
    ratification: null,
    outcome: null,
  };
}
