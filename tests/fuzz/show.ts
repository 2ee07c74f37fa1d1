// One file of the hostile-file fuzz, made again from the seed a failure named:
//   npx tsx tests/fuzz/show.ts scenario|save <seed>
// writes it to test-output/fuzz/ and prints what the reader says of it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveRefusalLines } from '../../src/present/index.ts';
import { openSave } from '../../src/replay/index.ts';
import { loadScenarioFile, loadScenarioValue } from '../../src/scenario/load.ts';
import { rngOf } from './random.ts';
import { hostileSave, saveBases } from './save-files.ts';
import { hostileScenario, smallScenario } from './scenario-files.ts';

const kind = process.argv[2];
const seed = Number(process.argv[3]);
if ((kind !== 'scenario' && kind !== 'save') || !Number.isSafeInteger(seed)) throw new Error('usage: npx tsx tests/fuzz/show.ts scenario|save <seed> (as a failure names them)');
const base = loadScenarioValue(smallScenario());
if (!base.ok) throw new Error(base.errors.join('\n'));
const isSave = kind === 'save';
const file = isSave ? hostileSave(rngOf(seed), saveBases(base.scenario, base.hash)) : hostileScenario(rngOf(seed));
const dir = join('test-output', 'fuzz');
mkdirSync(dir, { recursive: true });
const path = join(dir, `${seed}-${file.name}`);
writeFileSync(path, file.bytes);
process.stdout.write(`${path}: ${file.kind}\n`);
if (isSave) {
  const verdict = openSave(file.bytes, (id, hash) => (id === base.scenario.id && hash === base.hash ? { scenario: base.scenario, hash } : { missing: 'id' }));
  process.stdout.write(`${verdict.ok ? 'read' : saveRefusalLines(verdict.refusal).join('\n')}\n`);
} else {
  const result = loadScenarioFile(file.bytes, file.name);
  process.stdout.write(`${result.ok ? 'read' : result.errors.join('\n')}\n`);
}
