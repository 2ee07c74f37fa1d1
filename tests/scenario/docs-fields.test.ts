// docs/scenarios.md documents every field: each field path of the scenario schema is named in the
// part of the guide about its top-level field (as `name`, `name:` in an example, or `a.name`), so
// a new field, or one that shares its name with a field documented elsewhere (an option's
// `summary` beside the scenario's), cannot go undocumented; and so is every value a closed list
// allows. The failures name the paths.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ScenarioSchema } from '../../src/scenario/schema.ts';

/** Optional, default, lazy and piped schemas are the schema inside them. */
function unwrap(node: unknown): unknown {
  for (let k = 0; k < 10; k++) {
    if (node instanceof z.ZodOptional || node instanceof z.ZodNullable || node instanceof z.ZodDefault || node instanceof z.ZodLazy) node = node.unwrap();
    else if (node instanceof z.ZodPipe) node = node.in;
    else break;
  }
  return node;
}

/** Every value a closed list allows (a situation, a meter, a kind), by the path of its field. */
function enumValues(schema: unknown, path = '', out: [string, string][] = [], depth = 0): [string, string][] {
  const node = unwrap(schema);
  if (depth > 12) return out;
  if (node instanceof z.ZodObject) for (const [key, value] of Object.entries(node.shape as Record<string, unknown>)) enumValues(value, path ? `${path}.${key}` : key, out, depth + 1);
  else if (node instanceof z.ZodArray) enumValues(node.element, `${path}[]`, out, depth + 1);
  else if (node instanceof z.ZodRecord) enumValues(node.valueType, `${path}.*`, out, depth + 1);
  else if (node instanceof z.ZodEnum) for (const value of node.options) out.push([path, String(value)]);
  return out;
}

/** Every field path, as the guide would write it: `delegations[].reservation.drift.perRound`. */
function fieldPaths(schema: unknown, prefix: string[] = [], out: string[][] = [], depth = 0): string[][] {
  const node = unwrap(schema);
  if (depth > 12) return out;
  if (node instanceof z.ZodObject) {
    for (const [key, value] of Object.entries(node.shape as Record<string, unknown>)) {
      const path = [...prefix, key];
      out.push(path);
      fieldPaths(value, path, out, depth + 1);
    }
  } else if (node instanceof z.ZodArray) {
    fieldPaths(node.element, prefix.length ? [...prefix.slice(0, -1), `${prefix[prefix.length - 1]}[]`] : prefix, out, depth + 1);
  } else if (node instanceof z.ZodRecord) {
    fieldPaths(node.valueType, [...prefix, '*'], out, depth + 1);
  }
  return out;
}

const bare = (segment: string) => segment.replace(/\[\]$/, '');

/** The guide cut at its `##` headings: the top-level fields each part is about, and its text. */
function sections(doc: string): { fields: string[]; text: string }[] {
  return doc.split(/^(?=## )/m).map((text) => {
    const heading = text.startsWith('## ') ? text.slice(0, text.indexOf('\n')) : '';
    return { fields: [...heading.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), text };
  });
}

/** Named as a field: in backticks (alone or at the end of a dotted path) or as a YAML key. */
function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w$-])${escaped}(?=\`|:)|\`[\\w.\\[\\]]*\\.${escaped}\``).test(text);
}

describe('docs/scenarios.md', () => {
  const doc = readFileSync('docs/scenarios.md', 'utf8');
  const parts = sections(doc);
  const paths = fieldPaths(ScenarioSchema).filter((p) => !p.includes('*'));

  it('has the fields to check (the walk reaches nested and lazy parts)', () => {
    const written = paths.map((p) => p.join('.'));
    expect(written.length).toBeGreaterThan(150);
    expect(written).toContain('issues[].options[].summary');
    expect(written).toContain('delegations[].coercion[].effects[].meter');
  });

  it('names every field path in the part about its top-level field', () => {
    const undocumented = paths.filter((path) => {
      const top = bare(path[0]!);
      const leaf = bare(path[path.length - 1]!);
      // Top-level fields are listed before the first field's own part (the opening and "Top level").
      const scope = path.length === 1 ? [parts[0]!, ...parts.filter((p) => p.fields.length === 0 && /^## Top level/.test(p.text))] : parts.filter((p) => p.fields.includes(top));
      return !scope.some((p) => mentions(p.text, leaf));
    });
    expect(undocumented.map((p) => p.join('.'))).toEqual([]);
  });

  it('names every value a closed list allows (`value`, or `field: value` in an example)', () => {
    const values = enumValues(ScenarioSchema);
    expect(values.length).toBeGreaterThan(50);
    const missing = values.filter(([, value]) => !doc.includes(`\`${value}\``) && !new RegExp(`: ${value}\\b`).test(doc));
    expect(missing.map(([path, value]) => `${path}: ${value}`)).toEqual([]);
  });
});
