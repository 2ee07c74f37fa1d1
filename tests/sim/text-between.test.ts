// The quick mediators' text between the two stated positions never writes an option a side has
// said is a red line: stepping off one goes toward that side's own end, not past it.
import { describe, expect, it } from 'vitest';
import { sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import { mediatorView } from '../../src/machine/view.ts';
import { itemAt } from '../../src/model/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { heardRedLine, textBetween } from '../../src/sim/policies/common.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { shipped } from '../fixtures/shipped.ts';

function load(file: string): Scenario {
  return shipped(file).scenario;
}

describe('textBetween', () => {
  it('never writes a red line the mediator has heard, whichever way the text leans', () => {
    let heard = 0;
    for (const file of ['muscat-2026.yaml', 'camp-david-1978.yaml', 'dayton-1995.yaml']) {
      const scenario = load(file);
      for (let seed = 1; seed <= 40; seed++) {
        const events = playGame(scenario, policyByName('broker')!, seed).events;
        const actor = startGame(scenario, settingsFor(seed));
        for (const e of events) {
          const view = mediatorView(scenario, actor.getSnapshot());
          if (view.phase === 'talks' && view.state.sides.some((s) => s.redLinesHeard.length > 0)) {
            heard++;
            for (const lean of [-1.5, 0, 1.5]) {
              const text = textBetween(view, () => lean);
              view.c.issueIds.forEach((_, i) => {
                const option = itemAt(text, i);
                if (option === null || view.c.scenario.issues[i]!.scope) return;
                for (const s of [0, 1] as const) expect(heardRedLine(view, s, i, option), `${file} seed ${seed}: issue ${i} option ${option}`).toBe(false);
              });
            }
          }
          sendEvent(actor, e);
        }
      }
    }
    expect(heard).toBeGreaterThan(0);
  });
});
