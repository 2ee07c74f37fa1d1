// `shuttle`: play headless games, run batches, replay and validate saves and scenarios.
// Every failure is one clear line (or one line per problem) and a non-zero exit, never a stack trace.
import { writeFileSync } from 'node:fs';
import { OUTCOME_IDS, RULES_VERSION } from '../model/index.ts';
import { compiledFor, settingsFor, type GameEvent } from '../machine/index.ts';
import { createSave, parseSave, replay, settingsOf, stateHash, verifySave } from '../replay/index.ts';
import { cliWords, moveImperative, otherRulesText, policyDescription, reasonText, saveProblemText, saveProblems, sceneOf } from '../present/index.ts';
import { loadScenarioText } from '../scenario/index.ts';
import { DEFAULT_HIDDEN, DEFAULT_POLICY, HIDDEN_VALUES, playGame, POLICIES, QUICK_POLICIES, policyByName, runPolicyBatch, whatIf, type HiddenValues, type PolicyBatch, type PolicyFactory } from '../sim/index.ts';
import { intOption, parse } from './args.ts';
import { progressBar } from './progress.ts';
import { CliError, DEFAULT_SCENARIO, findScenarioById, loadScenarioFile, readText } from './scenarios.ts';
import { tournament } from './tournament.ts';
import { formatTranscript } from './transcript.ts';

/** The commands and their options, with the policies to choose from (the words: cliWords().usage). */
const usage = () => cliWords().usage({ policies: POLICIES.map((p) => p.name), defaultPolicy: DEFAULT_POLICY });

const print = (text: string) => process.stdout.write(`${text}\n`);

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
    print(
      JSON.stringify({
        outcome: game.outcome,
        reason: state.outcome ? reasonText(c, state.outcome.reason) : '',
        rounds: game.rounds,
        seed,
        policy: policy!.name,
        scenario: { id: loaded.scenario.id, hash: loaded.hash },
        rules: RULES_VERSION,
        events: game.events.length,
        finalStateHash,
      }),
    );
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
    print(
      JSON.stringify({
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
      }),
    );
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

function scenarioForSave(file: string | undefined, id: string) {
  if (file) return loadScenarioFile(file);
  const found = findScenarioById(id);
  if (!found) throw new CliError(`no scenario with id "${id}" in scenarios/ (pass --scenario <file>)`);
  return found;
}

function replayCommand(argv: string[]): number {
  const { values, positionals } = parse(argv, { json: { type: 'boolean' }, scenario: { type: 'string' } });
  if (positionals.length !== 1) throw new CliError('replay needs exactly one save file');
  const file = positionals[0]!;
  const parsed = parseSave(readText(file));
  if (!parsed.ok && parsed.kind === 'rules') {
    // Refused by name, never replayed: under these rules its events would make another game.
    const problem = otherRulesText(parsed.rules);
    if (values.json) print(JSON.stringify({ ok: false, rules: parsed.rules.made, problem }));
    else process.stderr.write(`${file}: ${problem}\n`);
    return 1;
  }
  if (!parsed.ok) throw new CliError(`${file}: not a valid save\n${parsed.errors.map((e) => `  ${e}`).join('\n')}`);
  const loaded = scenarioForSave(values.scenario, parsed.save.scenario.id);
  const result = verifySave(parsed.save, loaded.scenario, loaded.hash);
  if (values.json) {
    print(JSON.stringify({ ok: result.ok, outcome: result.outcome, finalStateHash: result.finalStateHash, rules: parsed.save.rules, events: parsed.save.events.length, ...(result.ok || !result.problem ? {} : { problem: saveProblemText(result.problem), divergedAt: result.divergedAt }) }));
  } else if (result.ok) {
    print(cliWords().files.replayed({ file, events: parsed.save.events.length, outcome: result.outcome }));
    print(cliWords().finalHash({ hash: result.finalStateHash, savedTo: null }));
  } else {
    process.stderr.write(`${file}: ${result.problem ? saveProblemText(result.problem) : ''}\n`);
  }
  return result.ok ? 0 : 1;
}

function validate(argv: string[]): number {
  const { positionals } = parse(argv, {});
  if (positionals.length !== 1) throw new CliError('validate needs exactly one file');
  const file = positionals[0]!;
  const text = readText(file);
  const looksLikeSave = /^\s*\{/.test(text) && text.includes('"shuttle-diplomacy-save"');
  if (looksLikeSave) {
    const parsed = parseSave(text);
    if (!parsed.ok) return problems(saveProblems(parsed));
    const loaded = findScenarioById(parsed.save.scenario.id);
    if (!loaded) return problems([`scenario.id: no scenario "${parsed.save.scenario.id}" in scenarios/`]);
    const result = verifySave(parsed.save, loaded.scenario, loaded.hash);
    if (!result.ok) return problems([`events: ${result.problem ? saveProblemText(result.problem) : ''}`]);
    print(cliWords().files.validSave({ file, events: parsed.save.events.length, outcome: result.outcome, settings: JSON.stringify(settingsOf(parsed.save)) }));
    return 0;
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
  const parsed = parseSave(readText(file));
  if (!parsed.ok) throw new CliError(`${file}: not a valid save\n${saveProblems(parsed).map((e) => `  ${e}`).join('\n')}`);
  const save = parsed.save;
  if (values.at === undefined) throw new CliError(`--at is required: the number of events to keep (0 to ${save.events.length})`);
  const at = intOption(values.at, 'at', 0, 0, save.events.length);
  const runs = intOption(values.n, 'n', 1000, 1, 100_000);
  const perDecision = intOption(values.decisions, 'decisions', Math.max(10, Math.min(100, Math.floor(runs / 20))), 0, 10_000);
  const loaded = scenarioForSave(values.scenario, save.scenario.id);
  const check = verifySave(save, loaded.scenario, loaded.hash);
  if (!check.ok) throw new CliError(`${file}: ${check.problem ? saveProblemText(check.problem) : ''}`);
  // In the what-if explorer, `all` (the default) is the quick mediators: thousands of continuations each.
  const policies = policyArg(values.policy ?? 'all', true, QUICK_POLICIES);
  const bar = progressBar('what-if'.padEnd(12), runs);
  const started = performance.now();
  const result = whatIf({ scenario: loaded.scenario, settings: settingsOf(save), events: save.events, at, runs, policies, hidden, runsPerDecision: perDecision, onProgress: (done) => bar.tick(Math.min(done, runs)) });
  bar.done();
  const seconds = (performance.now() - started) / 1000;
  const c = compiledFor(loaded.scenario, settingsOf(save));
  // The moves are named as they could be made where the game stood at that step.
  const scene = sceneOf(c, replay(loaded.scenario, settingsOf(save), save.events, { upTo: at, checkpoints: false }).snapshot.context);
  const moveWords = (event: GameEvent) => moveImperative(event, scene);
  if (values.json) {
    const decisions = result.decisions.slice(0, 10).map((d) => ({ ...d, words: moveWords(d.event) }));
    print(JSON.stringify({ at, runs, hidden: result.hidden, seconds: Math.round(seconds * 100) / 100, baseline: result.baseline, perPolicy: result.perPolicy, decisions }));
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
  for (const line of lines) process.stdout.write(`${line}\n`);
  return 1;
}

function failure(err: unknown): number {
  if (err instanceof CliError) {
    process.stderr.write(`shuttle: ${err.message}\n`);
    return err.exitCode;
  }
  process.stderr.write(`shuttle: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
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

