// What the format allows a number to be, read from the scenario's JSON Schema (made from the same
// schemas the loader checks with): whole or not, and its bounds. The tuning tool keeps a number
// it moves inside them.
import { scenarioJsonSchema } from './json-schema.ts';
import type { NumberPath } from './numbers.ts';

export interface NumberRule {
  whole: boolean;
  min: number;
  max: number;
  /** The bounds themselves are excluded (`exclusiveMinimum`: "a positive number"). */
  minExcluded: boolean;
  maxExcluded: boolean;
}

type JsonSchema = Record<string, unknown>;

const isSchema = (x: unknown): x is JsonSchema => typeof x === 'object' && x !== null && !Array.isArray(x);

let root: JsonSchema | null = null;

function resolveRef(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let at: unknown = root;
  for (const part of ref.slice(2).split('/')) at = isSchema(at) ? at[part] : undefined;
  return isSchema(at) ? resolveRef(at) : schema;
}

/** The schemas a value at this step may follow (a union gives several). */
function step(schema: JsonSchema, part: string | number): JsonSchema[] {
  const s = resolveRef(schema);
  const alternatives = [s.anyOf, s.oneOf].find(Array.isArray) as unknown[] | undefined;
  if (alternatives) return alternatives.filter(isSchema).flatMap((alt) => step(alt, part));
  if (typeof part === 'number') return isSchema(s.items) ? [s.items] : [];
  const props = s.properties;
  if (isSchema(props) && isSchema(props[part])) return [props[part]];
  return isSchema(s.additionalProperties) ? [s.additionalProperties] : [];
}

const num = (x: unknown, fallback: number) => (typeof x === 'number' ? x : fallback);

/** The rule for the number at this path, or null if the schema does not say (then only the loader can). */
export function numberRule(path: NumberPath): NumberRule | null {
  root ??= scenarioJsonSchema();
  let at: JsonSchema[] = [root];
  for (const part of path) at = at.flatMap((s) => step(s, part));
  const leaf = at.map(resolveRef).find((s) => s.type === 'number' || s.type === 'integer');
  if (!leaf) return null;
  const minExcluded = typeof leaf.exclusiveMinimum === 'number';
  const maxExcluded = typeof leaf.exclusiveMaximum === 'number';
  return {
    whole: leaf.type === 'integer',
    min: minExcluded ? num(leaf.exclusiveMinimum, -Infinity) : num(leaf.minimum, -Infinity),
    max: maxExcluded ? num(leaf.exclusiveMaximum, Infinity) : num(leaf.maximum, Infinity),
    minExcluded,
    maxExcluded,
  };
}
