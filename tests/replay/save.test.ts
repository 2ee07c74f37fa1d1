// Save files: written from the event log, read back with nothing trusted, verified by replay.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { createSave, parseSave, verifySave, settingsOf, type SaveFile } from '../../src/replay/save.ts';
import { replay, stateHash } from '../../src/replay/replay.ts';
import { settingsFor } from '../../src/machine/game.ts';
import { playGame } from '../../src/sim/play.ts';
import { POLICIES, policyByName } from '../../src/sim/policies/index.ts';
import { loadMini } from '../fixtures/mini.ts';

const loaded = (() => {
  const r = loadScenarioText(readFileSync('scenarios/muscat-2026.yaml', 'utf8'), 'muscat-2026.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
})();
const { scenario, hash } = loaded;

function saveOf(seed: number, policy = 'broker'): SaveFile {
  const game = playGame(scenario, policyByName(policy)!, seed);
  return createSave(scenario, hash, settingsFor(seed), game.events);
}

describe('save files', () => {
  it('round-trip: write, read, replay to the same final state', () => {
    const save = saveOf(21);
    const parsed = parseSave(JSON.stringify(save));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.save).toEqual(save);
    const v = verifySave(parsed.save, scenario, hash);
    expect(v).toMatchObject({ ok: true, finalStateHash: save.finalStateHash, outcome: save.outcome });
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
    const v = verifySave(tampered, scenario, hash);
    expect(v.ok).toBe(false);
    expect(v.divergedAt?.event).toBe(i + 1);
    expect(v.problem).toMatch(new RegExp(`event ${i + 1}\\b`));
  });

  it('notices an edited hash, a foreign scenario version, and an event that does not fit', () => {
    const save = saveOf(5);
    expect(verifySave({ ...save, finalStateHash: '0000000000000000' }, scenario, hash)).toMatchObject({ ok: false });
    expect(verifySave(save, scenario, 'ffffffffffffffff').problem).toMatch(/different version of scenario/);
    expect(verifySave({ ...save, scenario: { ...save.scenario, id: 'camp-david-1978' } }, scenario, hash).problem).toMatch(/is for scenario "camp-david-1978"/);
    const impossible = { ...save, events: [{ type: 'CONTINUE' as const }, ...save.events] };
    const v = verifySave(impossible, scenario, hash);
    expect(v.ok).toBe(false);
    expect(v.divergedAt?.event).toBe(1);
  });

  it('rejects bad, truncated and foreign files with a message, never an exception', () => {
    const text = JSON.stringify(saveOf(2));
    const cases: [string, RegExp][] = [
      [text.slice(0, text.length / 2), /not valid JSON/],
      ['[]', /not a save file/],
      ['{"format":"something-else"}', /format: not a Shuttle Diplomacy save/],
      [text.replace('"version":2', '"version":99'), /^version: made by a newer version of the game/],
      [text.replace('"version":2', '"version":0'), /^version: must be 2/],
      [text.replace(/"seed":\d+/, '"seed":"x"'), /^seed: /],
      [text.replace('"type":"BEGIN"', '"type":"NUKE"'), /^events\[0\]/],
      [text.replace('"format"', '"__proto__":{"x":1},"format"'), /__proto__: this key is not allowed/],
    ];
    for (const [input, message] of cases) {
      const r = parseSave(input);
      expect(r.ok, input.slice(0, 60)).toBe(false);
      if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
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
        const v = verifySave(r.save, scenario, hash);
        // Either it still verifies to the recorded line, or the replay says where it left it.
        if (v.ok) expect(v.finalStateHash).toBe(r.save.finalStateHash);
        else expect(v.problem).toBeTruthy();
      }),
      { numRuns: 150 },
    );
  });

  it('save, load and replay give the same state for random games of every policy', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(...POLICIES.map((p) => p.name)), (seed, policy) => {
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

describe('older save formats', () => {
  it('reads a version 1 save (kept as a fixture) and migrates it to the current version', () => {
    const text = readFileSync('tests/fixtures/saves/v1-mini.json', 'utf8');
    expect(JSON.parse(text).version).toBe(1);
    const r = parseSave(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.save.version).toBe(2);
    // Version 1 games were played with what are now the default settings.
    expect(r.save.settings).toEqual({ names: 'names', allowDistortion: true, difficulty: 'standard', rounds: 0, people: [false, false] });
    const mini = loadMini();
    const again = replay(mini, settingsOf(r.save), r.save.events);
    expect(again.refusedAt).toBeNull();
    expect(again.snapshot.context.outcome?.id).toBe(r.save.outcome);
  });

  it('rejects a version 1 save with version 2 fields mixed in', () => {
    const v1 = JSON.parse(readFileSync('tests/fixtures/saves/v1-mini.json', 'utf8')) as { settings: Record<string, unknown> };
    v1.settings.difficulty = 'hard';
    const r = parseSave(JSON.stringify(v1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/settings/);
  });
});
