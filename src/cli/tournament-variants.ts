// The scenario a task plays: the one given, or a variant with some numbers set (`shuttle tune`).
// The last variant is kept: a variant's slices come one after another, and a scenario object kept
// is compiled once (the model caches by object), not once per game.
import { withNumbers, type NumberChange, type Scenario } from '../scenario/index.ts';

export function variantsOf(scenario: Scenario): (changes: readonly NumberChange[] | undefined) => Scenario {
  let lastKey = '';
  let last = scenario;
  return (changes) => {
    if (!changes?.length) return scenario;
    const key = JSON.stringify(changes);
    if (key !== lastKey) {
      last = withNumbers(scenario, changes);
      lastKey = key;
    }
    return last;
  };
}
