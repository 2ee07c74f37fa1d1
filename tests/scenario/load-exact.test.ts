// A class's own scenario text sent back by the server is used only when it is exactly the one the
// class named: its id and its content hash.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadExactScenario, loadScenarioText } from '../../src/scenario/index.ts';

const text = readFileSync('scenarios/muscat-2026.yaml', 'utf8');
const shipped = loadScenarioText(text, 'muscat-2026.yaml');
if (!shipped.ok) throw new Error(shipped.errors.join('\n'));

describe('loadExactScenario', () => {
  it('reads the text named by its id and hash, YAML or JSON alike', () => {
    expect(loadExactScenario(text, 'muscat-2026', shipped.hash)?.scenario.id).toBe('muscat-2026');
    expect(loadExactScenario(JSON.stringify(shipped.scenario), 'muscat-2026', shipped.hash)?.hash).toBe(shipped.hash);
  });

  it('refuses another id, another hash, a changed text or one that is not a scenario', () => {
    expect(loadExactScenario(text, 'camp-david-1978', shipped.hash)).toBeNull();
    expect(loadExactScenario(text, 'muscat-2026', '0000000000000000')).toBeNull();
    expect(loadExactScenario(text.replace(/^title: .*$/m, 'title: "Another title"'), 'muscat-2026', shipped.hash)).toBeNull();
    expect(loadExactScenario('not: [a scenario', 'muscat-2026', shipped.hash)).toBeNull();
  });
});
