// Offsets in a text as lines and columns (1-based, columns in characters), found by binary search
// over the line starts, which are counted once and only when a problem needs a place.
import type { Position } from './path.ts';

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function positionIn(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** A position finder for one text: the line starts are counted on first use. */
export function positionsOf(text: string): (offset: number) => Position {
  let starts: number[] | null = null;
  return (offset) => positionIn((starts ??= lineStarts(text)), Math.max(0, Math.min(offset, text.length)));
}
