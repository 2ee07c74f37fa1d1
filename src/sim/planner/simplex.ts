// The weightings of the planner's hull search with more than two sides: every way to share a
// whole in equal parts among the sides. Counted in whole parts and divided once, so a corner (all
// the weight on one side) is a weighting like any other, not 0 ÷ 0.

/** Every way to share `steps` equal parts among `n` sides, as weights summing to 1 (the first side's share rising slowest). */
export function simplexGrid(n: number, steps: number): number[][] {
  const out: number[][] = [];
  const parts: number[] = [];
  const walk = (left: number): void => {
    if (parts.length === n - 1) {
      out.push([...parts, left].map((k) => k / steps));
      return;
    }
    for (let k = 0; k <= left; k++) {
      parts.push(k);
      walk(left - k);
      parts.pop();
    }
  };
  if (n >= 1 && steps >= 1) walk(steps);
  return out;
}
