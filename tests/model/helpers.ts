// Running one model rule in isolation, the way src/machine/machine.ts applies it (runRule: a
// copy of the state the rule writes to, then the event's journal appended).
import type { Scenario, ScenarioInput } from '../../src/scenario/schema.ts';
import { compile, type CompiledScenario } from '../../src/model/compile.ts';
import { runRule, type Applied, type Rule } from '../../src/model/apply.ts';
import { emptyJournal, type Journal, type RuleContext } from '../../src/model/context.ts';
import { initialState } from '../../src/model/init.ts';
import { rngFrom } from '../../src/model/random.ts';
import type { Cause, GameState, LedgerEntry, MediatorAct, MeterKey, Reply, Settings, SideIndex } from '../../src/model/types.ts';
import type { Situation } from '../../src/scenario/schema.ts';
import { loadMini } from '../fixtures/mini.ts';

export const TEST_CAUSE: Cause = { step: 1, source: 'TEST', rule: 'test', actor: 'scenario:test' };

export type { Applied, Rule };

export interface World {
  scenario: Scenario;
  c: CompiledScenario;
  state: GameState;
}

export const MINI_SETTINGS: Settings = { seed: 1, names: 'names', allowDistortion: true, difficulty: 'standard', rounds: 0, people: [false, false] };

export type Negotiation = NonNullable<ScenarioInput['rules']['negotiation']>;

/**
 * The negotiation constants the model's tests run with, written out here: the scenarios' and the
 * schema's defaults are re-tuned from time to time, and no test should move when they are.
 * At the mini's start (credibility 60, ripeness .09 below the threshold, day one of three) a
 * side will give .04 + .05 * .6 + .03 * (1/3) = .08 unasked.
 */
export const NEGOTIATION: Required<Negotiation> = {
  timeSlack: 0.6,
  engagement: 0.1,
  allowance: 0.04,
  trustAllowance: 0.05,
  ripeAllowance: 0.1,
  timeAllowance: 0.03,
  reciprocity: 1,
  ripenessThreshold: 0.12,
  ratificationNoise: 0.03,
};

/** The mini scenario with the test constants (and a mediator with a middling stake in any deal). */
export function miniWith(mutate?: (input: ScenarioInput) => void): Scenario {
  return loadMini((input) => {
    input.rules.negotiation = { ...NEGOTIATION };
    input.mediator.interests = { stake: 0.5, leaning: {}, text: [], sources: [] };
    mutate?.(input);
  });
}

/** The mini scenario (optionally changed), compiled, and its initial state. */
export function world(mutate?: (input: ScenarioInput) => void, settings: Partial<Settings> = {}): World {
  const scenario = miniWith(mutate);
  const c = compile(scenario);
  const state = initialState(c, { ...MINI_SETTINGS, ...settings });
  return { scenario, c, state };
}

/** A context for reading functions (judgements, odds) that take one but write nothing. */
export function ctxOf(c: CompiledScenario, state: GameState, journal: Journal = emptyJournal(), cause: Cause = { ...TEST_CAUSE, step: state.step + 1 }): RuleContext {
  return { c, base: state, rng: rngFrom(state.rng), settings: state.settings, cause, journal };
}

/**
 * One event: the rule decides from `state` (the base) and writes to a draft of it. The cause's
 * step is the event's number, as in the machine (one more than the state's step) unless given.
 */
export function apply(c: CompiledScenario, state: GameState, rule: Rule, cause: Cause = { ...TEST_CAUSE, step: state.step + 1 }): Applied {
  return runRule(c, state, cause, rule);
}

/** Several events in a row (each with its own journal). */
export function applyAll(c: CompiledScenario, state: GameState, rules: Rule[]): GameState {
  return rules.reduce((s, rule) => apply(c, s, rule).next, state);
}

/** A copy of the state changed by hand (test set-up, not a rule: nothing is recorded). */
export function edit(state: GameState, change: (s: GameState) => void): GameState {
  const copy = structuredClone(state);
  change(copy);
  return copy;
}

/** Ledger entries for one meter (and side). */
export function entries(state: GameState, meter: MeterKey, side?: SideIndex | null): LedgerEntry[] {
  return state.ledger.filter((e) => e.meter === meter && (side === undefined || e.side === side));
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** Same as toBeCloseTo with a tolerance suited to values tidied to 2 or 4 decimals. */
export const EPS = 1e-9;

/** The scenario line situations a side spoke in (its words are the present layer's). */
export function situations(c: CompiledScenario, state: Pick<GameState, 'transcript'>, speaker: SideIndex): Situation[] {
  return state.transcript.flatMap((t) => (t.speaker === speaker && t.said.kind === 'line' ? [c.scenario.dialogue[t.said.ref.line]!.situation] : []));
}

/** A side's structured replies, in order. */
export function replies(state: Pick<GameState, 'transcript'>, speaker: SideIndex): Reply[] {
  return state.transcript.flatMap((t) => (t.speaker === speaker && t.said.kind === 'reply' ? [t.said.reply] : []));
}

/** The mediator's recorded acts, in order. */
export function acts(state: Pick<GameState, 'transcript'>): MediatorAct[] {
  return state.transcript.flatMap((t) => (t.said.kind === 'act' ? [t.said.act] : []));
}
