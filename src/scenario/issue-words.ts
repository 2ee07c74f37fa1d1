// The schema library's complaints in plain words a teacher can act on. The schemas give their own
// words for most fields ("must be a number between 0 and 1"); this says the rest: what is missing
// and what it must be, what was found instead, the fields a mapping may hold.
import { z } from 'zod';
import { visible } from '../lib/index.ts';
import type { Problem } from './path.ts';

type Issue = z.core.$ZodIssue;

/** The library's own English, as opposed to a schema's words. */
const LIBRARY_WORDS = /^(Invalid|Too (small|big)|Unrecognized)\b/;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'a mapping of fields',
  record: 'a mapping',
  null: 'empty',
};

/** What a value is, in a few words ("a list", "true", "the text "abc""). */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return value.length ? `a list of ${value.length}` : 'an empty list';
  if (typeof value === 'object') return 'a mapping of fields';
  if (typeof value === 'string') return value.length > 40 ? `text of ${value.length} characters` : `the text "${visible(value)}"`;
  return visible(String(value));
}

const oneOf = (values: readonly unknown[]) => values.map((v) => visible(String(v))).join(', ');

/** The fields a mapping at this path may hold, read from the schema (empty when not a mapping). */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = () => {
    for (let k = 0; k < 10; k++) {
      if (node instanceof z.ZodOptional || node instanceof z.ZodNullable || node instanceof z.ZodDefault || node instanceof z.ZodLazy) node = node.unwrap();
      else if (node instanceof z.ZodPipe) node = node.in;
      else return;
    }
  };
  for (const part of path) {
    unwrap();
    if (node instanceof z.ZodObject && typeof part === 'string') node = (node.shape as Record<string, unknown>)[part];
    else if (node instanceof z.ZodArray && typeof part === 'number') node = node.element;
    else if (node instanceof z.ZodRecord) node = node.valueType;
    else return [];
  }
  unwrap();
  return node instanceof z.ZodObject ? Object.keys(node.shape as object) : [];
}

function size(origin: string, n: number | bigint, more: boolean): string {
  const least = more ? 'at least' : 'at most';
  if (origin === 'array' || origin === 'set') return `must list ${least} ${n} ${n === 1 ? 'item' : 'items'}`;
  if (origin === 'string') return Number(n) === 1 && more ? 'must not be empty' : `must have ${least} ${n} characters`;
  return `must be ${least} ${n}`;
}

/** The words for one issue whose message is the library's own. */
function libraryWords(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${oneOf(issue.values)}` : `must be one of ${oneOf(issue.values)}`;
    case 'too_small':
      return size(issue.origin, issue.minimum, true);
    case 'too_big':
      return size(issue.origin, issue.maximum, false);
    case 'invalid_format':
      return 'is not in the form this field takes';
    case 'invalid_union': {
      const inner = issue.errors[0]?.[0];
      return inner && !LIBRARY_WORDS.test(inner.message) ? inner.message : 'is not in any form this field takes';
    }
    case 'invalid_key':
      return `has a key that is not allowed: ${issue.issues[0]?.message ?? 'it is not an id'}`;
    default:
      return 'is not a value this field takes';
  }
}

/** An event or other tagged mapping whose tag is not one of the known ones: the tag's own words. */
function tagWords(issue: Issue): string | null {
  if (issue.code !== 'invalid_union' || !('discriminator' in issue) || !issue.discriminator || !('options' in issue) || !issue.options) return null;
  const input = issue.input as Record<string, unknown> | undefined;
  const value = input && typeof input === 'object' ? input[issue.discriminator] : undefined;
  const rule = `must be one of ${oneOf(issue.options)}`;
  return value === undefined ? `is missing; it ${rule}` : `${rule} (it is ${describeValue(value)})`;
}

function wordsOf(issue: Issue, schema: z.ZodType): string {
  const tag = tagWords(issue);
  if (tag) return tag;
  const base = LIBRARY_WORDS.test(issue.message) ? libraryWords(issue) : issue.message;
  // A field that is not there: say so first, then what it must be.
  if (issue.input === undefined) {
    if (base === 'is missing') return base;
    const fields = issue.code === 'invalid_type' && issue.expected === 'object' ? fieldsAt(schema, issue.path) : [];
    if (fields.length) return `is missing; it must be a mapping of the fields ${fields.join(', ')}`;
    return /^must\b/.test(base) ? `is missing; it ${base}` : `is missing (${base})`;
  }
  // What was found, since the rule alone does not say what to change.
  return `${base} (it is ${describeValue(issue.input)})`;
}

/** The problems of a failed parse, one per issue (one per unknown key), in plain words. */
export function issueProblems(issues: readonly Issue[], schema: z.ZodType): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const fields = fieldsAt(schema, issue.path);
      const list = fields.length ? ` (the fields here are ${fields.join(', ')})` : '';
      for (const key of issue.keys) out.push({ path: [...issue.path, key], message: `is not a field here: check its spelling${list}` });
      continue;
    }
    out.push({ path: issue.path, message: wordsOf(issue, schema) });
  }
  return out;
}
