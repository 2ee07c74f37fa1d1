// The what-if explorer: from any step of a game, many simulated continuations. By default each
// continuation samples the hidden values from the mediator's notebook at that step (what the
// player could believe); in the truth mode, a teaching mode the player chooses and the results
// name, the values drawn for this game stay as they are. What varies besides is chance (a new
// generator state for each continuation) and the mediator policy that plays on. It also tries
// each allowed next move and reports the ones that shift the outcome distribution most.
//
// The work is a numbered list of continuations: first the `runs` of the baseline, then
// `runsPerDecision` for each candidate move. Continuation k always draws from the same stream
// (a hash of the seed, the step and k), so any split of the list (one worker or eight) gives
// the same counts once merged.
import type { Scenario } from '../scenario/index.ts';
import { compiledFor, isFinal, legalList, machineView, mediatorView, mediatorViewAt, persist, simulatedView, persistedAt, phaseOfPlace, pointOf, resumeGame, sendEvent, transition, type GameEvent, type MediatorView, type PersistedGame, type Phase } from '../machine/index.ts';
import { hashString } from '../lib/index.ts';
import { rngFrom, seedState, type OutcomeId, type Settings } from '../model/index.ts';
import { replay } from '../replay/index.ts';
import { emptyCounts } from './batch.ts';
import { modelAnswer } from './person.ts';
import { readsNoRecord } from './policies/index.ts';
import type { PolicyFactory } from './policies/policy.ts';
import { DEFAULT_HIDDEN, sampledGame, type HiddenValues } from './whatif-start.ts';

/** How good an outcome is for the mediator, for ranking moves: agreements high, war lowest. */
export const OUTCOME_SCORE: Record<OutcomeId, number> = { framework: 1, interim: 0.7, continue: 0.45, suspended: 0.2, collapse: 0.1, strike: 0 };

/** The most continuations one request may ask for (the upper bound). */
export const MAX_RUNS = 100_000;

/** Why a number of continuations cannot be run (the page words it), or null when it can. */
export type RunsProblem = 'notWhole' | 'tooFew' | 'tooMany';

export function runsProblem(runs: number): RunsProblem | null {
  if (!Number.isFinite(runs) || !Number.isInteger(runs)) return 'notWhole';
  if (runs < 1) return 'tooFew';
  if (runs > MAX_RUNS) return 'tooMany';
  return null;
}

/**
 * Continuations per candidate move for a request of `runs`: about a tenth more in all, spread
 * over the moves, but at least 20 each (fewer would rank by noise) and at most 250.
 */
export function decisionBudget(runs: number, moves: number): number {
  return moves <= 0 ? 0 : Math.max(20, Math.min(250, Math.round(runs / 10 / moves)));
}

export interface Distribution {
  runs: number;
  outcomes: Record<OutcomeId, number>;
  /** Mean OUTCOME_SCORE: one number to compare continuations by. */
  score: number;
}

export interface Decision {
  event: GameEvent;
  distribution: Distribution;
  /** Score after this move minus the baseline score. */
  shift: number;
}

export interface WhatIf {
  at: number;
  /** Where the continuations' hidden values came from: the mediator's beliefs, or the truth. */
  hidden: HiddenValues;
  baseline: Distribution;
  perPolicy: { policy: string; distribution: Distribution }[];
  decisions: Decision[];
  cancelled: boolean;
}

export interface WhatIfOptions {
  scenario: Scenario;
  settings: Settings;
  events: readonly GameEvent[];
  /** Number of events of the log kept before branching. */
  at: number;
  runs: number;
  policies: readonly PolicyFactory[];
  /** Continuations per candidate move when ranking decisions (0: skip the ranking), or how many for a number of moves. */
  runsPerDecision?: number | ((moves: number) => number);
  maxDecisions?: number;
  /** Sample the hidden values from the mediator's beliefs at the step (the default), or keep the truth. */
  hidden?: HiddenValues;
  /** Called every few continuations; return true to stop early (a cancel button). */
  onProgress?: (done: number, total: number) => boolean | void;
}

/** A what-if from a game already at its step (a save replayed, or a game in memory). */
export type WhatIfFrom = Omit<WhatIfOptions, 'onProgress' | 'settings' | 'events' | 'at'> & { from: PersistedGame; at: number };

/** A candidate next move, and in the truth mode the game just after it (with beliefs, that depends on the sample). */
export interface Move {
  event: GameEvent;
  after: PersistedGame | null;
}

/** Everything a run needs, worked out once from the request (each worker makes its own). */
export interface WhatIfPlan {
  scenario: Scenario;
  seed: number;
  at: number;
  runs: number;
  runsPerDecision: number;
  policies: readonly PolicyFactory[];
  from: PersistedGame;
  hidden: HiddenValues;
  /** With beliefs: what the mediator saw at the step, its notebook included (null in the truth mode). */
  view: MediatorView | null;
  /** Where the game stands at the step. */
  phase: Phase;
  moves: Move[];
  /** Continuations in all: the baseline's and every move's. */
  total: number;
}

/** Counts so far: the baseline per policy, and per candidate move. Merged by adding. */
export interface WhatIfTally {
  done: number;
  perPolicy: Record<OutcomeId, number>[];
  moves: Record<OutcomeId, number>[];
}

/** Which continuations to play: numbers part, part + parts, part + 2·parts, … */
export interface Slice {
  part: number;
  parts: number;
}

export const WHOLE: Slice = { part: 0, parts: 1 };

function distribution(outcomes: Record<OutcomeId, number>): Distribution {
  const runs = Object.values(outcomes).reduce((a, b) => a + b, 0);
  const score = runs === 0 ? 0 : (Object.entries(outcomes) as [OutcomeId, number][]).reduce((s, [id, n]) => s + OUTCOME_SCORE[id] * n, 0) / runs;
  return { runs, outcomes, score: Math.round(score * 1000) / 1000 };
}

function streamSeed(stream: string): number {
  return Number.parseInt(hashString(stream).slice(0, 8), 16) | 0;
}

/**
 * Plays one continuation from a persisted snapshot with its own chance and policy generator;
 * `first` is the move tried, if any. It runs on the machine's pure transition, as a resumed
 * actor would (transition.ts): thousands of continuations cannot afford an actor each.
 */
function continueFrom(scenario: Scenario, from: PersistedGame, factory: PolicyFactory, seed: number, first?: GameEvent): OutcomeId {
  const c = compiledFor(scenario, from.context.settings);
  const start = pointOf({ ...from, context: { ...from.context, rng: seedState(seed) } });
  if (start === null) throw new Error('the game does not rest where it was saved');
  // A mediator that never reads the record plays on without one, on the faster view: the same game, sooner.
  const recordFree = readsNoRecord(factory);
  const recording = recordFree ? 'unrecorded' : 'full';
  const view = recordFree ? simulatedView : mediatorViewAt;
  let point = first ? (transition(c, start, first, recording) ?? start) : start;
  const policy = factory.create(rngFrom(seedState(seed ^ 0x5f3759df)));
  for (let guard = 0; !isFinal(point.place) && guard < 2000; guard++) {
    const phase = phaseOfPlace(point.place);
    const event = phase === 'answering' ? modelAnswer({ c, phase, state: point.state }) : policy.next(view(scenario, c, phase, point.state));
    point = transition(c, point, event, recording) ?? transition(c, point, phase === 'talks' ? RECESS : CONTINUE, recording) ?? point;
  }
  return point.state.outcome?.id ?? 'suspended';
}

const RECESS: GameEvent = { type: 'RECESS' };
const CONTINUE: GameEvent = { type: 'CONTINUE' };

/** Replays the log to the step and lists the allowed next moves. Throws when the log does not fit. */
export function planWhatIf(options: Omit<WhatIfOptions, 'onProgress'>): WhatIfPlan {
  checkRequest(options);
  const { scenario, settings } = options;
  const at = Math.max(0, Math.min(options.at, options.events.length));
  const start = replay(scenario, settings, options.events, { upTo: at, checkpoints: false });
  if (start.refusedAt !== null) throw new Error(`event ${start.refusedAt + 1} of the log is not allowed where the game stands`);
  const from = persistedAt(start.point);
  return planFrom({ ...options, from, at });
}

function checkRequest(options: Pick<WhatIfOptions, 'runs' | 'policies'>): void {
  // For the code that calls: the page checks the number first and words its own refusals.
  const problem = runsProblem(options.runs);
  if (problem) throw new RangeError(`runs: ${problem} (${options.runs}; 1 to ${MAX_RUNS})`);
  if (options.policies.length === 0) throw new RangeError('policies: none chosen');
}

/**
 * The plan from a game at its step. With beliefs, nothing in it reads the game's hidden values:
 * the candidate moves are the legal ones (the guards read only what the mediator knows), and each
 * continuation samples its own values from the notebook.
 */
export function planFrom(options: WhatIfFrom): WhatIfPlan {
  checkRequest(options);
  const { scenario, from } = options;
  const hidden = options.hidden ?? DEFAULT_HIDDEN;
  const resumed = resumeGame(scenario, from);
  const snapshot = resumed.getSnapshot();
  resumed.stop();
  const view = machineView(scenario, snapshot);
  const ask = options.runsPerDecision ?? 0;
  const candidates = view.phase === 'over' || ask === 0 ? [] : legalList(view).slice(0, options.maxDecisions ?? 40);
  const moves: Move[] = [];
  for (const event of candidates) {
    if (hidden === 'beliefs') {
      moves.push({ event, after: null });
      continue;
    }
    const branch = resumeGame(scenario, from);
    if (sendEvent(branch, event)) moves.push({ event, after: persist(branch) });
    branch.stop();
  }
  const runsPerDecision = moves.length === 0 ? 0 : Math.max(0, Math.floor(typeof ask === 'number' ? ask : ask(moves.length)));
  return {
    scenario,
    seed: from.context.settings.seed,
    at: options.at,
    runs: options.runs,
    runsPerDecision,
    policies: options.policies,
    from,
    hidden,
    view: hidden === 'beliefs' ? mediatorView(scenario, snapshot) : null,
    phase: view.phase,
    moves,
    total: options.runs + moves.length * runsPerDecision,
  };
}

export function emptyTally(plan: WhatIfPlan): WhatIfTally {
  return { done: 0, perPolicy: plan.policies.map(() => emptyCounts()), moves: plan.moves.map(() => emptyCounts()) };
}

/** The outcome of continuation k of the plan, and where it is counted. */
function playContinuation(plan: WhatIfPlan, k: number, tally: WhatIfTally): void {
  const { scenario, policies } = plan;
  // With beliefs, each continuation starts from its own sample of the hidden values.
  const start = (seed: number) => (plan.view ? sampledGame(plan.from, plan.view, seed) : plan.from);
  if (k < plan.runs) {
    const p = k % policies.length;
    const seed = streamSeed(`${plan.seed}:${plan.at}:${k}`);
    tally.perPolicy[p]![continueFrom(scenario, start(seed), policies[p]!, seed)]++;
    return;
  }
  const m = Math.floor((k - plan.runs) / plan.runsPerDecision);
  const i = (k - plan.runs) % plan.runsPerDecision;
  const move = plan.moves[m]!;
  const policy = policies[i % policies.length]!;
  const seed = streamSeed(`${plan.seed}:${plan.at}:${JSON.stringify(move.event)}:${i}`);
  if (move.after === null) {
    tally.moves[m]![continueFrom(scenario, start(seed), policy, seed, move.event)]++;
    return;
  }
  tally.moves[m]![move.after.context.outcome?.id ?? continueFrom(scenario, move.after, policy, seed)]++;
}

/**
 * Plays the slice's continuations into `tally`. `onProgress` is called every `every` of them
 * and at the end; returning true stops early. Returns true when stopped early.
 */
export function runSlice(plan: WhatIfPlan, tally: WhatIfTally, slice: Slice = WHOLE, onProgress?: (tally: WhatIfTally) => boolean | void, every = 25): boolean {
  if (!Number.isInteger(slice.parts) || slice.parts < 1 || !Number.isInteger(slice.part) || slice.part < 0 || slice.part >= slice.parts) {
    throw new RangeError(`no part ${slice.part} of ${slice.parts}`);
  }
  for (let k = slice.part; k < plan.total; k += slice.parts) {
    playContinuation(plan, k, tally);
    tally.done++;
    const last = k + slice.parts >= plan.total;
    if ((tally.done % every === 0 || last) && onProgress?.(tally) === true) return !last;
  }
  return false;
}

/** The sum of several slices' tallies. */
export function mergeTallies(plan: WhatIfPlan, tallies: readonly WhatIfTally[]): WhatIfTally {
  const sum = emptyTally(plan);
  const add = (into: Record<OutcomeId, number>[], from: readonly Record<OutcomeId, number>[]) =>
    into.forEach((counts, i) => {
      for (const id of Object.keys(counts) as OutcomeId[]) counts[id] += from[i]?.[id] ?? 0;
    });
  for (const t of tallies) {
    sum.done += t.done;
    add(sum.perPolicy, t.perPolicy);
    add(sum.moves, t.moves);
  }
  return sum;
}

/** The result from the counts: distributions, and the moves ranked by how far they shift it. */
export function summarise(plan: WhatIfPlan, tally: WhatIfTally, cancelled: boolean): WhatIf {
  const all = emptyCounts();
  for (const counts of tally.perPolicy) for (const id of Object.keys(all) as OutcomeId[]) all[id] += counts[id];
  const baseline = distribution(all);
  const decisions: Decision[] = [];
  plan.moves.forEach((move, m) => {
    const d = distribution({ ...tally.moves[m]! });
    if (d.runs > 0) decisions.push({ event: move.event, distribution: d, shift: Math.round((d.score - baseline.score) * 1000) / 1000 });
  });
  decisions.sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift));
  return {
    at: plan.at,
    hidden: plan.hidden,
    baseline,
    perPolicy: plan.policies.map((p, i) => ({ policy: p.name, distribution: distribution({ ...tally.perPolicy[i]! }) })),
    decisions,
    cancelled,
  };
}

export function whatIf(options: WhatIfOptions): WhatIf {
  const plan = planWhatIf(options);
  const tally = emptyTally(plan);
  const cancelled = runSlice(plan, tally, WHOLE, (t) => options.onProgress?.(t.done, plan.total));
  return summarise(plan, tally, cancelled);
}
