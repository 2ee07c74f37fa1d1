// The numbers of a scenario, each by its path: listed, read and set on a copy. The tuning tool
// (`shuttle tune`) and the balance bench move one number at a time to see what it does.
import type { Scenario } from './schema.ts';

export type NumberPath = readonly (string | number)[];

export interface NumberLeaf {
  path: NumberPath;
  value: number;
}

/** A number set to a new value: what a variant of a scenario is made of (plain data, sent to workers). */
export interface NumberChange {
  path: NumberPath;
  value: number;
}

/** Every number in the scenario, depth first in the order of its fields. */
export function numberLeaves(scenario: Scenario): NumberLeaf[] {
  const out: NumberLeaf[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'number') out.push({ path, value });
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(scenario, []);
  return out;
}

type Node = Record<string | number, unknown>;

function parentOf(root: unknown, path: NumberPath): Node {
  let at = root;
  for (const part of path.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) break;
    at = (at as Node)[part];
  }
  if (typeof at !== 'object' || at === null || typeof (at as Node)[path.at(-1)!] !== 'number') throw new Error(`no number at ${path.join('.')}`);
  return at as Node;
}

export function numberAt(scenario: Scenario, path: NumberPath): number {
  return parentOf(scenario, path)[path.at(-1)!] as number;
}

/** Sets these numbers in place; returns the changes that undo it. */
export function setNumbers(scenario: Scenario, changes: readonly NumberChange[]): NumberChange[] {
  const undo: NumberChange[] = [];
  for (const { path, value } of changes) {
    const parent = parentOf(scenario, path);
    undo.unshift({ path, value: parent[path.at(-1)!] as number });
    parent[path.at(-1)!] = value;
  }
  return undo;
}

/** A copy of the scenario with these numbers set (the original is left as it is). */
export function withNumbers(scenario: Scenario, changes: readonly NumberChange[]): Scenario {
  const copy = structuredClone(scenario);
  setNumbers(copy, changes);
  return copy;
}

/** A copy with one number multiplied as it is, unchecked (`delegations.0.reservation.initial`). */
export function scaledScenario(scenario: Scenario, dotted: string, factor: number): Scenario {
  const path = dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return withNumbers(scenario, [{ path, value: numberAt(scenario, path) * factor }]);
}
