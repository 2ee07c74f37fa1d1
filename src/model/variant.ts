// The scenario as a game's settings make it: fewer rounds for a short class, and a difficulty
// preset over the hidden values. The standard game is the scenario itself.
import type { Scenario } from '../scenario/index.ts';
import type { Difficulty, Settings } from './types.ts';

interface Preset {
  /** Added to each side's reservation value (a better fallback is harder to beat). */
  reservation: number;
  patience: number;
  incidentOdds: number;
}

export const PRESETS: Record<Difficulty, Preset> = {
  gentle: { reservation: -0.04, patience: 10, incidentOdds: 0.75 },
  standard: { reservation: 0, patience: 0, incidentOdds: 1 },
  hard: { reservation: 0.04, patience: -10, incidentOdds: 1.25 },
};

const variants = new WeakMap<Scenario, Map<string, Scenario>>();

export function roundsPlayed(scenario: Scenario, settings: Pick<Settings, 'rounds'>): number {
  const all = scenario.rounds.length;
  return settings.rounds > 0 ? Math.min(all, settings.rounds) : all;
}

export function scenarioFor(scenario: Scenario, settings: Pick<Settings, 'difficulty' | 'rounds'>): Scenario {
  const rounds = roundsPlayed(scenario, settings);
  if (settings.difficulty === 'standard' && rounds === scenario.rounds.length) return scenario;
  const key = `${settings.difficulty}:${rounds}`;
  let cache = variants.get(scenario);
  if (!cache) variants.set(scenario, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const p = PRESETS[settings.difficulty];
  const clamp = (x: number, hi: number) => Math.min(hi, Math.max(0, x));
  const variant: Scenario = {
    ...scenario,
    rounds: scenario.rounds.slice(0, rounds),
    events: scenario.events.filter((e) => e.afterRound <= rounds),
    escalation: { ...scenario.escalation, incidentOdds: scenario.escalation.incidentOdds.map((o) => clamp(o * p.incidentOdds, 1)) },
    delegations: scenario.delegations.map((d) => ({
      ...d,
      reservation: { ...d.reservation, initial: clamp(Math.round((d.reservation.initial + p.reservation) * 1000) / 1000, 0.95) },
      patience: { ...d.patience, initial: clamp(d.patience.initial + p.patience, 100) },
    })),
  };
  cache.set(key, variant);
  return variant;
}
