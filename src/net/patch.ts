// Small updates of a view: what changed since the last one sent. The rules replace what they
// change and keep the rest (model/apply.ts), so an unchanged part is the same object and is
// skipped by identity, and a list that only grew (transcript, ledger, news) sends its new tail.

export interface Patch {
  /** Values set whole. */
  s?: Record<string, unknown>;
  /** Lists that grew: the items appended. */
  a?: Record<string, unknown[]>;
  /** Objects changed within. */
  o?: Record<string, Patch>;
  /** Keys removed. */
  d?: string[];
}

type Plain = Record<string, unknown>;

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function grewFrom(before: readonly unknown[], after: readonly unknown[]): boolean {
  if (after.length <= before.length) return false;
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) return false;
  return true;
}

/** The patch that turns `before` into `after` (null when nothing changed). */
export function patchOf(before: Plain, after: Plain): Patch | null {
  const p: Patch = {};
  let changed = false;
  for (const [k, next] of Object.entries(after)) {
    const prev = before[k];
    if (prev === next) continue;
    if (next === undefined) {
      if (k in before && prev !== undefined) (p.d ??= []).push(k), (changed = true);
      continue;
    }
    if (Array.isArray(prev) && Array.isArray(next) && grewFrom(prev, next)) {
      (p.a ??= {})[k] = next.slice(prev.length);
    } else if (isPlain(prev) && isPlain(next)) {
      const inner = patchOf(prev, next);
      if (!inner) continue;
      (p.o ??= {})[k] = inner;
    } else {
      (p.s ??= {})[k] = next;
    }
    changed = true;
  }
  for (const k of Object.keys(before)) {
    if (before[k] !== undefined && !(k in after)) (p.d ??= []).push(k), (changed = true);
  }
  return changed ? p : null;
}

/** A copy of `value` with the patch applied (the value itself is not changed). */
export function applyPatch<T extends Plain>(value: T, patch: Patch): T {
  const out: Plain = { ...value };
  for (const [k, v] of Object.entries(patch.s ?? {})) out[k] = v;
  for (const [k, tail] of Object.entries(patch.a ?? {})) {
    const list = out[k];
    if (!Array.isArray(list)) throw new Error(`patch: ${k} is not a list`);
    out[k] = [...list, ...tail];
  }
  for (const [k, inner] of Object.entries(patch.o ?? {})) {
    const obj = out[k];
    if (!isPlain(obj)) throw new Error(`patch: ${k} is not an object`);
    out[k] = applyPatch(obj, inner);
  }
  for (const k of patch.d ?? []) delete out[k];
  return out as T;
}
