// One job of the balance bench: a policy plays a run of seeds on a scenario (perhaps with one
// number changed), and each game is summed up in a row. Jobs run in child processes
// (job-main.ts), so the bench uses every core; a job's rows depend only on its spec.
import { readFileSync } from 'node:fs';
import { loadScenarioText, scaledScenario, type Scenario } from '../../src/scenario/index.ts';
import { compiledFor, machineView, mediatorView, phaseOf, sendEvent, settingsFor, startGame, type GameEvent } from '../../src/machine/index.ts';
import { emptyNotebook, notebookOf, rngFrom, seedState, summarise, type GameState, type Notebook, type OutcomeId } from '../../src/model/index.ts';
import { agreementOf } from '../../src/sim/tournament/agreement.ts';
import { createPlanner } from '../../src/sim/policies/planner.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import type { MediatorPolicy } from '../../src/sim/policies/policy.ts';
import { modelAnswer } from '../../src/sim/person.ts';

export interface JobSpec {
  /** The scenario file. */
  file: string;
  /** One number of the scenario multiplied by `factor` (the sensitivity table), by its path. */
  patch?: { path: string; factor: number };
  /** A built-in policy or script by name; `planner` takes the options below. */
  policy: string;
  /** Acts the planner may not use (the ablation table), and whether it reads the truth instead of its notebook. */
  planner?: { without?: string[]; truth?: boolean };
  first: number;
  count: number;
}

export interface GameRow {
  seed: number;
  outcome: OutcomeId;
  /** Each side's utility of the agreed text (framework or interim), or null. */
  utilities: number[] | null;
  nashDistance: number | null;
  /** The top rung was reached with no coercive move by either side: weather, not choice. */
  weatherStrike: boolean;
  /** Strikes at the deadline (the first side better off without a deal) with no coercive move before. */
  deadlineStrike: boolean;
  /** How the messages were carried. */
  relays: Record<string, number>;
  /** Mean error of the notebook's expected weights against the truth: before anything was heard, and at the end. */
  beliefError: [number, number];
  /** The drawn fallbacks. */
  reservations: number[];
}

export function loadForJob(spec: Pick<JobSpec, 'file' | 'patch'>): Scenario {
  const r = loadScenarioText(readFileSync(spec.file, 'utf8'), spec.file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return spec.patch ? scaledScenario(r.scenario, spec.patch.path, spec.patch.factor) : r.scenario;
}

function weightError(c: ReturnType<typeof compiledFor>, notebook: Notebook, state: GameState): number {
  let total = 0;
  let n = 0;
  for (const s of c.sideIndices) {
    const believed = summarise(c, notebook, s).issues;
    state.truth[s]!.weights.forEach((w, i) => {
      total += Math.abs(believed[i]!.weight - w);
      n++;
    });
  }
  return total / n;
}

function policyFor(spec: JobSpec, seed: number, truth: () => GameState): MediatorPolicy {
  const rng = rngFrom(seedState(seed ^ 0x2545f491));
  if (spec.policy === 'planner' && spec.planner) {
    const { without, truth: peek } = spec.planner;
    return createPlanner(rng, {
      samples: 10,
      line: 'own',
      ...(without ? { without } : {}),
      // Measuring what information is worth: every sample is the game as it truly stands.
      ...(peek ? { sample: (_view, g) => ({ ...truth(), rng: seedState(g.int(1e9)), settings: { ...truth().settings, people: truth().settings.people.map(() => false) } }) } : {}),
    });
  }
  const factory = policyByName(spec.policy);
  if (!factory) throw new Error(`unknown policy ${spec.policy}`);
  return factory.create(rng);
}

export function playRow(scenario: Scenario, spec: JobSpec, seed: number): GameRow {
  const settings = settingsFor(seed);
  const actor = startGame(scenario, settings);
  const start = actor.getSnapshot().context;
  let now = start;
  const policy = policyFor(spec, seed, () => now);
  const relays: Record<string, number> = {};
  let snapshot = actor.getSnapshot();
  for (let moves = 0; snapshot.status !== 'done' && moves < 2000; moves++) {
    now = snapshot.context;
    let event: GameEvent = phaseOf(snapshot) === 'answering' ? modelAnswer(machineView(scenario, snapshot)) : policy.next(mediatorView(scenario, snapshot));
    if (!sendEvent(actor, event)) {
      event = phaseOf(snapshot) === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' };
      sendEvent(actor, event);
    }
    if (event.type === 'RELAY') relays[event.mode] = (relays[event.mode] ?? 0) + 1;
    snapshot = actor.getSnapshot();
  }
  actor.stop();
  const state = snapshot.context;
  const c = compiledFor(scenario, settings);
  const outcome = state.outcome?.id ?? 'continue';
  const coerced = state.ledger.some((e) => e.meter === 'pressure' && e.to > e.from && e.cause.rule.startsWith('coercion.'));
  const agreement = agreementOf(c, state);
  return {
    seed,
    outcome,
    utilities: agreement ? [...agreement.utilities] : null,
    nashDistance: agreement?.nashDistance ?? null,
    weatherStrike: outcome === 'strike' && state.outcome?.reason.type === 'topRung' && !coerced,
    deadlineStrike: outcome === 'strike' && state.outcome?.reason.type === 'betterWithout' && !coerced,
    relays,
    beliefError: [weightError(c, emptyNotebook(c, seed), state), weightError(c, notebookOf(c, seed, state.transcript), state)],
    reservations: start.sides.map((s) => s.reservation),
  };
}

export function runJob(spec: JobSpec): GameRow[] {
  const scenario = loadForJob(spec);
  const rows: GameRow[] = [];
  for (let seed = spec.first; seed < spec.first + spec.count; seed++) rows.push(playRow(scenario, spec, seed));
  return rows;
}
