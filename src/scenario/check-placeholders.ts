// Placeholders that would be shown as written: a misspelt one in a dialogue line ({mediatr}), one
// with spaces inside, or one in a text that fills none (only the fields in placeholders.ts do).
import { nearest } from './nearest.ts';
import { PLACEHOLDER_FIELDS, PLACEHOLDER_PATTERN, placeholdersAt } from './placeholders.ts';
import type { Scenario } from './schema.ts';
import { type CheckProblem } from './check-problem.ts';

export type PlaceholderProblem = CheckProblem;

/** Fields whose text is an address, not words shown to players. */
const NOT_WORDS = new Set(['url', '$schema']);

const braces = (names: readonly string[]) => names.map((n) => `{${n}}`).join(', ');

function problemsIn(text: string, path: (string | number)[]): string[] {
  const allowed = placeholdersAt(path);
  const out: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    const written = m[0];
    const name = m[1]!;
    if (allowed.length === 0) {
      const where = PLACEHOLDER_FIELDS.map((f) => f.path.join('.').replace(/\.\*/g, '[]')).join(', ');
      out.push(`holds ${written}, but this text fills no placeholders (only ${where} do), so it would be shown as written`);
    } else if (allowed.includes(name)) {
      if (written !== `{${name}}`) out.push(`holds ${written}: write it without spaces, {${name}}, or it is shown as written`);
    } else {
      const guess = nearest(name, allowed);
      const hint = guess ? `: did you mean {${guess}}?` : '';
      out.push(`uses the placeholder ${written}, which is not one this text fills${hint} (it may use ${braces(allowed)})`);
    }
  }
  return out;
}

export function checkPlaceholders(s: Scenario): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      if (value.includes('{')) for (const message of problemsIn(value, path)) problems.push({ path, message });
    } else if (Array.isArray(value)) value.forEach((v, k) => walk(v, [...path, k]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) if (!NOT_WORDS.has(key)) walk(v, [...path, key]);
    }
  };
  walk(s, []);
  return problems;
}
