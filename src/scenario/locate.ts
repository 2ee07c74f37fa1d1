// From a field's path to its line and column in the file: the parsed document keeps where each
// node starts. A missing field is placed at the mapping that lacks it; a key found twice, at the key.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Position } from './path.ts';

export type Locate = (path: readonly PropertyKey[]) => Position | null;

const keyText = (key: unknown) => (isScalar(key) ? String(key.value) : String(key));

/** The node a path reaches, or the deepest one on the way; `key` is the key node of the last step found. */
function reach(doc: Document, path: readonly PropertyKey[]): { node: unknown; key: Node | null } {
  let node: unknown = doc.contents;
  let key: Node | null = null;
  for (const part of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === String(part));
      if (!pair) break;
      key = isScalar(pair.key) ? pair.key : null;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number' && part < node.items.length) {
      key = null;
      node = node.items[part];
    } else break;
  }
  return { node, key };
}

export function locator(doc: Document, counter: LineCounter): Locate {
  return (path) => {
    const { node, key } = reach(doc, path);
    const start = (key?.range ?? (node as Node | null)?.range)?.[0];
    if (start === undefined) return null;
    const { line, col } = counter.linePos(start);
    return line > 0 ? { line, column: col } : { line: 1, column: start + 1 };
  };
}
