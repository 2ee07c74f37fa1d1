// The state at the start of a game: everything from the scenario and the settings.
import type { CompiledScenario } from './compile.ts';
import { scopeOf } from './progress.ts';
import { blank, UNKNOWN } from './package.ts';
import { seedState } from './random.ts';
import type { GameState, Settings, SideIndex, SideState } from './types.ts';

export const DEFAULT_SETTINGS: Omit<Settings, 'seed'> = { names: 'names', allowDistortion: true };

function side(c: CompiledScenario, s: SideIndex): SideState {
  const d = c.scenario.delegations[s]!;
  const n = c.issueIds.length;
  return {
    position: c.sides[s].opening,
    reservation: d.reservation.initial,
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
  };
}

export function initialState(c: CompiledScenario, settings: Settings): GameState {
  return {
    settings,
    rng: seedState(settings.seed),
    step: 0,
    round: 0,
    hoursLeft: c.scenario.rounds[0]!.hours,
    location: 'majlis',
    greeted: 0,
    scope: Math.round(scopeOf(c, c.initialDraft) * 100) / 100,
    pressure: c.scenario.escalation.start,
    progress: 0,
    sides: [side(c, 0), side(c, 1)],
    draft: c.initialDraft,
    draftVersion: 1,
    banked: null,
    guaranteesUsed: [],
    distortions: [],
    ledger: [],
    transcript: [],
    news: [],
    lineUse: {},
    outcome: null,
  };
}
