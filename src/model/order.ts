// Sorting the short lists the rules sort on every event (a side's issues by weight, its worst
// items): an insertion sort in place. Array.prototype.sort allocates a work array on every call,
// which for lists of a few issues costs more than the sort. Stable, like the built-in sort, so
// the order is the same for any comparator.

export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

/** The indices 0..n-1 from the largest weight to the smallest (ties: the lower index first). */
export function byWeightDescending(weights: readonly number[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < weights.length; i++) order.push(i);
  return sortSmall(order, (a, b) => weights[b]! - weights[a]! || a - b);
}
