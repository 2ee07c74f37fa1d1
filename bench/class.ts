// Class comparison: 100 students' save files (made with the headless simulator) parsed, checked
// by replay and aggregated, as the teacher's page does it. The budget is 2 s for 100 saves.
import { readFileSync } from 'node:fs';
import { compareClass, type ClassFile } from '../src/classroom/compare-class.ts';
import { settingsFor } from '../src/machine/game.ts';
import { createSave } from '../src/replay/save.ts';
import { loadScenarioText } from '../src/scenario/load.ts';
import { POLICIES } from '../src/sim/policies/index.ts';
import { playGame } from '../src/sim/play.ts';

export interface ClassBench {
  saves: number;
  /** Milliseconds to parse, replay and aggregate them all. */
  millis: number;
  budgetMillis: number;
  withinBudget: boolean;
}

export function benchClassComparison(saves = 100, scenarioFile = 'scenarios/muscat-2026.yaml'): ClassBench {
  const loaded = loadScenarioText(readFileSync(scenarioFile, 'utf8'), scenarioFile);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const files: ClassFile[] = [];
  for (let i = 0; i < saves; i++) {
    const seed = 1000 + i;
    const game = playGame(loaded.scenario, POLICIES[i % POLICIES.length]!, seed);
    files.push({ fileName: `student-${i + 1}.json`, text: JSON.stringify(createSave(loaded.scenario, loaded.hash, settingsFor(seed), game.events)) });
  }
  const lookup = (id: string, hash: string) => (id === loaded.scenario.id && hash === loaded.hash ? { scenario: loaded.scenario, hash } : { missing: 'id' as const });
  const t0 = performance.now();
  const result = compareClass(files, lookup);
  const millis = performance.now() - t0;
  if (result.games !== saves) throw new Error(`expected ${saves} games, compared ${result.games}`);
  const budgetMillis = 2000;
  return { saves, millis: Math.round(millis), budgetMillis, withinBudget: millis <= budgetMillis };
}
