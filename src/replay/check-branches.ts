// Every branch of a save must be moves the game allows where its line stands. A branch keeps `at`
// events of its parent line, which the parent's own check has already replayed: so each branch
// is replayed from a snapshot of its parent at `at`, its own events only, parents before their
// children. Each event of the tree is replayed once, and a branch with no moves of its own costs
// nothing (two hundred branches of a long game would otherwise be a million events).
import { persist, resumeGame, sendEvent, startGame, type PersistedGame } from '../machine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { MAIN } from './branches.ts';
import type { SaveProblem } from './save-problem.ts';
import { settingsOf, type Branch, type SaveFile } from './save-schema.ts';

/** Parents before children; branches whose parent is unknown or in a cycle are left out (the reader refuses those first). */
function parentsFirst(branches: readonly Branch[]): { branch: Branch; index: number }[] {
  const order: { branch: Branch; index: number }[] = [];
  const placed = new Set<string>([MAIN]);
  let grew = true;
  while (grew) {
    grew = false;
    branches.forEach((branch, index) => {
      if (!placed.has(branch.id) && placed.has(branch.parent)) {
        placed.add(branch.id);
        order.push({ branch, index });
        grew = true;
      }
    });
  }
  return order;
}

export function checkBranches(save: SaveFile, scenario: Scenario): SaveProblem | null {
  const byId = new Map(save.branches.map((b) => [b.id, b]));
  const lineStart = (id: string) => (id === MAIN ? 0 : (byId.get(id)?.at ?? 0));
  // The steps at which each line's snapshot is wanted: a branch point inside a branch's kept
  // prefix is its parent's state at that step, so the want is passed up the tree.
  const wanted = new Map<string, Set<number>>();
  const want = (line: string, step: number) => {
    let at = line;
    while (at !== MAIN && step <= lineStart(at)) at = byId.get(at)?.parent ?? MAIN;
    (wanted.get(at) ?? wanted.set(at, new Set()).get(at)!).add(step);
  };
  for (const b of save.branches) if (b.events.length) want(b.parent, b.at);
  const snapshots = new Map<string, PersistedGame>();
  const key = (line: string, step: number) => `${line}@${step}`;
  const snapshotOf = (line: string, step: number): PersistedGame | undefined => {
    let at = line;
    while (at !== MAIN && step <= lineStart(at)) at = byId.get(at)?.parent ?? MAIN;
    return snapshots.get(key(at, step));
  };

  // The main line (its own check has refused any move it does not allow).
  const mainWants = wanted.get(MAIN);
  if (mainWants?.size) {
    const actor = startGame(scenario, settingsOf(save));
    if (mainWants.has(0)) snapshots.set(key(MAIN, 0), persist(actor));
    for (let i = 0; i < save.events.length && sendEvent(actor, save.events[i]!); i++) if (mainWants.has(i + 1)) snapshots.set(key(MAIN, i + 1), persist(actor));
    actor.stop();
  }

  for (const { branch: b, index } of parentsFirst(save.branches)) {
    if (!b.events.length) continue;
    const start = snapshotOf(b.parent, b.at);
    if (!start) continue;
    const actor = resumeGame(scenario, start);
    const wants = wanted.get(b.id);
    try {
      for (let j = 0; j < b.events.length; j++) {
        if (!sendEvent(actor, b.events[j]!)) {
          const event = b.at + j + 1;
          return { kind: 'refused', path: ['branches', index, 'events', j], event, type: b.events[j]!.type, round: actor.getSnapshot().context.round + 1, line: b.name };
        }
        if (wants?.has(b.at + j + 1)) snapshots.set(key(b.id, b.at + j + 1), persist(actor));
      }
    } finally {
      actor.stop();
    }
  }
  return null;
}
