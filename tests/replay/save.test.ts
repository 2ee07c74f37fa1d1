// Save files: written from the event log, read back with nothing trusted, verified by replay.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { checkSave, createSave, parseSave, settingsOf, SAVE_VERSION, type SaveFile } from '../../src/replay/save.ts';
import { replay, stateHash } from '../../src/replay/replay.ts';
import { settingsFor } from '../../src/machine/game.ts';
import { playGame } from '../../src/sim/play.ts';
import { QUICK_POLICIES, policyByName } from '../../src/sim/policies/index.ts';
import { RULES_VERSION } from '../../src/model/version.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import { saveProblemLine, saveProblems } from '../../src/present/words/saves.ts';
import { miniInput } from '../fixtures/mini.ts';
import { shipped } from '../fixtures/shipped.ts';

const loaded = shipped('muscat-2026');
const { scenario, hash } = loaded;

function saveOf(seed: number, policy = 'broker'): SaveFile {
  const game = playGame(scenario, policyByName(policy)!, seed);
  return createSave(scenario, hash, settingsFor(seed), game.events);
}

describe('save files', () => {
  it('round-trip: write, read, replay to the same final state', () => {
    const save = saveOf(21);
    // The rules the game was played under are recorded at the top, beside the format's version.
    expect(JSON.parse(JSON.stringify(save))).toMatchObject({ version: SAVE_VERSION, rules: RULES_VERSION });
    const parsed = parseSave(JSON.stringify(save));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.save).toEqual(save);
    const v = checkSave(parsed.save, scenario, hash);
    expect(v).toMatchObject({ ok: true, replayed: { finalStateHash: save.finalStateHash, outcome: save.outcome, rounds: save.rounds } });
    expect(stateHash(replay(scenario, settingsOf(save), save.events).snapshot.context)).toBe(save.finalStateHash);
  });

  it('keeps one checkpoint per round and a digest per event', () => {
    const save = saveOf(3);
    expect(save.checkpoints.length).toBeGreaterThanOrEqual(1);
    expect(save.trail.length).toBe(save.events.length * 6);
    const rounds = save.checkpoints.map((c) => c.round);
    expect(rounds).toEqual([...rounds].sort((a, b) => a - b));
  });

  it('names the first event where a tampered log diverges', () => {
    const save = saveOf(8, 'manipulator');
    const i = save.events.findIndex((e, k) => k > 5 && e.type === 'LISTEN');
    const tampered = { ...save, events: save.events.map((e, k) => (k === i ? { type: 'PAINT_STALEMATE' as const } : e)) };
    const v = checkSave(tampered, scenario, hash);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problem).toMatchObject({ path: ['events', i], event: i + 1 });
    expect(saveProblemLine(v.problem)).toMatch(new RegExp(`^events\\[${i}\\]: .*event ${i + 1}\\b`));
  });

  it('notices an edited hash, a foreign scenario version, and an event that does not fit', () => {
    const save = saveOf(5);
    const line = (s: SaveFile, h = hash) => {
      const v = checkSave(s, scenario, h);
      return v.ok ? 'ok' : saveProblemLine(v.problem);
    };
    expect(line({ ...save, finalStateHash: '0000000000000000' })).toBe(`finalStateHash: the save records “0000000000000000”, but its replay gives “${save.finalStateHash}”`);
    expect(line(save, 'ffffffffffffffff')).toMatch(/^scenario\.hash: the save was made with another version of the scenario “muscat-2026”/);
    expect(line({ ...save, scenario: { ...save.scenario, id: 'camp-david-1978' } })).toBe('scenario.id: the save is for the scenario “camp-david-1978”, not “muscat-2026”');
    const impossible = { ...save, events: [{ type: 'CONTINUE' as const }, ...save.events] };
    expect(line(impossible)).toMatch(/^events\[0\]: /);
  });

  it('rejects bad, truncated and foreign files with a message, never an exception', () => {
    const text = JSON.stringify(saveOf(2));
    const cases: [string, RegExp][] = [
      [text.slice(0, text.length / 2), /not valid JSON/],
      ['[]', /^\(file\): is not a save file .* \(line 1, column 1\)$/],
      ['{"format":"something-else"}', /^format: is not a Shuttle Diplomacy save \(it must be "shuttle-diplomacy-save"\) \(line 1, column 2\)$/],
      [text.replace(`"version":${SAVE_VERSION}`, '"version":99'), /^version: was made by a newer version of the game/],
      [text.replace(`"version":${SAVE_VERSION}`, '"version":0'), /^version: must be 3 or 4 \(it is 0\) \(line 1, column \d+\)$/],
      [text.replace(/"seed":\d+/, '"seed":"x"'), /^seed: must be a number \(it is the text "x"\) \(line 1, column \d+\)$/],
      [text.replace('"type":"BEGIN"', '"type":"NUKE"'), /^events\[0\]/],
      [text.replace('"format"', '"__proto__":{"x":1},"format"'), /__proto__: this key is not allowed/],
    ];
    for (const [input, message] of cases) {
      const r = parseSave(input);
      expect(r.ok, input.slice(0, 60)).toBe(false);
      if (!r.ok) expect(saveProblems(r).join('\n')).toMatch(message);
    }
  });

  it('never throws on fuzzed input, and fuzzed saves never verify as something else', () => {
    const base = saveOf(12);
    const text = JSON.stringify(base);
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => parseSave(s)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }), (at, junk) => {
        const mutated = text.slice(0, at) + junk + text.slice(at + 1);
        const r = parseSave(mutated);
        if (!r.ok) return;
        const v = checkSave(r.save, scenario, hash);
        // Either it still verifies to the recorded line, or the replay says where it left it.
        if (v.ok) expect(v.replayed.finalStateHash).toBe(r.save.finalStateHash);
        else expect(v.problem.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  // The planner's games (over a second each) round-trip in save.slow.test.ts.
  it('save, load and replay give the same state for random games of every quick policy', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(...QUICK_POLICIES.map((p) => p.name)), (seed, policy) => {
        const game = playGame(scenario, policyByName(policy)!, seed);
        const save = createSave(scenario, hash, settingsFor(seed), game.events);
        const parsed = parseSave(JSON.stringify(save));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const again = replay(scenario, settingsOf(parsed.save), parsed.save.events);
        expect(stateHash(again.snapshot.context)).toBe(stateHash(game.snapshot.context));
      }),
      { numRuns: 40 },
    );
  });
});

describe('saves of other rules', () => {
  const mini = loadScenarioValue(miniInput());
  if (!mini.ok) throw new Error(mini.errors.join('\n'));
  const oldRules = () => readFileSync('tests/fixtures/saves/rules1-mini.json', 'utf8');
  const current = () => readFileSync(`tests/fixtures/saves/rules${RULES_VERSION}-mini.json`, 'utf8');

  it('replays a save made under these rules (kept as a fixture) to its recorded hashes', () => {
    const r = parseSave(current());
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    expect(r.save.rules).toBe(RULES_VERSION);
    // A failure here means the rules changed since the fixture was saved: if saves of these rules
    // were ever given out, bump RULES_VERSION (src/model/version.ts); then run
    // tests/fixtures/saves/write-fixture.ts. (Or the mini scenario changed: run it too.)
    expect(r.save.scenario.hash, 'the mini scenario changed since the fixture was saved').toBe(mini.hash);
    const v = checkSave(r.save, mini.scenario, mini.hash);
    expect(v.ok ? null : saveProblemLine(v.problem), 'the rules changed since the fixture was saved').toBeNull();
    expect(v).toMatchObject({ ok: true, replayed: { finalStateHash: r.save.finalStateHash, outcome: r.save.outcome } });
  });

  it('refuses a save of the old rules (kept as a fixture) by name, saying both versions', () => {
    const text = oldRules();
    expect(JSON.parse(text)).not.toHaveProperty('rules');
    const r = parseSave(text);
    expect(r).toEqual({ ok: false, kind: 'rules', rules: { made: 1, plays: RULES_VERSION } });
    if (r.ok) return;
    const [line, ...more] = saveProblems(r);
    expect(more).toEqual([]);
    expect(line).toMatch(new RegExp(`^rules: .*version 1\\b.*version ${RULES_VERSION}\\b`));
    // Format 2 named no rules either: also rules 1, whatever its settings.
    const v2 = { ...(JSON.parse(text) as Record<string, unknown>), version: 2, settings: { names: 'names', allowDistortion: true, difficulty: 'standard', rounds: 0, people: [false, false] } };
    expect(parseSave(JSON.stringify(v2))).toEqual({ ok: false, kind: 'rules', rules: { made: 1, plays: RULES_VERSION } });
  });

  it('refuses a tampered rules field: other rules by name, anything else as a bad field', () => {
    const text = JSON.stringify(saveOf(4));
    const field = `"rules":${RULES_VERSION}`;
    expect(text).toContain(field);
    const older = parseSave(text.replace(field, '"rules":1'));
    expect(older).toEqual({ ok: false, kind: 'rules', rules: { made: 1, plays: RULES_VERSION } });
    const newer = parseSave(text.replace(field, `"rules":${RULES_VERSION + 1}`));
    expect(newer).toEqual({ ok: false, kind: 'rules', rules: { made: RULES_VERSION + 1, plays: RULES_VERSION } });
    if (!newer.ok) expect(saveProblems(newer)[0]).toMatch(new RegExp(`version ${RULES_VERSION + 1}\\b.*newer.*version ${RULES_VERSION}\\b`));
    for (const bad of [`"rules":"${RULES_VERSION}"`, '"rules":2.5', '"rules":0', '"rules":null', '"rules":1e9']) {
      const r = parseSave(text.replace(field, bad));
      expect(r, bad).toMatchObject({ ok: false, kind: 'invalid' });
      if (!r.ok) expect(saveProblems(r).join('\n'), bad).toMatch(/^rules: /);
    }
    const missing = parseSave(text.replace(`${field},`, ''));
    expect(missing).toMatchObject({ ok: false, kind: 'invalid' });
    if (!missing.ok) expect(saveProblems(missing).join('\n')).toMatch(/^rules: /);
  });

  it('never replays an old-rules save relabelled as one of these rules', () => {
    const old = JSON.parse(oldRules()) as SaveFile;
    const relabelled = { ...old, version: 3, rules: RULES_VERSION, scenario: { id: 'mini', hash: mini.hash }, settings: { ...old.settings, difficulty: 'standard', rounds: 0, people: [false, false] } };
    const r = parseSave(JSON.stringify(relabelled));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = checkSave(r.save, mini.scenario, mini.hash);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problem.kind).toMatch(/diverged|refused/);
  });
});
