// The built-in AI mediators. `broker` is the strongest and the default.
import { createEngine } from './engine.ts';
import { passive } from './passive.ts';
import type { PolicyFactory } from './policy.ts';
import { random } from './random.ts';

export const formulator: PolicyFactory = {
  name: 'formulator',
  description: 'writes a text between the positions it has heard, presents it, revises it from criticism; on the last day banks what both accept',
  create: (rng) =>
    createEngine({ relay: 'faithful', listens: 2, asks: 0, visitActions: 2, askOn: 'anyGap', paint: false, guarantees: false, agenda: 'none', logroll: false, reserveHours: 0.5, endgameRounds: 2, fallbackHours: 9 }, rng),
};

export const manipulator: PolicyFactory = {
  name: 'manipulator',
  description: 'paints the stalemate, spends guarantees, softens messages and presses for concessions',
  create: (rng) =>
    createEngine({ relay: 'softened', listens: 1, asks: 2, visitActions: 3, askOn: 'anyGap', paint: true, guarantees: true, agenda: 'widen', logroll: false, reserveHours: 0.5, endgameRounds: 2, fallbackHours: 0 }, rng),
};

export const broker: PolicyFactory = {
  name: 'broker',
  description: 'listens, trades concessions on what each side values least, parks the wider issues on a parallel track, drafts with logrolling',
  create: (rng) =>
    createEngine({ relay: 'faithful', listens: 1, asks: 2, visitActions: 3, askOn: 'leastImportant', paint: true, guarantees: true, agenda: 'parallel', logroll: true, reserveHours: 0.5, endgameRounds: 2, fallbackHours: 9 }, rng),
};

export const POLICIES: readonly PolicyFactory[] = [passive, random, formulator, manipulator, broker];
export const DEFAULT_POLICY = 'broker';

export function policyByName(name: string): PolicyFactory | undefined {
  return POLICIES.find((p) => p.name === name);
}
