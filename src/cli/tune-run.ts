// The games `shuttle tune` plays, in two batches on the tournament's pool: every built-in policy
// and fixed script on the same seeds (the planner on fewer: it plans every move by simulation),
// then the policy measured (the strongest quick one, unless named) on the scenario as it is and
// on each number's two variants, on the same seeds again.
import { tuningPlan, type LoadedScenario, type TuningPlan } from '../scenario/index.ts';
import { POLICIES, QUICK_POLICIES, SCRIPTS, type Entrant, type SeedRange, type TournamentTally } from '../sim/index.ts';
import { progressBar } from './progress.ts';
import { CliError } from './scenarios.ts';
import { threadCount } from './threads.ts';
import { loadEntrant, type EntrantSpec } from './tournament-entrants.ts';
import { playRuns, type Run } from './tournament-pool.ts';
import { spreadRow, strongestOf, type SpreadRow } from './tune-analysis.ts';

export interface TuneOptions {
  first: number;
  /** Seeds per quick policy and per fixed script. */
  games: number;
  /** Seeds for the planner (0: leave it out). */
  plannerGames: number;
  /** Seeds per variant in the sensitivity. */
  sensitivityGames: number;
  /** The policy whose sensitivity is measured; by default the strongest quick policy. */
  policy?: string;
  /** Measure only the numbers whose name starts with this (`delegations[1]`, `rules.negotiation`). */
  only?: string;
  /** --workers as given. */
  workers?: string;
}

export interface TuneMeasure {
  spread: SpreadRow[];
  /** The policy measured, and whether it was the strongest quick one or named with --policy. */
  measured: { policy: string; chosen: 'strongest' | 'given' };
  plan: TuningPlan;
  /** The measured policy on the sensitivity's seeds, and on each number's variants (null: not played). */
  base: TournamentTally;
  variants: [TournamentTally | null, TournamentTally | null][];
  games: number;
  threads: number;
  /** The planner's time per game in one thread (null: left out), to say how long measuring it would take. */
  plannerSecondsPerGame: number | null;
}

const PLANNER = 'planner';
const NAMES = [...POLICIES.map((p) => p.name), ...SCRIPTS.map((p) => p.name)];
const isScript = (name: string) => SCRIPTS.some((p) => p.name === name);

function narrowed(plan: TuningPlan, only: string | undefined): TuningPlan {
  if (only === undefined) return plan;
  const keep = (x: { name: string }) => x.name.startsWith(only);
  const out = { numbers: plan.numbers.filter(keep), skipped: plan.skipped.filter(keep) };
  if (!out.numbers.length) throw new CliError(`--only ${only}: no number to move has a name that starts so (names as the validator writes them: delegations[1].reservation.initial)`);
  return out;
}

async function play(label: string, loaded: LoadedScenario, specs: EntrantSpec[], entrants: Entrant[], runs: Run[], workers: string | undefined): Promise<{ tallies: TournamentTally[]; threads: number }> {
  const total = runs.reduce((n, r) => n + r.range.count, 0);
  const threads = await threadCount(workers, total);
  const bar = progressBar(label.padEnd(12), total);
  let done = 0;
  const tallies = await playRuns({ scenario: loaded.scenario, specs, entrants, runs, threads, onGames: (n) => bar.tick((done += n)) });
  bar.done();
  return { tallies, threads };
}

export async function measureTuning(loaded: LoadedScenario, o: TuneOptions): Promise<TuneMeasure> {
  if (o.policy !== undefined && !NAMES.includes(o.policy)) throw new CliError(`unknown policy "${o.policy}" (choose ${NAMES.join(', ')})`);
  const specs: EntrantSpec[] = NAMES.map((name) => ({ kind: 'builtin', name }));
  const entrants = await Promise.all(specs.map(loadEntrant));
  const range = (count: number): SeedRange => ({ first: o.first, count });
  // Planned before any game: an --only that matches nothing is told at once.
  const plan = narrowed(tuningPlan(loaded.scenario), o.only);

  const spreadRuns: Run[] = NAMES.flatMap((name, entrant) => {
    const count = name === PLANNER ? o.plannerGames : o.games;
    return count > 0 ? [{ entrant, range: range(count) }] : [];
  });
  const first = await play('outcomes', loaded, specs, entrants, spreadRuns, o.workers);
  const spread = spreadRuns.map((run, i) => spreadRow(NAMES[run.entrant]!, isScript(NAMES[run.entrant]!) ? 'script' : 'policy', first.tallies[i]!));

  const plannerRun = spreadRuns.findIndex((r) => NAMES[r.entrant] === PLANNER);
  const plannerTally = plannerRun < 0 ? null : first.tallies[plannerRun]!;
  const quick = spread.filter((r) => QUICK_POLICIES.some((p) => p.name === r.policy));
  const policy = o.policy ?? strongestOf(quick)!.policy;
  const entrant = NAMES.indexOf(policy);
  const sensitivityRuns: Run[] = [{ entrant, range: range(o.sensitivityGames) }];
  for (const n of plan.numbers) for (const v of n.variants) if (v) sensitivityRuns.push({ entrant, range: range(o.sensitivityGames), changes: v.changes });
  const second = await play('sensitivity', loaded, specs, entrants, sensitivityRuns, o.workers);
  let next = 1;
  const variants = plan.numbers.map((n) => n.variants.map((v) => (v ? second.tallies[next++]! : null)) as [TournamentTally | null, TournamentTally | null]);
  return {
    spread,
    measured: { policy, chosen: o.policy === undefined ? 'strongest' : 'given' },
    plan,
    base: second.tallies[0]!,
    variants,
    games: [...spreadRuns, ...sensitivityRuns].reduce((n, r) => n + r.range.count, 0),
    threads: Math.max(first.threads, second.threads),
    plannerSecondsPerGame: plannerTally ? plannerTally.seconds / Math.max(1, plannerTally.games) : null,
  };
}
