// scenarios/schema.json is generated from the zod schema: it must not fall behind it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../../src/scenario/json-schema.ts';

describe('scenarios/schema.json', () => {
  it('matches the schema in src/scenario (run `npm run schema` after changing it)', () => {
    expect(readFileSync('scenarios/schema.json', 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('describes the top-level fields an editor completes', () => {
    const schema = JSON.parse(readFileSync('scenarios/schema.json', 'utf8')) as { properties: Record<string, unknown>; required: string[] };
    for (const field of ['id', 'delegations', 'issues', 'escalation', 'rounds', 'rules', 'events', 'dialogue', 'sources']) {
      expect(schema.properties).toHaveProperty(field);
    }
    expect(schema.required).toContain('delegations');
  });
});
