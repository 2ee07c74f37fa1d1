// Where each field of a JSON text starts, found in one pass over the text (no second parse):
// a key's place is its name, an item's place is its first character. Used only when a problem
// needs a line and column, so a good file never pays for it.
import type { Locate } from './locate.ts';
import { positionsOf } from './position.ts';

interface Frame {
  isObject: boolean;
  /** The key being read (object) or the index of the item (array). */
  at: string | number;
  expectKey: boolean;
}

/** The offset of every path in valid JSON text, by the path as JSON. */
export function jsonPlaces(text: string): Map<string, number> {
  const places = new Map<string, number>([['[]', 0]]);
  const stack: Frame[] = [];
  const path = () => stack.map((f) => f.at);
  /** An array's item starts here (a value that is not a key). */
  const itemStarts = (offset: number) => {
    const top = stack[stack.length - 1];
    if (top && !top.isObject && !places.has(JSON.stringify(path()))) places.set(JSON.stringify(path()), offset);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === ':') continue;
    if (ch === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.isObject && top.expectKey) {
        top.at = JSON.parse(text.slice(i, end + 1)) as string;
        top.expectKey = false;
        places.set(JSON.stringify(path()), i);
      } else itemStarts(i);
      i = end;
    } else if (ch === '{' || ch === '[') {
      itemStarts(i);
      stack.push({ isObject: ch === '{', at: ch === '{' ? '' : 0, expectKey: ch === '{' });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.isObject) top.expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    } else itemStarts(i);
  }
  return places;
}

/** A locator for JSON text: the deepest part of the path that is in the file. */
export function jsonLocator(text: string): Locate {
  let places: Map<string, number> | null = null;
  const positions = positionsOf(text);
  return (path) => {
    places ??= jsonPlaces(text);
    for (let n = path.length; n >= 0; n--) {
      const offset = places.get(JSON.stringify(path.slice(0, n)));
      if (offset !== undefined) return positions(offset);
    }
    return null;
  };
}
