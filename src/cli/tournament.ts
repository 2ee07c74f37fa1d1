// `shuttle tournament`: mediator policies (built-in ones, or modules people wrote) play the same
// seeds; a table or one JSON object says how each did. docs/policies.md describes a policy module.
import { playTournament, tournamentReport, type SeedRange, type TournamentTally } from '../sim/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import { intOption, parse } from './args.ts';
import { printJson, printLine } from './out.ts';
import { progressBar } from './progress.ts';
import { CliError, DEFAULT_SCENARIO, scenarioArg } from './scenarios.ts';
import { resolveEntrants, type ResolvedEntrants } from './tournament-entrants.ts';
import { playInThreads } from './tournament-pool.ts';
import { formatTable } from './tournament-table.ts';
import { threadCount } from './threads.ts';

function seedRange(values: { games?: string; seed?: string }): SeedRange {
  const count = intOption(values.games, 'games', 200, 1, 1_000_000);
  const first = intOption(values.seed, 'seed', 1);
  if (first + count - 1 > 2 ** 31 - 1) throw new CliError(`--seed ${first} with --games ${count} runs past the last seed (${2 ** 31 - 1})`);
  return { first, count };
}

async function play(loaded: LoadedScenario, resolved: ResolvedEntrants, range: SeedRange, threads: number): Promise<TournamentTally[]> {
  const bar = progressBar('tournament'.padEnd(12), range.count * resolved.specs.length);
  let done = 0;
  const tick = (games: number) => bar.tick((done += games));
  const tallies =
    threads === 1
      ? playTournament(loaded.scenario, resolved.entrants, range, () => performance.now(), () => tick(1))
      : await playInThreads({ scenario: loaded.scenario, specs: resolved.specs, entrants: resolved.entrants, range, threads, onGames: tick });
  bar.done();
  return tallies;
}

export async function tournament(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    policy: { type: 'string', multiple: true },
    scenario: { type: 'string' },
    games: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"`);
  const range = seedRange(values);
  const resolved = await resolveEntrants(values.policy ?? []);
  const threads = await threadCount(values.workers, range.count * resolved.specs.length);
  const loaded = scenarioArg(values.scenario ?? DEFAULT_SCENARIO);
  const started = performance.now();
  const tallies = await play(loaded, resolved, range, threads);
  const seconds = (performance.now() - started) / 1000;
  const report = tournamentReport({ id: loaded.scenario.id, hash: loaded.hash }, range, resolved.specs.map((s) => s.name), tallies);
  if (values.json) {
    const total = range.count * tallies.length;
    printJson({ ...report, gamesPerSecond: Math.round(total / Math.max(1e-9, seconds)) });
  } else {
    printLine(formatTable(report, { sides: loaded.scenario.delegations.map((d) => d.shortName), seconds, threads }));
  }
  return 0;
}
