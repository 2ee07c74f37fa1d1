// Every way into a save refuses one made under other rules by name (both versions said), opens
// nothing and stores nothing: the replay viewer's file, the debrief of a file, the class
// comparison. (The command line's answer is in tests/cli; the core's in save.test.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareClass } from '../../src/classroom/compare-class.ts';
import { settingsFor } from '../../src/machine/game.ts';
import { RULES_VERSION } from '../../src/model/version.ts';
import { createSave } from '../../src/replay/save.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import { playGame } from '../../src/sim/play.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { openSaveText, type ScenarioFinder } from '../../src/game/replays/open-save.ts';
import { debriefSaveText } from '../../src/game/pages/save-debrief.ts';
import type { PageHost } from '../../src/game/pages/page-host.ts';
import { miniInput } from '../fixtures/mini.ts';

const mini = (() => {
  const r = loadScenarioValue(miniInput());
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
})();
const found = { scenario: mini.scenario, hash: mini.hash };
const finder: ScenarioFinder = { locate: async (id, hash) => (id === 'mini' && hash === mini.hash ? found : { missing: 'id' }) };
const oldRules = readFileSync('tests/fixtures/saves/rules1-mini.json', 'utf8');
const current = JSON.stringify(createSave(mini.scenario, mini.hash, settingsFor(5), playGame(mini.scenario, policyByName('broker')!, 5).events));
const newer = current.replace(`"rules":${RULES_VERSION}`, `"rules":${RULES_VERSION + 1}`);
const older = new RegExp(`version 1\\b.*version ${RULES_VERSION}\\b`);
const newerWords = new RegExp(`version ${RULES_VERSION + 1}\\b.*newer.*version ${RULES_VERSION}\\b`);

/** A page host that fails the test if a refused save opens a page. */
const noPages: PageHost = {
  open: () => {
    throw new Error('a refused save opened a page');
  },
  close: () => undefined,
  isOpen: () => false,
};

describe('a save of other rules, wherever it is opened', () => {
  it('the replay viewer refuses it in one line naming both versions', async () => {
    for (const [text, words] of [[oldRules, older], [newer, newerWords]] as const) {
      const r = await openSaveText(finder, 'old.json', text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.why).toMatch(/^old\.json cannot be opened: rules: it was made under /);
        expect(r.why).toMatch(words);
        expect(r.why).not.toContain('\n');
      }
    }
    expect((await openSaveText(finder, 'new.json', current)).ok).toBe(true);
  });

  it('the debrief of a file refuses it without opening a page', async () => {
    const why = await debriefSaveText(noPages, finder, 'old.json', oldRules, () => undefined);
    expect(why).toMatch(/^old\.json cannot be debriefed: /);
    expect(why).toMatch(older);
  });

  it('the class comparison lists it as skipped, with the reason, and compares the rest', () => {
    const r = compareClass(
      [
        { fileName: 'old.json', text: oldRules },
        { fileName: 'new.json', text: current },
      ],
      (id, hash) => (id === 'mini' && hash === mini.hash ? found : { missing: 'id' }),
    );
    expect(r.rows.map((x) => [x.fileName, x.status])).toEqual([
      ['old.json', 'bad'],
      ['new.json', 'ok'],
    ]);
    expect(r.rows[0]!.reason).toMatch(older);
    expect(r.games).toBe(1);
  });
});
