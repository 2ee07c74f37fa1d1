// The scenario format as JSON Schema, for editors (completion and checks while typing YAML).
import { z } from 'zod';
import { ScenarioSchema } from './schema.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://shuttle-diplomacy.local/scenario.schema.json',
    title: 'Shuttle Diplomacy scenario',
    description: 'A negotiation scenario: delegations, agenda issues and options, hidden preferences, escalation, rounds, events, dialogue and sources. See docs/scenarios.md.',
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
