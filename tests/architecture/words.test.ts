// Every word a player reads comes from the message catalogue (src/present/catalogue), so that a
// translation is a new catalogue and not a change to the code. This test reads the screens
// (src/game), the headless views and words (src/present/views, src/present/replays,
// src/present/words) and the classroom (src/classroom), and fails on a string literal there that
// reads like English for people. It reads the core and the command line too (src/lib, src/model,
// src/machine, src/replay, src/sim, src/cli), which hand the words data (codes, ids, numbers):
// there it fails on prose alone.
//
// The heuristic, on each string literal and each template literal (its text parts joined, a
// digit standing for each ${…}), parsed with swc so comments, imports and types are left out:
// - prose: two words of letters with a space between them, where one is capitalised, one is an
//   English function word ("the", "of", "is", "your", …), or the text ends in . ? ! : or …;
// - a label: one capitalised word ("Menu", "Close", "Undo…");
// - in the screens, views and classroom only, anything with a letter in a place that is only ever
//   read by people: the value of a `text`, `label`, `title`, `hint`, `reason`, `summary`,
//   `caption`, `legend`, `aria-label` or `aria-valuetext` property, such an attribute (or
//   `title`, `alt`) set with setAttribute, an assignment to textContent, and the arguments of
//   say() and createTextNode(). (The model's say() writes a line's key and its reasons are codes.)
// Numbers, dates and plurals come through the catalogue's formatters: toLocaleString() anywhere,
// and toFixed() inside words for people, are flagged too.
// Left alone: comparisons and switch cases (they test, not show), object keys, `class` and `id`
// values, the arguments of DOM queries, event listeners, classList calls and attribute names,
// errors thrown for developers (new Error) and the command line's errors about its arguments and
// files (CliError), console output, and the short allow-list below (a key name, an id). A class list or
// selector is lower-case words joined by hyphens with no function word, so it passes.
// In the core, the diagnostics of a file a person hands the game (a save's or an event's
// problems: `path: what is wrong`, a schema's `must …`, or the `message` of a `{ path, message }`
// problem and a schema check's `error`) are the file format's, as the scenario files' own
// problems are, and are left alone too.
// Reference content written by the game's authors, like the scenario files, is not code's
// words: the glossary's entries and the theory's sources are named in CONTENT.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from '@swc/core';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/game', 'src/present/views', 'src/present/replays', 'src/present/words', 'src/classroom'];
/** The core and the command line: prose alone is flagged there. */
const CORE_ROOTS = ['src/lib', 'src/model', 'src/machine', 'src/replay', 'src/sim', 'src/cli'];
/** Reference entries: content, as a scenario file is, not the code's words. */
const CONTENT = new Set(['src/classroom/glossary.ts', 'src/classroom/theory-sources.ts']);
/** A key name the code sends, and the one id that happens to be capitalised (the Boulware concession style); never shown as words. */
const ALLOWED = new Set(['Escape', 'Boulware']);
/** A file's problem as the core reports it: `path: what is wrong`, or a schema's `must …`. */
const DIAGNOSTIC = /^(\(file\)|[\w$]+(\[\d+\]|\.[\w$]+)*): |^must /;
/** In the core, the keys of a file's problem as data: `{ path, message }`, and a schema check's `{ error }`. */
const DIAGNOSTIC_KEYS = new Set(['message', 'error']);

const FUNCTION_WORDS = new Set(
  'a an the of to in on at by for with from into about and or but not no nor is are was were be been being has have had do does did it its this that these those you your we our they their them he she his her there here what which who why how when where all any each every one some more most less than then as if so can could may might will would shall should must yet now only also again still just'.split(' '),
);
/** Where a literal is read by people whatever it looks like. */
const TEXT_KEYS = new Set(['text', 'label', 'title', 'hint', 'reason', 'summary', 'caption', 'legend', 'aria-label', 'aria-valuetext']);
const TEXT_CALLS = new Set(['say', 'createTextNode']);
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-valuetext', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder']);
/** Calls whose string arguments are code: selectors, attribute and event names, messages for developers. */
const CODE_CALLS = new Set([
  'querySelector', 'querySelectorAll', 'closest', 'matches', 'getAttribute', 'removeAttribute', 'hasAttribute', 'toggleAttribute',
  'addEventListener', 'removeEventListener', 'add', 'remove', 'toggle', 'contains', 'matchMedia', 'escape', 'uid', 'mark',
  'Error', 'RangeError', 'TypeError', 'CliError', 'log', 'warn', 'error', 'debug', 'info',
]);
const COMPARISONS = new Set(['===', '!==', '==', '!=']);
/** Properties whose strings are code: class lists and ids. */
const CODE_KEYS = new Set(['class', 'className', 'id']);

type Node = { type?: string; [key: string]: unknown };

interface Found {
  line: number;
  text: string;
}

/** Whether a literal's text reads as words for people (the first two rules above). */
function readsAsWords(text: string): boolean {
  const words = text.match(/[A-Za-z][A-Za-z’']*/g) ?? [];
  const capitalised = (w: string) => /^[A-Z][a-z’']+$/.test(w) && !ALLOWED.has(w);
  if (/^\s*[A-Z][a-z]+\s*[.…?!]?\s*$/.test(text)) return !ALLOWED.has(text.trim().replace(/[.…?!]$/, ''));
  if (words.filter((w) => w.length >= 2).length < 2 || !/[A-Za-z0-9’')][^\S\n]+[A-Za-z0-9(“‘]/.test(text)) return false;
  return words.some(capitalised) || words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) && w === w.toLowerCase()) || /[A-Za-z)”’][.?!:…]\s*$/.test(text);
}

const hasLetter = (text: string) => /[A-Za-z]/.test(text);

function calleeName(callee: Node): string | null {
  if (callee.type === 'Identifier') return callee.value as string;
  if (callee.type === 'MemberExpression') {
    const prop = callee.property as Node;
    return prop.type === 'Identifier' ? (prop.value as string) : null;
  }
  return null;
}

function keyName(key: Node): string | null {
  if (key.type === 'Identifier' || key.type === 'StringLiteral') return key.value as string;
  return null;
}

function literalText(node: Node): string | null {
  if (node.type === 'StringLiteral') return node.value as string;
  if (node.type === 'TemplateLiteral') return (node.quasis as Node[]).map((q) => (q.cooked as string | null) ?? '').join('0');
  return null;
}

/** The literals of one file that read as words for people, with their lines; `core`: prose alone, diagnostics left alone. */
function wordsInCode(source: string, core = false): Found[] {
  // swc's offsets run on from one parse to the next: a first statement marks where this file starts.
  const text = `0;\n${source}`;
  const module = parseSync(text, { syntax: 'typescript', target: 'es2022' }) as unknown as Node & { body: Node[] };
  const base = (module.body[0]!.span as { start: number }).start;
  const lineOf = (node: Node) => text.slice(0, (node.span as { start: number }).start - base).split('\n').length - 1;
  const found: Found[] = [];
  const flag = (node: Node, textContext: boolean) => {
    const text = literalText(node);
    if (text === null) return;
    if (core && DIAGNOSTIC.test(text)) return;
    if (textContext && !core ? hasLetter(text) : readsAsWords(text)) found.push({ line: lineOf(node), text });
  };

  const visit = (node: unknown, textContext = false): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, textContext);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    switch (n.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'TsInterfaceDeclaration':
      case 'TsTypeAliasDeclaration':
      case 'TsTypeAnnotation':
      case 'TsTypeParameterInstantiation':
      case 'TsLiteralType':
        return;
      case 'ExportNamedDeclaration':
        return visit(n.specifiers, false);
      case 'StringLiteral':
      case 'TemplateLiteral': {
        flag(n, textContext);
        // A number formatted by hand inside words shown to people is a locale's job (fmt()).
        const words = textContext || readsAsWords(literalText(n) ?? '');
        if (n.type === 'TemplateLiteral') visit(n.expressions, words);
        return;
      }
      case 'BinaryExpression':
        if (COMPARISONS.has(n.operator as string)) return visit([n.left, n.right].filter((x) => literalText(x as Node) === null), false);
        break;
      case 'SwitchCase':
        return visit(n.consequent, false);
      case 'KeyValueProperty': {
        const key = keyName(n.key as Node);
        if ((n.key as Node).type === 'Computed') visit(n.key, false);
        if (key !== null && CODE_KEYS.has(key)) return visit(literalText(n.value as Node) === null ? n.value : null, false);
        if (core && key !== null && DIAGNOSTIC_KEYS.has(key)) return visit(literalText(n.value as Node) === null ? n.value : null, false);
        return visit(n.value, key !== null && TEXT_KEYS.has(key));
      }
      case 'AssignmentExpression': {
        const left = n.left as Node;
        const target = left.type === 'MemberExpression' ? keyName(left.property as Node) : null;
        visit(n.left, false);
        return visit(n.right, target === 'textContent');
      }
      case 'NewExpression':
      case 'CallExpression': {
        const callee = n.callee as Node;
        if (callee.type === 'Import') return;
        const name = calleeName(callee);
        if (name === 'toLocaleString' || (name === 'toFixed' && textContext)) found.push({ line: lineOf(n), text: `${name}()` });
        visit(callee, false);
        const args = ((n.arguments as Node[] | undefined) ?? []).map((a) => a.expression as Node);
        if (name !== null && CODE_CALLS.has(name)) return visit(args.filter((a) => literalText(a) === null), false);
        if (name === 'import') return;
        if (name === 'setAttribute') {
          const attr = literalText(args[0] ?? {});
          return visit(args.slice(1), attr !== null && TEXT_ATTRIBUTES.has(attr));
        }
        return visit(args, name !== null && TEXT_CALLS.has(name));
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'span' && key !== 'type') visit(value, false);
  };
  visit(module.body);
  return found;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('every word a player reads is in the message catalogue', () => {
  it('the heuristic tells words for people from the code’s own strings', () => {
    for (const words of ['Back to the talks', 'Menu', 'Undo…', 'Nothing was said.', 'has no message yet', 'Rung 3 of 7:']) expect(readsAsWords(words), words).toBe(true);
    for (const code of ['panel screen-panel', 'tag red', 'button.action', 'application/json', 'Escape', 'open-editor', 'dialog [data-dialog-button="unlock"]', '0 0 100 10', 'rotate(-90 14 0)']) expect(readsAsWords(code), code).toBe(false);
    const sample = [
      "import { x } from './words.ts';",
      "type Mode = 'Full screen' | 'Play';",
      "if (mode === 'The talks') go();",
      "el('p', { class: 'muted small', text: 'open' });",
      "node.textContent = 'reported';",
      "throw new Error('no game in progress');",
      'const label = `Round ${n} of ${m}`;',
      'const note = `${x.toFixed(2)} of the gap`; const points = `${x.toFixed(1)},${y.toFixed(1)}`;',
      "node.setAttribute('aria-label', 'standing');",
      "document.querySelector('[data-action=\"walk back\"]');",
    ].join('\n');
    expect(wordsInCode(sample)).toEqual([
      { line: 4, text: 'open' },
      { line: 5, text: 'reported' },
      { line: 7, text: 'Round 0 of 0' },
      { line: 8, text: '0 of the gap' },
      { line: 8, text: 'toFixed()' },
      { line: 9, text: 'standing' },
    ]);
  });

  it('finds none in the screens, the views and the classroom', () => {
    const found: string[] = [];
    for (const file of ROOTS.flatMap(files)) {
      if (CONTENT.has(file.split('\\').join('/'))) continue;
      for (const f of wordsInCode(readFileSync(file, 'utf8'))) found.push(`${file}:${f.line}: ${JSON.stringify(f.text)}`);
    }
    expect(found).toEqual([]);
  });

  it('finds no prose in the core and the command line: they hand the words data', () => {
    const sample = [
      "say(state, ctx, side, 'refuse');",
      "const r = { reason: 'walkout', text: 'tiedHands' };",
      "problems.push(`branches[${i}].parent: no line ${p}`);",
      "z.string().regex(/x/, 'must be a 16-digit hex hash');",
      "problems.push({ path: ['branches', i], message: 'is past the end of its line' });",
      "throw new CliError(`${file}: not a valid save`);",
      "const actor = 'the passage of time';",
      'const summary = `This line stops in round ${n}.`;',
    ].join('\n');
    expect(wordsInCode(sample, true)).toEqual([
      { line: 7, text: 'the passage of time' },
      { line: 8, text: 'This line stops in round 0.' },
    ]);
    const found: string[] = [];
    for (const file of CORE_ROOTS.flatMap(files)) {
      for (const f of wordsInCode(readFileSync(file, 'utf8'), true)) found.push(`${file}:${f.line}: ${JSON.stringify(f.text)}`);
    }
    expect(found).toEqual([]);
  });
});
