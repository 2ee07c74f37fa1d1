// `npm run bench`: the measured figures of the project, printed as tables. Performance is
// measured here, never asserted in tests.
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SCENARIO, SCENARIO_DIR, loadScenarioFile } from '../src/cli/scenarios.ts';
import { join } from 'node:path';
import { FULL, QUICK, STANDARD, scenarioBalance } from './balance/report.ts';
import { benchPlannerSpeed } from './planner-speed.ts';
import { followAdvisor } from './advisor-follow.ts';
import { benchCore } from './core.ts';
import { benchClassComparison } from './class.ts';
import { benchClassServer, classServerLines } from './class-server.ts';
import { benchHostileFiles, hostileFileLines } from './hostile-files.ts';
import { benchReplays } from './replays.ts';
import { benchScrubBrowser, benchScrubState, scrubLine } from './scrub.ts';

const argv = process.argv.slice(2);
const args = new Set(argv);
const quick = args.has('--quick');
// `--balance-of <file>`: the balance of one scenario file only (a draft, say), printed and not
// written to docs/balance.md, with the other measurements skipped.
const balanceOf = argv.includes('--balance-of') ? argv[argv.indexOf('--balance-of') + 1] : undefined;
if (balanceOf !== undefined) {
  if (!balanceOf || balanceOf.startsWith('--') || !existsSync(balanceOf)) {
    process.stderr.write(`--balance-of needs a scenario file (got ${balanceOf ? `"${balanceOf}", which is not a file` : 'nothing'})\n`);
    process.exit(2);
  }
  const b = await scenarioBalance(balanceOf, quick ? QUICK : args.has('--standard') ? STANDARD : FULL);
  process.stdout.write(`${b.markdown}\n`);
  process.exit(0);
}
// `--advisor-of <file> [--games N]`: how the games of a player who does what the in-game advisor
// says end (seeds 1 to N, 40 by default), printed, with the other measurements skipped.
const advisorOf = argv.includes('--advisor-of') ? argv[argv.indexOf('--advisor-of') + 1] : undefined;
if (advisorOf !== undefined) {
  if (!advisorOf || advisorOf.startsWith('--') || !existsSync(advisorOf)) {
    process.stderr.write(`--advisor-of needs a scenario file (got ${advisorOf ? `"${advisorOf}", which is not a file` : 'nothing'})\n`);
    process.exit(2);
  }
  const games = argv.includes('--games') ? Number(argv[argv.indexOf('--games') + 1]) : 40;
  if (!Number.isInteger(games) || games < 1) {
    process.stderr.write('--games needs a whole number of games, 1 or more\n');
    process.exit(2);
  }
  const { scenario: followed } = loadScenarioFile(advisorOf);
  const bar = process.stderr.isTTY ? (done: number) => process.stderr.write(`\r${'█'.repeat(Math.round((done / games) * 30)).padEnd(30, '░')} ${done}/${games}`) : undefined;
  const r = followAdvisor(followed, Array.from({ length: games }, (_, i) => i + 1), bar);
  if (bar) process.stderr.write('\n');
  process.stdout.write(`Following the advisor on ${followed.id}, seeds 1-${games}: ${Object.entries(r.outcomes).filter(([, n]) => n > 0).map(([o, n]) => `${o} ${n}`).join(', ')}; ${r.editsPerDay.toFixed(2)} revisions a day, ${r.presentations.toFixed(1)} presentations a game\n`);
  process.exit(0);
}
const { scenario, hash } = loadScenarioFile(DEFAULT_SCENARIO);
const out = (s: string) => process.stdout.write(`${s}\n`);
/** The scenarios the game ships with: the balance is measured on each. */
const SHIPPED = [DEFAULT_SCENARIO, join(SCENARIO_DIR, 'camp-david-1978.yaml'), join(SCENARIO_DIR, 'dayton-1995.yaml')];

out(`Shuttle Diplomacy benchmarks (node ${process.version}, ${quick ? 'quick' : 'full'} run)`);
out('');
out('== Headless games, single-threaded ==');
const core = benchCore(scenario, quick ? 300 : 2000);
out(`${'policy'.padEnd(12)}${'games/s'.padStart(9)}${'events/game'.padStart(13)}`);
for (const p of core.policies) out(`${p.policy.padEnd(12)}${Math.round(p.gamesPerSecond).toString().padStart(9)}${p.eventsPerGame.toFixed(1).padStart(13)}`);
out(`cost per event: ${core.eventMicros.toFixed(2)} µs (shuttle machine, replaying logs) vs ${core.bareMicros.toFixed(2)} µs (bare XState machine, same events): ${core.ratio.toFixed(2)}x`);
out('');

out('== Replays, saves and the class ==');
const replays = benchReplays(scenario, hash, quick ? 60 : 300);
out(`replay of a whole game from its log: ${replays.replayMillis.toFixed(2)} ms (limit 5 ms)`);
out(`save file of a whole game, no branches: ${Math.round(replays.saveBytesMean)} bytes on average, ${replays.saveBytesMax} at most (limit 10 KB)`);
out(scrubLine('one scrub step of the replay viewer, the state from its checkpoints', benchScrubState(scenario, quick ? 500 : 2000)));
const klass = benchClassComparison();
out(`class comparison of ${klass.saves} saves (parse, check by replay, aggregate): ${Math.round(klass.millis)} ms (limit ${klass.budgetMillis} ms)`);
out('');

out('== The planner, per decision (one core) ==');
for (const file of SHIPPED) {
  const loaded = loadScenarioFile(file);
  const speed = benchPlannerSpeed(loaded.scenario, quick ? 3 : 20);
  out(`${loaded.scenario.id}: ${speed.decisions} decisions, mean ${speed.meanMillis.toFixed(1)} ms, p95 ${speed.p95Millis.toFixed(1)} ms (limit 50 ms), max ${speed.maxMillis.toFixed(1)} ms`);
}
out('');
// The hostile-file fuzz (issue 11): a new base seed each run, printed, so a failure can be made again.
if (!args.has('--no-fuzz')) {
  out('== Hostile files (the test suite\'s fuzz; --no-fuzz skips it) ==');
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Date.now() / 1000) % 1_000_000_000);
  for (const line of hostileFileLines(benchHostileFiles(seed, quick ? 1_000 : 5_000, quick ? 1_000 : 5_000))) out(line);
  out('');
}
if (!args.has('--no-server')) {
  out('== The class server ==');
  for (const line of classServerLines(await benchClassServer(10, quick ? 15 : 40))) out(line);
  out('');
}

if (!args.has('--no-balance')) {
  out('== Balance (every shipped scenario; child processes on every core) ==');
  const sections: string[] = [];
  for (const file of SHIPPED) {
    const b = await scenarioBalance(file, quick ? QUICK : args.has('--standard') ? STANDARD : FULL);
    sections.push(b.markdown);
    out(b.markdown);
  }
  if (!quick) {
    const doc = fileURLToPath(new URL('../docs/balance.md', import.meta.url));
    const how = args.has('--standard') ? 'npm run bench -- --standard' : 'npm run bench';
    writeFileSync(doc, `# Balance\n\nMade by \`${how}\` (bench/balance/) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand. Each game is a seed: the same seed draws the same hidden values and events for every policy.\n\n${sections.join('\n')}\n`);
    out('(written to docs/balance.md)');
  }
  out('');
}

const browser = fileURLToPath(new URL('./browser.ts', import.meta.url));
if (!args.has('--no-browser') && existsSync(browser)) {
  out('== Browser ==');
  const { runBrowserBench } = (await import('./browser.ts')) as { runBrowserBench: () => Promise<unknown> };
  await runBrowserBench();
  // The browser bench has just built the game: the viewer's scrub runs on the same build.
  out(scrubLine('one scrub step of the replay viewer in Chromium (state, page update and layout)', await benchScrubBrowser(scenario, hash, true, quick ? 100 : 300)));
  // The what-if explorer's workers, on the same build.
  const { runWhatIfBench } = await import('./whatif.ts');
  await runWhatIfBench({ build: false, samples: quick ? 1 : 3 });
}
