// Untrusted text (scenario or save) is parsed here first: a size limit, an alias limit for YAML,
// a depth and node limit, no key given twice and no keys that could reach an object's prototype.
// Every problem says where: a field's path, and the line and column in the file.
import { LineCounter, parseDocument, visit } from 'yaml';
import { visible } from '../lib/index.ts';
import { stripBom } from './decode.ts';
import { scanJsonKeys } from './json-keys.ts';
import { FORBIDDEN_KEYS, MAX_ALIASES, MAX_DEPTH, MAX_FILE_BYTES, MAX_NODES, type GuardProblem } from './limits.ts';
import { jsonLocator } from './json-places.ts';
import { locator, type Locate } from './locate.ts';
import type { Position } from './path.ts';
import { positionsOf } from './position.ts';

export { MAX_FILE_BYTES } from './limits.ts';
export type { GuardProblem } from './limits.ts';

export type Parsed = { ok: true; value: unknown; locate: Locate } | { ok: false; problems: GuardProblem[] };

export type TextFormat = 'yaml' | 'json';

export function formatOf(fileName: string, text: string): TextFormat {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  return stripBom(text).trimStart().startsWith('{') ? 'json' : 'yaml';
}

const tooDeep = `is nested too deeply (more than ${MAX_DEPTH} levels)`;

/**
 * Where nesting first goes too deep, or -1; checked before parsing, since a parser recursing
 * through thousands of levels can exhaust the stack in ways no try/catch recovers from. Brackets
 * outside quotes count a level each; so does deep indentation (a level per two columns, generously).
 */
export function deepAt(text: string): number {
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
        if (++indent > MAX_DEPTH * 4) return i;
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
      if (++depth > MAX_DEPTH) return i;
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return -1;
}

/** The parser's first line of complaint, without its own "at line" (the place is given apart) and with controls escaped. */
function parserWords(message: string): string {
  return visible(message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim()) || 'the parser gave no reason';
}

function parseYamlText(text: string): Parsed {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, schema: 'core', uniqueKeys: true, merge: false, prettyErrors: true, customTags: [], logLevel: 'silent' });
  const locate = locator(doc, counter);
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    return { ok: false, problems: [{ path: [], message: `not valid YAML: ${parserWords(error.message)}`, at: pos ? { line: pos.line, column: pos.col } : null }] };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIASES }), locate };
  } catch {
    // Only the alias limit throws here: a file whose aliases multiply into a flood of entries.
    let first: number | undefined;
    visit(doc, { Alias: (_, node) => ((first = node.range?.[0]), visit.BREAK) });
    const pos = first === undefined ? null : counter.linePos(first);
    return { ok: false, problems: [{ path: [], message: `not valid YAML: its aliases expand too far (at most ${MAX_ALIASES} uses, as a "billion laughs" file exceeds)`, at: pos ? { line: pos.line, column: pos.col } : null }] };
  }
}

function parseJsonText(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [jsonSyntaxProblem(text, err instanceof Error ? err.message : String(err))] };
  }
  const positions = positionsOf(text);
  const twice = scanJsonKeys(text).filter((f) => f.kind === 'duplicate');
  if (twice.length) return { ok: false, problems: twice.slice(0, 20).map((f) => ({ path: f.path, message: 'is given twice (a field may appear once)', at: positions(f.offset) })) };
  return { ok: true, value, locate: jsonLocator(text) };
}

/**
 * JSON.parse's complaint, placed: engines say "at position N" or "(line L column C)", or
 * nothing; the YAML parser, in JSON mode, then says where it stopped.
 */
function jsonSyntaxProblem(text: string, message: string): GuardProblem {
  const words = parserWords(message.replace(/ in JSON at position \d+.*$| at position \d+.*$| \(line \d+ column \d+\)$/, ''));
  const position = /at position (\d+)/.exec(message);
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  let at: Position | null = position ? positionsOf(text)(Number(position[1])) : lineColumn ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) } : null;
  if (!at) {
    const counter = new LineCounter();
    const pos = parseDocument(text, { schema: 'json', lineCounter: counter, logLevel: 'silent' }).errors[0]?.linePos?.[0];
    at = pos ? { line: pos.line, column: pos.col } : { line: 1, column: 1 };
  }
  return { path: [], message: `not valid JSON: ${words}`, at };
}

export function parseUntrusted(raw: string, format: TextFormat): Parsed {
  const text = stripBom(raw);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) {
    return { ok: false, problems: [{ path: [], message: `the file is too large (${bytes} bytes; at most ${MAX_FILE_BYTES})` }] };
  }
  const deep = deepAt(text);
  if (deep !== -1) return { ok: false, problems: [{ path: [], message: tooDeep, at: positionsOf(text)(deep) }] };
  const parsed = format === 'json' ? parseJsonText(text) : parseYamlText(text);
  if (!parsed.ok) return parsed;
  const problems = inspect(parsed.value, parsed.locate);
  return problems.length ? { ok: false, problems } : parsed;
}

/** Walks the parsed tree once: depth, size and prototype keys. */
function inspect(root: unknown, locate: Locate): GuardProblem[] {
  const problems: GuardProblem[] = [];
  let nodes = 0;
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (++nodes > MAX_NODES) return [{ path: [], message: `the file has too many entries (more than ${MAX_NODES})`, at: locate(path) }];
    if (path.length > MAX_DEPTH) return [{ path, message: tooDeep, at: locate(path) }];
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path: [...path, key], message: 'this key is not allowed', at: locate([...path, key]) });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}
