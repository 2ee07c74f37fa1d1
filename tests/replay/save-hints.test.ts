// The advisor's hints in a save: an optional field, written only when hints were asked, read
// back as written; a save without it (made before hints, or with none asked) loads as before;
// a malformed hint is refused with its path.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/machine/game.ts';
import { checkSave, createSave, parseSave } from '../../src/replay/save.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import { playGame } from '../../src/sim/play.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { countHints } from '../../src/classroom/hints.ts';
import { miniInput } from '../fixtures/mini.ts';
import { RULES_VERSION } from '../../src/model/version.ts';

const mini = (() => {
  const r = loadScenarioValue(miniInput());
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
})();

describe('hints in a save', () => {
  const events = playGame(mini.scenario, policyByName('broker')!, 5).events;
  const base = createSave(mini.scenario, mini.hash, settingsFor(5), events);
  const hints = [
    { line: 'main', step: 2, event: { type: 'LISTEN' as const } },
    { line: 'main', step: 4, event: { type: 'EDIT_DRAFT' as const, items: { water: 'w2', border: null } } },
  ];

  it('round-trip: written, read back as written, and the save still replays', () => {
    const save = { ...base, hints };
    const parsed = parseSave(JSON.stringify(save));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.save.hints).toEqual(hints);
    expect(parsed.save).toEqual(save);
    expect(checkSave(parsed.save, mini.scenario, mini.hash).ok).toBe(true);
  });

  it('are left out of a save where none were asked', () => {
    expect('hints' in base).toBe(false);
    const parsed = parseSave(JSON.stringify(base));
    expect(parsed.ok && parsed.save.hints).toBeUndefined();
  });

  it('an old save, made before hints, still loads, and counts no hints', () => {
    const old = readFileSync(`tests/fixtures/saves/rules${RULES_VERSION}-mini.json`, 'utf8');
    expect(old).not.toContain('hints');
    const parsed = parseSave(old);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.save.hints).toBeUndefined();
    expect(countHints(parsed.save.hints ?? [], 'main', parsed.save.events)).toEqual({ asked: 0, taken: 0 });
  });

  it('a malformed hint is refused, with where it is wrong', () => {
    const bad = (h: unknown) => parseSave(JSON.stringify({ ...base, hints: [h] }));
    for (const [hint, path] of [
      [{ line: 'main', step: -1, event: { type: 'LISTEN' } }, 'hints[0].step'],
      [{ line: 'main', step: 1, event: { type: 'SHOUT' } }, 'hints[0].event'],
      [{ line: 'main', step: 1, event: { type: 'LISTEN' }, taken: true }, 'hints[0]'],
      [{ step: 1, event: { type: 'LISTEN' } }, 'hints[0].line'],
    ] as const) {
      const parsed = bad(hint);
      expect(parsed.ok, JSON.stringify(hint)).toBe(false);
      if (!parsed.ok && parsed.kind === 'invalid') expect(parsed.errors.join('\n')).toContain(path);
    }
  });
});
