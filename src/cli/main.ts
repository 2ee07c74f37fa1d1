// `shuttle`: play headless games, run batches, replay and validate saves and scenarios.
// Every failure is one clear line (or one line per problem) and a non-zero exit, never a stack trace.
import { writeFileSync } from 'node:fs';
import { OUTCOME_IDS, RULES_VERSION } from '../model/index.ts';
import { compiledFor, settingsFor, type GameEvent } from '../machine/index.ts';
import { createSave, openSave, replay, settingsOf, stateHash, type SaveRefusal, type SaveVerdict } from '../replay/index.ts';
import { cliWords, moveImperative, policyDescription, reasonText, saveRefusalLines, sceneOf } from '../present/index.ts';
import { decodeFile, formatProblem, loadScenarioText, type LoadedScenario } from '../scenario/index.ts';
import { DEFAULT_HIDDEN, DEFAULT_POLICY, HIDDEN_VALUES, playGame, POLICIES, QUICK_POLICIES, policyByName, runPolicyBatch, whatIf, type HiddenValues, type PolicyBatch, type PolicyFactory } from '../sim/index.ts';
import { intOption, parse } from './args.ts';
import { progressBar } from './progress.ts';
import { printError, printJson, printLine } from './out.ts';
import { CliError, DEFAULT_SCENARIO, loadScenarioFile, readBytes, scenarioForSave } from './scenarios.ts';
import { tournament } from './tournament.ts';
import { formatTranscript } from './transcript.ts';
import { tune } from './tune.ts';

/** The commands and their options, with the policies to choose from (the words: cliWords().usage). */
const usage = () => cliWords().usage({ policies: POLICIES.map((p) => p.name), defaultPolicy: DEFAULT_POLICY });
const print = printLine;

function policyArg(name: string | undefined, allowAll: boolean, all: readonly PolicyFactory[] = POLICIES) {
  const chosen = name ?? DEFAULT_POLICY;
  if (allowAll && chosen === 'all') return [...all];
  const policy = policyByName(chosen);
  if (!policy) throw new CliError(`unknown policy "${chosen}" (choose ${POLICIES.map((p) => p.name).join(', ')}${allowAll ? ' or all' : ''})`);
  return [policy];
}

function sim(argv: string[]): number {
  const { values, positionals } = parse(argv, {
    scenario: { type: 'string' },
    seed: { type: 'string' },
    policy: { type: 'string' },
    json: { type: 'boolean' },
    save: { type: 'string' },
    batch: { type: 'string' },
  });
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"`);
  const loaded = loadScenarioFile(values.scenario ?? DEFAULT_SCENARIO);
  const seed = intOption(values.seed, 'seed', values.batch === undefined ? 42 : 1);
  if (values.batch !== undefined) {
    if (values.save) throw new CliError('--save is for a single game, not a batch');
    const games = intOption(values.batch, 'batch', 0, 1, 1_000_000);
    return batch(loaded.scenario, loaded.hash, games, seed, policyArg(values.policy, true), values.json === true);
  }
  const [policy] = policyArg(values.policy, false);
  const game = playGame(loaded.scenario, policy!, seed, settingsFor(seed));
  const state = game.snapshot.context;
  const c = compiledFor(loaded.scenario, state.settings);
  const finalStateHash = stateHash(state);
  if (values.save) {
    const save = createSave(loaded.scenario, loaded.hash, settingsFor(seed), game.events);
    try {
      writeFileSync(values.save, `${JSON.stringify(save, null, 1)}\n`);
    } catch (err) {
      throw new CliError(`${values.save}: cannot write the save (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  if (values.json) {
    printJson({
      outcome: game.outcome,
      reason: state.outcome ? reasonText(c, state.outcome.reason) : '',
      rounds: game.rounds,
      seed,
      policy: policy!.name,
      scenario: { id: loaded.scenario.id, hash: loaded.hash },
      rules: RULES_VERSION,
      events: game.events.length,
      finalStateHash,
    });
  } else {
    const w = cliWords();
    const header = w.transcript.header({ title: loaded.scenario.title, policy: policy!.name, description: policyDescription(policy!.name), seed });
    print(formatTranscript(c, state, header));
    print(w.finalHash({ hash: finalStateHash, savedTo: values.save ?? null }));
  }
  return 0;
}

function batch(scenario: Parameters<typeof runPolicyBatch>[0], hash: string, games: number, seed: number, policies: ReturnType<typeof policyArg>, json: boolean): number {
  const results: PolicyBatch[] = [];
  const clock = () => performance.now();
  for (const policy of policies) {
    const bar = progressBar(policy.name.padEnd(12), games);
    results.push(runPolicyBatch(scenario, policy, games, seed, clock, (done) => bar.tick(done)));
    bar.done();
  }
  const seconds = results.reduce((s, r) => s + r.seconds, 0);
  const total = results.reduce((s, r) => s + r.games, 0);
  if (json) {
    printJson({
      scenario: { id: scenario.id, hash },
      seed,
      games,
      gamesPerSecond: Math.round(total / seconds),
      policies: results.map((r) => ({
        policy: r.policy,
        games: r.games,
        outcomes: r.outcomes,
        gamesPerSecond: Math.round(r.gamesPerSecond),
        eventsPerGame: Math.round(r.eventsPerGame * 10) / 10,
      })),
    });
    return 0;
  }
  const w = cliWords().batch;
  print(w.title({ games, scenario: scenario.id, first: seed, last: seed + games - 1 }));
  print(`${w.policy.padEnd(12)}${OUTCOME_IDS.map((id) => id.padStart(10)).join('')}${w.perSecond.padStart(10)}`);
  for (const r of results) {
    print(`${r.policy.padEnd(12)}${OUTCOME_IDS.map((id) => w.share(r.outcomes[id], r.games).padStart(10)).join('')}${String(Math.round(r.gamesPerSecond)).padStart(10)}`);
  }
  print(w.total({ games: total, seconds, perSecond: Math.round(total / seconds) }));
  return 0;
}

/** Opens a save as every screen does; `--scenario` names the scenario file when it is not shipped. */
function openSaveFile(file: string, scenarioFile: string | undefined): SaveVerdict {
  const given: LoadedScenario | undefined = scenarioFile ? loadScenarioFile(scenarioFile) : undefined;
  return openSave(readBytes(file), (id, hash) => scenarioForSave(id, hash, given));
}

/** The details a tool reading `--json` may want besides the words. */
function refusalFields(refusal: SaveRefusal): Record<string, unknown> {
  if (refusal.kind === 'rules') return { rules: refusal.rules.made };
  if (refusal.kind !== 'check') return {};
  const p = refusal.problem;
  const field = formatProblem({ path: p.path, message: '' }).slice(0, -2);
  if (p.kind === 'differs') return { field, recorded: p.recorded, replayed: p.replayed };
  if (p.kind === 'diverged' || p.kind === 'refused') return { field, divergedAt: { event: p.event, round: p.round } };
  return { field };
}

function replayCommand(argv: string[]): number {
  const { values, positionals } = parse(argv, { json: { type: 'boolean' }, scenario: { type: 'string' } });
  if (positionals.length !== 1) throw new CliError('replay needs exactly one save file');
  const file = positionals[0]!;
  const verdict = openSaveFile(file, values.scenario);
  if (!verdict.ok) {
    const lines = saveRefusalLines(verdict.refusal);
    if (values.json) printJson({ ok: false, problem: lines.join('; '), ...refusalFields(verdict.refusal) });
    else printError(lines.map((line) => `${file}: ${line}`).join('\n'));
    return 1;
  }
  const { save, replayed } = verdict;
  if (values.json) {
    printJson({ ok: true, outcome: replayed.outcome, rounds: replayed.rounds, finalStateHash: replayed.finalStateHash, rules: save.rules, events: save.events.length, ...(save.player ? { player: save.player } : {}) });
  } else {
    print(cliWords().files.replayed({ file, events: save.events.length, outcome: replayed.outcome, rounds: replayed.rounds, player: save.player ?? null }));
    print(cliWords().finalHash({ hash: replayed.finalStateHash, savedTo: null }));  }
  return 0;
}

function validate(argv: string[]): number {
  const { values, positionals } = parse(argv, { scenario: { type: 'string' } });
  if (positionals.length !== 1) throw new CliError('validate needs exactly one file');
  const file = positionals[0]!;
  const decoded = decodeFile(readBytes(file));
  if (!decoded.ok) return problems([formatProblem(decoded.problem)]);
  const text = decoded.text;
  const looksLikeSave = /^\s*\{/.test(text) && text.includes('"shuttle-diplomacy-save"');
  if (looksLikeSave) {
    const verdict = openSaveFile(file, values.scenario);
    if (!verdict.ok) return problems(saveRefusalLines(verdict.refusal));
    const { save, replayed } = verdict;
    print(cliWords().files.validSave({ file, events: save.events.length, outcome: replayed.outcome, rounds: replayed.rounds, branches: save.branches.length, settings: JSON.stringify(settingsOf(save)) }));    return 0;
  }
  const result = loadScenarioText(text, file);
  if (!result.ok) return problems(result.errors);
  print(cliWords().files.validScenario({ file, title: result.scenario.title, hash: result.hash }));
  return 0;
}

function hiddenArg(value: string | undefined): HiddenValues {
  if (value === undefined) return DEFAULT_HIDDEN;
  const mode = HIDDEN_VALUES.find((m) => m === value);
  if (!mode) throw new CliError(`--hidden must be ${HIDDEN_VALUES.join(' or ')}, not "${value}"`);
  return mode;
}

function whatifCommand(argv: string[]): number {
  const { values, positionals } = parse(argv, {
    at: { type: 'string' },
    n: { type: 'string' },
    policy: { type: 'string' },
    decisions: { type: 'string' },
    hidden: { type: 'string' },
    scenario: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new CliError('whatif needs exactly one save file');
  const hidden = hiddenArg(values.hidden);
  const file = positionals[0]!;
  const verdict = openSaveFile(file, values.scenario);
  if (!verdict.ok) throw new CliError(`${file}: cannot be explored\n${saveRefusalLines(verdict.refusal).map((e) => `  ${e}`).join('\n')}`, 1);
  const { save, scenario } = verdict;
  if (values.at === undefined) throw new CliError(`--at is required: the number of events to keep (0 to ${save.events.length})`);
  const at = intOption(values.at, 'at', 0, 0, save.events.length);
  const runs = intOption(values.n, 'n', 1000, 1, 100_000);
  const perDecision = intOption(values.decisions, 'decisions', Math.max(10, Math.min(100, Math.floor(runs / 20))), 0, 10_000);
  // In the what-if explorer, `all` (the default) is the quick mediators: thousands of continuations each.
  const policies = policyArg(values.policy ?? 'all', true, QUICK_POLICIES);
  const bar = progressBar('what-if'.padEnd(12), runs);
  const started = performance.now();
  const result = whatIf({ scenario, settings: settingsOf(save), events: save.events, at, runs, policies, hidden, runsPerDecision: perDecision, onProgress: (done) => bar.tick(Math.min(done, runs)) });  bar.done();
  const seconds = (performance.now() - started) / 1000;
  const c = compiledFor(scenario, settingsOf(save));
  // The moves are named as they could be made where the game stood at that step.
  const scene = sceneOf(c, replay(scenario, settingsOf(save), save.events, { upTo: at, checkpoints: false }).snapshot.context);
  const moveWords = (event: GameEvent) => moveImperative(event, scene);
  if (values.json) {
    const decisions = result.decisions.slice(0, 10).map((d) => ({ ...d, words: moveWords(d.event) }));
    printJson({ at, runs, hidden: result.hidden, seconds: Math.round(seconds * 100) / 100, baseline: result.baseline, perPolicy: result.perPolicy, decisions });
    return 0;
  }
  const w = cliWords().whatif;
  const pct = (d: { runs: number; outcomes: Record<string, number> }, id: string) => w.share(d.outcomes[id] ?? 0, d.runs).padStart(10);
  print(w.title({ at, of: save.events.length, runs, policies: policies.map((p) => p.name), seconds }));
  print(w.hidden[result.hidden]);
  print(`${''.padEnd(14)}${OUTCOME_IDS.map((id) => id.padStart(10)).join('')}    ${w.score}`);
  print(`${w.all.padEnd(14)}${OUTCOME_IDS.map((id) => pct(result.baseline, id)).join('')}    ${w.figure(result.baseline.score)}`);
  for (const p of result.perPolicy) print(`${p.policy.padEnd(14)}${OUTCOME_IDS.map((id) => pct(p.distribution, id)).join('')}    ${w.figure(p.distribution.score)}`);
  if (result.decisions.length) {
    print('');
    print(w.moves);
    for (const d of result.decisions.slice(0, 8)) print(w.move({ shift: d.shift, words: moveWords(d.event) }));
  }
  return 0;
}

function problems(lines: string[]): number {
  for (const line of lines) print(line);
  return 1;
}

function failure(err: unknown): number {
  if (err instanceof CliError) {
    printError(`shuttle: ${err.message}`);
    return err.exitCode;
  }
  printError(`shuttle: internal error: ${err instanceof Error ? err.message : String(err)}`);
  return 3;
}

/** The exit code; a promise of it for the commands that wait (the tournament's workers). */
export function main(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'sim':
        return sim(rest);
      case 'replay':
        return replayCommand(rest);
      case 'validate':
        return validate(rest);
      case 'whatif':
        return whatifCommand(rest);
      case 'tournament':
        return tournament(rest).catch(failure);
      case 'tune':
        return tune(rest).catch(failure);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        print(usage());
        return command === undefined ? 1 : 0;
      default:
        throw new CliError(`unknown command "${command}"\n${usage()}`);
    }
  } catch (err) {
    return failure(err);
  }
}

