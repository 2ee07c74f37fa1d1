// docs/scenarios.md explains every field: each property name in the scenario's JSON Schema
// appears in it (as `name` or as `name:` in an example), so a new field cannot go undocumented.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) propertyNames(n, out);
  else if (node && typeof node === 'object') {
    const props = (node as { properties?: Record<string, unknown> }).properties;
    if (props && typeof props === 'object') for (const k of Object.keys(props)) out.add(k);
    for (const v of Object.values(node)) propertyNames(v, out);
  }
  return out;
}

describe('docs/scenarios.md', () => {
  it('names every field of the scenario schema', () => {
    const schema: unknown = JSON.parse(readFileSync('scenarios/schema.json', 'utf8'));
    const doc = readFileSync('docs/scenarios.md', 'utf8');
    const names = [...propertyNames(schema)];
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((k) => !doc.includes(`\`${k}\``) && !doc.includes(`${k}:`))).toEqual([]);
  });
});
