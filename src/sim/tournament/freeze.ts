// A policy gets the game's own data in its view (copying it every move would cost more than the
// move). Frozen, a policy that writes to it fails loudly (a TypeError, counted as malformed)
// instead of changing the game behind the machine's back. Objects already frozen are skipped,
// so each move freezes only what is new since the last one. Plain data only: no getters are
// read on the way, and typed arrays (which cannot be frozen) are left as they are.
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item as unknown);
  } else {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
