// The shipped scenarios as the build writes them: parsed at build time, the page reads the same
// value (and so the same hash a save names) as it would have read from the YAML; a shipped file
// the game would refuse fails the build, naming its problem.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsedFileOf, parsedModule, shippedScenarioValue } from '../../src/build/scenario-plugin.ts';
import { loadScenarioText, loadScenarioValue } from '../../src/scenario/index.ts';

const SHIPPED = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));
const scratch = mkdtempSync(join(tmpdir(), 'shuttle-scenario-plugin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The value a built module hands the page: the JSON string it parses. */
function valueOfModule(source: string): unknown {
  const literal = /^export default JSON\.parse\((".*")\);\n$/s.exec(source);
  expect(literal).not.toBeNull();
  return JSON.parse(JSON.parse(literal![1]!) as string);
}

describe('the shipped scenarios, parsed at build time', () => {
  it('ships three or more files', () => {
    expect(SHIPPED.length).toBeGreaterThanOrEqual(3);
  });

  it.each(SHIPPED)('%s: the page reads the same scenario and hash as from the YAML', (file) => {
    const text = readFileSync(join('scenarios', file), 'utf8');
    const fromYaml = loadScenarioText(text, file);
    const fromBuild = loadScenarioValue(valueOfModule(parsedModule(shippedScenarioValue(join('scenarios', file)))));
    expect(fromYaml.ok && fromBuild.ok).toBe(true);
    if (!fromYaml.ok || !fromBuild.ok) return;
    expect(fromBuild.hash).toBe(fromYaml.hash);
    expect(fromBuild.scenario).toEqual(fromYaml.scenario);
  });

  it('fails the build on a shipped file the game would refuse, naming the field', () => {
    const text = readFileSync(join('scenarios', SHIPPED[0]!), 'utf8');
    const broken = join(scratch, 'broken.yaml');
    writeFileSync(broken, text.replace(/^title: .*$/m, 'title: ""'));
    expect(() => shippedScenarioValue(broken)).toThrow(/broken\.yaml would be refused by the game:\n.*title/);
    const unparsable = join(scratch, 'unparsable.yaml');
    writeFileSync(unparsable, `${text}\ntitle: [never closed\n`);
    expect(() => shippedScenarioValue(unparsable)).toThrow(/unparsable\.yaml would be refused by the game:\n.*not valid YAML/);
  });

  it('answers the query that asks for a parsed file, with or without the dev server’s own', () => {
    expect(parsedFileOf('/game/scenarios/a.yaml?parsed')).toBe('/game/scenarios/a.yaml');
    expect(parsedFileOf('/game/scenarios/a.yaml?import&parsed')).toBe('/game/scenarios/a.yaml');
    expect(parsedFileOf('/game/scenarios/a.yaml?raw')).toBeNull();
    expect(parsedFileOf('/game/scenarios/a.yaml')).toBeNull();
  });
});
