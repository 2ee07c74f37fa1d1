// `npx tsx bench/zone.ts [seeds]`: how wide the zone of agreement is on each shipped scenario.
// For each seed's drawn hidden values, the share of complete texts (every draftable item set,
// the scope items as the draft starts) that clear both sides' floors with no red line crossed.
// A random mediator that never reaches a framework (docs/experiments/random-mediator.md) does
// not fail for want of acceptable texts: they are there, it never gets both yeses on one.
import { join } from 'node:path';
import { DEFAULT_SCENARIO, SCENARIO_DIR, loadScenarioFile } from '../src/cli/scenarios.ts';
import { acceptanceFloor, compile, DEFAULT_SETTINGS, initialState, itemAt, packageOf, redLinesCrossed, utility, type CompiledScenario } from '../src/model/index.ts';

const seeds = Number(process.argv[2] ?? 200);

/** Every complete text over the draftable issues, the scope items as in the initial draft. */
function* completeTexts(c: CompiledScenario): Generator<string> {
  const draftable = c.issueIds.map((_, i) => i).filter((i) => !c.scenario.issues[i]!.scope);
  const counts = draftable.map((i) => c.optionCount[i]!);
  const total = counts.reduce((a, b) => a * b, 1);
  for (let k = 0; k < total; k++) {
    const items = c.issueIds.map((_, i) => itemAt(c.initialDraft, i));
    let rest = k;
    draftable.forEach((issue, j) => {
      items[issue] = rest % counts[j]!;
      rest = Math.floor(rest / counts[j]!);
    });
    yield packageOf(items);
  }
}

for (const file of [DEFAULT_SCENARIO, join(SCENARIO_DIR, 'camp-david-1978.yaml')]) {
  const c = compile(loadScenarioFile(file).scenario);
  const texts = [...completeTexts(c)];
  const shares: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const state = initialState(c, { ...DEFAULT_SETTINGS, seed });
    const clears = (text: string) => c.sideIndices.every((s) => redLinesCrossed(state.truth[s]!, text).length === 0 && utility(state.truth[s]!, text, state.sides[s].reservation) >= acceptanceFloor(c, state, s));
    shares.push(texts.filter(clears).length / texts.length);
  }
  shares.sort((a, b) => a - b);
  const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  process.stdout.write(`${c.scenario.id}: ${texts.length} complete texts; clearing both floors at the start: mean ${pct(mean)}, lowest ${pct(shares[0]!)}, median ${pct(shares[Math.floor(shares.length / 2)]!)}, highest ${pct(shares[shares.length - 1]!)} (${seeds} seeds)\n`);
}
