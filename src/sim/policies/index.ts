// The built-in AI mediators. `planner` plans by simulation and is the default.
import { broker, formulator, manipulator } from './brokers.ts';
import { passive } from './passive.ts';
import { planner } from './planner.ts';
import type { PolicyFactory } from './policy.ts';
import { random } from './random.ts';
import { REPEATED, repeat, script } from './scripts.ts';

export const POLICIES: readonly PolicyFactory[] = [passive, random, formulator, manipulator, broker, planner];
export const DEFAULT_POLICY = 'planner';

/**
 * The mediators quick enough to play thousands of continuations in the what-if explorer: all but
 * the planner, which plans every move by simulation (it can still be chosen on its own).
 */
export const QUICK_POLICIES: readonly PolicyFactory[] = POLICIES.filter((p) => p.name !== 'planner');

/**
 * The built-in mediators whose choices never read the game's record (the ledger, the transcript,
 * the notebook made from it) and that read the view's fields only (never spread it or list its
 * keys): the what-if explorer's continuations leave the record unwritten for them (Recording in
 * model/context.ts) and give them the simulator's faster view (machine/view.ts). Every game ends
 * the same way, sooner. Any other mediator (the planner, a script, a student's) gets it all.
 */
const RECORD_FREE: ReadonlySet<PolicyFactory> = new Set([passive, random, formulator, manipulator, broker]);

export function readsNoRecord(policy: PolicyFactory): boolean {
  return RECORD_FREE.has(policy);
}

/** The fixed scripts the balance is measured against (not offered as mediators). */
export const SCRIPTS: readonly PolicyFactory[] = [script, ...REPEATED.map(repeat)];

export function policyByName(name: string): PolicyFactory | undefined {
  return POLICIES.find((p) => p.name === name) ?? SCRIPTS.find((p) => p.name === name);
}
