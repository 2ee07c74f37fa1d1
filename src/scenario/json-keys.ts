// JSON.parse keeps the last of two equal keys without a word, and cannot say where a key is. This
// scan of text JSON.parse has accepted finds duplicate and prototype keys with their offsets, in
// one pass (the YAML parser it replaces took a hundred times longer on a save).
import { FORBIDDEN_KEYS } from './limits.ts';

export interface KeyFinding {
  kind: 'duplicate' | 'forbidden';
  key: string;
  /** The key's own path. */
  path: (string | number)[];
  offset: number;
}

interface Frame {
  keys: Set<string> | null;
  /** Object: the key being read or last read; array: the index of the current item. */
  at: string | number;
  expectKey: boolean;
}

/** Findings in valid JSON text (call after JSON.parse succeeded). */
export function scanJsonKeys(text: string): KeyFinding[] {
  const found: KeyFinding[] = [];
  const stack: Frame[] = [];
  const path = () => stack.slice(0, -1).map((f) => f.at);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (FORBIDDEN_KEYS.has(key)) found.push({ kind: 'forbidden', key, path: [...path(), key], offset: i });
        else if (top.keys.has(key)) found.push({ kind: 'duplicate', key, path: [...path(), key], offset: i });
        top.keys.add(key);
        top.at = key;
        top.expectKey = false;
      }
      i = end;
    } else if (ch === '{' || ch === '[') {
      stack.push({ keys: ch === '{' ? new Set() : null, at: ch === '{' ? '' : 0, expectKey: ch === '{' });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return found;
}
