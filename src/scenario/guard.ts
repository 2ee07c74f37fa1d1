// Untrusted text (scenario or save) is parsed here first: a size limit, an alias limit for YAML,
// a depth and node limit, and no keys that could reach an object's prototype.
import { parse as parseYaml, YAMLParseError } from 'yaml';

export const MAX_FILE_BYTES = 2_000_000;
const MAX_DEPTH = 40;
const MAX_NODES = 200_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface GuardProblem {
  path: (string | number)[];
  message: string;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; problems: GuardProblem[] };

export type TextFormat = 'yaml' | 'json';

export function formatOf(fileName: string, text: string): TextFormat {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  return text.trimStart().startsWith('{') ? 'json' : 'yaml';
}

/**
 * Nesting is checked before parsing: a parser recursing through thousands of levels can
 * exhaust the stack in ways no try/catch recovers from. Brackets outside quotes count a level
 * each; so does deep indentation (a level per two columns, generously).
 */
export function nestingTooDeep(text: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  let atLineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (atLineStart) {
      if (ch === ' ') {
        if (++indent > MAX_DEPTH * 4) return true;
        continue;
      }
      atLineStart = false;
    }
    if (quote !== null) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    // A quote opens a string only where a scalar can start (not the apostrophe in "the side's").
    if ((ch === '"' || ch === "'") && (i === 0 || ' \t:[{,-\n'.includes(text[i - 1]!))) quote = ch;
    else if (ch === '[' || ch === '{') {
      if (++depth > MAX_DEPTH) return true;
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return false;
}

export function parseUntrusted(text: string, format: TextFormat): Parsed {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) {
    return { ok: false, problems: [{ path: [], message: `the file is too large (${bytes} bytes; at most ${MAX_FILE_BYTES})` }] };
  }
  if (nestingTooDeep(text)) return { ok: false, problems: [{ path: [], message: `is nested too deeply (more than ${MAX_DEPTH} levels)` }] };
  let value: unknown;
  try {
    // JSON must be JSON; it then goes through the YAML parser's JSON schema too, so duplicate
    // keys are refused as they are in YAML.
    if (format === 'json') JSON.parse(text);
    value = parseYaml(text, {
      logLevel: 'error',
      schema: format === 'json' ? 'json' : 'core',
      maxAliasCount: format === 'json' ? 0 : 100,
      uniqueKeys: true,
      merge: false,
      prettyErrors: true,
      customTags: [],
    });
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? ` (line ${err.linePos[0].line}, column ${err.linePos[0].col})` : '';
    const first = (err instanceof Error ? err.message.split('\n')[0]! : String(err))
      .replace(/ at line \d+, column \d+:?$/, '')
      // The parser quotes the file: its control characters are shown as codes, on one line.
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .trim();
    return { ok: false, problems: [{ path: [], message: `not valid ${format.toUpperCase()}${where}: ${first || 'the parser gave no reason'}` }] };
  }
  const problems = inspect(value);
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

/** Walks the parsed tree once: depth, size and prototype keys. */
function inspect(root: unknown): GuardProblem[] {
  const problems: GuardProblem[] = [];
  let nodes = 0;
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (++nodes > MAX_NODES) return [{ path: [], message: `the file has too many entries (more than ${MAX_NODES})` }];
    if (path.length > MAX_DEPTH) return [{ path: path.slice(0, 3), message: `is nested too deeply (more than ${MAX_DEPTH} levels)` }];
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path: [...path, key], message: 'this key is not allowed' });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}
