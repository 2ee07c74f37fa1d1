// The mediators built on the engine's knobs (engine.ts): what differs between them is visible here.
import { createEngine, type Knobs } from './engine.ts';
import type { PolicyFactory } from './policy.ts';

export const formulator: PolicyFactory = {
  name: 'formulator',
  create: (rng) =>
    createEngine({ relay: 'faithful', listens: 1, asks: 0, visitActions: 3, askOn: 'anyGap', paint: false, guarantees: false, agenda: 'parallel', logroll: false, reserveHours: 0.5, endgameRounds: 2, fallbackHours: 9 }, rng),
};

export const manipulator: PolicyFactory = {
  name: 'manipulator',
  create: (rng) =>
    createEngine({ relay: 'softened', listens: 1, asks: 2, visitActions: 3, askOn: 'anyGap', paint: true, guarantees: true, agenda: 'widen', logroll: false, reserveHours: 0.5, endgameRounds: 2, fallbackHours: 0 }, rng),
};

/** The broker's knobs: the planner plays on its line. */
export const BROKER_KNOBS: Knobs = { relay: 'faithful', listens: 1, asks: 2, visitActions: 3, askOn: 'leastImportant', paint: true, guarantees: true, agenda: 'parallel', logroll: true, reserveHours: 0.5, endgameRounds: 2, fallbackHours: 9 };

export const broker: PolicyFactory = {
  name: 'broker',
  create: (rng) =>
    createEngine(BROKER_KNOBS, rng),
};
