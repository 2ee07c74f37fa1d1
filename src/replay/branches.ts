// Branches: alternative lines kept beside the main line in a save, as a tree (like a chess
// game's variations). A branch keeps `at` events of its parent line and adds its own.
// The tree is what the replay viewer edits (add, rename, delete, undo): each edit is an Immer
// update of the save, which returns a new save and leaves the one it was given as it was.
import { produce } from 'immer';
import type { GameEvent } from '../machine/index.ts';
import { visible } from '../lib/index.ts';
import type { Problem } from '../scenario/index.ts';
import type { Branch, SaveFile } from './save-schema.ts';

export const MAIN = 'main';

export interface LineNode {
  id: string;
  name: string;
  parent: string | null;
  at: number;
  length: number;
  children: LineNode[];
}

function branchById(save: SaveFile, id: string): Branch | undefined {
  return save.branches.find((b) => b.id === id);
}

/** Every event of a line, from the start of the game. */
export function lineEvents(save: SaveFile, id: string): GameEvent[] {
  if (id === MAIN) return [...save.events];
  const seen = new Set<string>();
  const walk = (lineId: string): GameEvent[] => {
    if (lineId === MAIN) return [...save.events];
    if (seen.has(lineId)) throw new Error(`branch "${lineId}" is its own ancestor`);
    seen.add(lineId);
    const b = branchById(save, lineId);
    if (!b) throw new Error(`no branch "${lineId}"`);
    return [...walk(b.parent).slice(0, b.at), ...b.events];
  };
  return walk(id);
}

/** Events a save may hold in all, its main line and every branch's own: beyond, reading it would take seconds. */
export const MAX_SAVED_EVENTS = 20_000;

/** Problems with the tree: unknown parents, cycles, branch points past the parent's end, too many events in all. */
export function treeProblems(save: SaveFile): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>([MAIN]);
  save.branches.forEach((b, i) => {
    if (b.id === MAIN || ids.has(b.id)) problems.push({ path: ['branches', i, 'id'], message: `"${b.id}" is used twice` });
    ids.add(b.id);
  });
  save.branches.forEach((b, i) => {
    if (!ids.has(b.parent)) {
      problems.push({ path: ['branches', i, 'parent'], message: `no line "${visible(b.parent)}"` });
      return;
    }
    try {
      const parentLength = lineEvents(save, b.parent).length;
      if (b.at > parentLength) problems.push({ path: ['branches', i, 'at'], message: `${b.at} is past the end of "${b.parent}" (${parentLength} events)` });
    } catch (err) {
      problems.push({ path: ['branches', i, 'parent'], message: visible((err as Error).message) });
    }
  });
  let saved = save.events.length;
  for (let i = 0; i < save.branches.length; i++) {
    saved += save.branches[i]!.events.length;
    if (saved > MAX_SAVED_EVENTS) {
      problems.push({ path: ['branches', i, 'events'], message: `makes the save hold more than ${MAX_SAVED_EVENTS} events in all` });
      break;
    }
  }
  return problems;
}

function nextId(save: SaveFile): string {
  let n = save.branches.length + 1;
  while (save.branches.some((b) => b.id === `b${n}`)) n++;
  return `b${n}`;
}

/**
 * A new branch from `at` events of `parent`; the save is not changed (a new one is returned).
 * `name` is its name, or names it by its number (the words are the present layer's); without
 * one, a branch is named by its id.
 */
export function addBranch(save: SaveFile, parent: string, at: number, events: readonly GameEvent[], name?: string | ((n: number) => string)): { save: SaveFile; id: string } {
  const length = lineEvents(save, parent).length;
  if (at < 0 || at > length) throw new Error(`cannot branch at ${at}: "${parent}" has ${length} events`);
  const id = nextId(save);
  const given = typeof name === 'function' ? name(Number(id.slice(1))) : name;
  const branch: Branch = { id, name: given?.trim() || id, parent, at, events: [...events] };
  const next = produce(save, (draft) => {
    draft.branches.push(branch);
  });
  return { save: next, id };
}

export function renameBranch(save: SaveFile, id: string, name: string): SaveFile {
  const clean = name.trim().slice(0, 80);
  if (!clean) throw new Error('a branch needs a name');
  if (!branchById(save, id)) throw new Error(`no branch "${id}"`);
  return produce(save, (draft) => {
    draft.branches.find((b) => b.id === id)!.name = clean;
  });
}

/** Appends events to a branch (playing on in it). */
export function extendBranch(save: SaveFile, id: string, events: readonly GameEvent[]): SaveFile {
  if (!branchById(save, id)) throw new Error(`no branch "${id}"`);
  return produce(save, (draft) => {
    draft.branches.find((b) => b.id === id)!.events.push(...events);
  });
}

/** Deletes a branch and everything branched from it; returns what was removed so it can be undone. */
export function deleteBranch(save: SaveFile, id: string): { save: SaveFile; removed: Branch[] } {
  if (!branchById(save, id)) throw new Error(`no branch "${id}"`);
  const doomed = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const b of save.branches) {
      if (!doomed.has(b.id) && doomed.has(b.parent)) {
        doomed.add(b.id);
        grew = true;
      }
    }
  }
  const next = produce(save, (draft) => {
    draft.branches = draft.branches.filter((b) => !doomed.has(b.id));
  });
  return { save: next, removed: save.branches.filter((b) => doomed.has(b.id)) };
}

/** Undo of deleteBranch: the removed branches come back in their order. */
export function restoreBranches(save: SaveFile, removed: readonly Branch[]): SaveFile {
  const present = new Set(save.branches.map((b) => b.id));
  return produce(save, (draft) => {
    draft.branches.push(...removed.filter((b) => !present.has(b.id)));
  });
}

/** The tree of lines; the main line is called `mainName` (the catalogue's words). */
export function branchTree(save: SaveFile, mainName: string): LineNode {
  const node = (id: string, name: string, parent: string | null, at: number): LineNode => ({
    id,
    name,
    parent,
    at,
    length: lineEvents(save, id).length,
    children: save.branches.filter((b) => b.parent === id).map((b) => node(b.id, b.name, b.parent, b.at)),
  });
  return node(MAIN, mainName, null, 0);
}
