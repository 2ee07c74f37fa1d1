// A package is one option per issue, written as a string with one character per issue:
// '0'..'9' for the option index, '-' for an item left open, '?' for a position not yet heard.
// Strings are values, not objects: an event's new state can share them with the old one and
// replace them whole, which keeps an event's update cheap (see model/apply.ts).

export type Package = string;

export const OPEN = '-';
export const UNKNOWN = '?';
const ZERO = 48;

/** The option at an issue, or null when open or unknown. */
export function itemAt(p: Package, issue: number): number | null {
  const code = p.charCodeAt(issue);
  return code >= ZERO && code <= ZERO + 9 ? code - ZERO : null;
}

/** The option at an issue of a package known to be full. */
export function optionAt(p: Package, issue: number): number {
  return p.charCodeAt(issue) - ZERO;
}

export function withItem(p: Package, issue: number, option: number | null, empty = OPEN): Package {
  const ch = option === null ? empty : String.fromCharCode(ZERO + option);
  return p.slice(0, issue) + ch + p.slice(issue + 1);
}

export function packageOf(items: readonly (number | null)[], empty = OPEN): Package {
  let p = '';
  for (const o of items) p += o === null || o === undefined ? empty : String.fromCharCode(ZERO + o);
  return p;
}

export function itemsOf(p: Package): (number | null)[] {
  const out: (number | null)[] = [];
  for (let i = 0; i < p.length; i++) out.push(itemAt(p, i));
  return out;
}

export function blank(length: number, empty = OPEN): Package {
  return empty.repeat(length);
}

/** Per-issue priority cues heard by the mediator: 'h', 'm', 'l', or '?'. */
export type PriorityCode = 'h' | 'm' | 'l' | '?';

/** A heard red line, stored as one number: issue * 16 + option. */
export function redLineCode(issue: number, option: number): number {
  return issue * 16 + option;
}
