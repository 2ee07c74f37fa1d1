// `shuttle tune <scenario file>`: how a scenario plays before anyone teaches with it. Every
// built-in policy and fixed script on the same seeds, the fixed scripts that win, and the
// strongest quick policy's sensitivity to each number of the file (±10%), with the knife-edges.
// docs/scenarios.md ("Tuning") says how to read it.
import { intOption, parse } from './args.ts';
import { printJson, printLine } from './out.ts';
import { CliError, scenarioArg } from './scenarios.ts';
import { measureTuning, type TuneOptions } from './tune-run.ts';
import { tuneReport } from './tune-report.ts';
import { formatTuneTable } from './tune-table.ts';

/** Seeds per policy by default: about a minute on two cores for a shipped scenario. */
const GAMES = 200;
/** The planner and the sensitivity get this share of those seeds by default. */
const FEWER = 5;

interface Values {
  games?: string;
  seed?: string;
  'planner-games'?: string;
  'sensitivity-games'?: string;
  policy?: string;
  only?: string;
  workers?: string;
}

function options(values: Values): TuneOptions {
  const games = intOption(values.games, 'games', GAMES, 1, 100_000);
  const fewer = Math.max(1, Math.round(games / FEWER));
  const first = intOption(values.seed, 'seed', 1);
  const plannerGames = intOption(values['planner-games'], 'planner-games', fewer, 0, 100_000);
  const sensitivityGames = intOption(values['sensitivity-games'], 'sensitivity-games', fewer, 1, 100_000);
  if (first + Math.max(games, plannerGames, sensitivityGames) - 1 > 2 ** 31 - 1) throw new CliError(`--seed ${first} runs past the last seed (${2 ** 31 - 1})`);
  const { policy, only, workers } = values;
  return { first, games, plannerGames, sensitivityGames, ...(policy ? { policy } : {}), ...(only ? { only } : {}), ...(workers ? { workers } : {}) };
}

export async function tune(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    games: { type: 'string' },
    'planner-games': { type: 'string' },
    'sensitivity-games': { type: 'string' },
    seed: { type: 'string' },
    policy: { type: 'string' },
    only: { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new CliError('tune needs exactly one scenario file');
  const o = options(values);
  // The file first: a broken one stops here, its problems named by field, before any game.
  const loaded = scenarioArg(positionals[0]!);
  const started = performance.now();
  const measure = await measureTuning(loaded, o);
  const report = tuneReport(loaded, o, measure, (performance.now() - started) / 1000);
  if (values.json) printJson(report);
  else printLine(formatTuneTable(report, { plannerSecondsPerGame: measure.plannerSecondsPerGame, sensitivityRuns: 1 + measure.variants.flat().filter(Boolean).length }));
  return 0;
}
