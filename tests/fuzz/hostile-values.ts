// What a hostile file puts where a field should be: wrong types, control characters (NUL, ESC,
// BEL, a terminal's clear-screen and retitle codes), empty and blank text, markup, deep nesting,
// huge text, prototype keys. Shared by the scenario and save mutators.
import type { Rng } from './random.ts';

export const CONTROL_TEXTS = ['\u0000', '\u001b[2J\u001b[H', '\u0007', '\u001b]0;pwned\u0007', 'OK\rOK: valid scenario', '\u009b31m', 'a\u0000b', 'line\nbreak', '\u202eevil'];
const TEXTS = ['', ' ', '   \t ', '<img src=x onerror=alert(1)>', 'x'.repeat(5000), '😀'.repeat(50), 'Ünïcödé', '\ud800', '0', 'true', 'null'];
export const BAD_KEYS = ['__proto__', 'constructor', 'prototype', 'bogus', 'x\u001b[2Jy', 'k\u0000', '', ' ', 'Name'];

export function deepValue(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { d: v };
  return v;
}

/** A value to put where another was. */
export function hostileValue(rng: Rng): unknown {
  switch (rng.int(9)) {
    case 0:
      return rng.pick([true, false, null]);
    case 1:
      return rng.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 41, 1001]);
    case 2:
      return rng.pick(CONTROL_TEXTS);
    case 3:
      return rng.pick(TEXTS);
    case 4:
      return rng.pick([[], {}, [1, 2, 3], { a: 1 }]);
    case 5:
      return deepValue(rng.pick([5, 39, 41, 60]));
    case 6:
      return `${rng.pick(CONTROL_TEXTS)}${rng.pick(['Name', 'Tehran', 'id'])}`;
    case 7:
      return Array.from({ length: rng.pick([0, 1, 50]) }, () => rng.pick(TEXTS));
    default:
      return rng.pick(['greet', 'WALK', 'framework', 'main', 'mini', 'b1']);
  }
}

/** Every path to a value in a plain JSON tree. */
export function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (path.length) out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

/** Sets (or, with `remove`, deletes) the value at a path of a JSON tree, in place. */
export function setAt(root: unknown, path: readonly (string | number)[], value: unknown, remove = false): void {
  let node = root as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
}

/** Adds a key to an object found at a random path (the root when none). */
export function addKey(root: unknown, rng: Rng, key: string, value: unknown): void {
  const objects = [[] as (string | number)[], ...pathsOf(root)].filter((p) => {
    let v: unknown = root;
    for (const part of p) v = (v as Record<string | number, unknown>)[part];
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  const path = rng.pick(objects);
  let node = root as Record<string, unknown>;
  for (const part of path) node = node[part] as Record<string, unknown>;
  Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
}
