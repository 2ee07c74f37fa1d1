// The autosave: after every move the whole save file (made by the core's createSave, the format
// `npx shuttle replay` reads) goes into the game's slot in IndexedDB, in a transaction of its own
// that is committed before the next write starts. The write starts with the move, not at an idle
// moment: a browser killed a moment after a move still has it when it starts again. The save
// carries the game's branch tree and its player's name; the line being played is kept beside it.
import { createSave, MAIN, type SaveFile } from '../../replay/index.ts';
import type { SaveSlots, SlotRecord } from '../shell/save-slots.ts';
import type { GameSession } from './session.ts';
import { gameWords, roundLabel } from '../../present/index.ts';

/** The whole save: every line, the one being played with the moves made so far. */
export function saveFileOf(session: GameSession): SaveFile {
  const { line, main, branches } = session.tree;
  const options = session.player ? { player: session.player } : {};
  // A branch keeps `at` events of its parent line: the live log past them are its own moves.
  const save =
    line === MAIN
      ? createSave(session.scenario, session.hash, session.settings, session.events, [...branches], options)
      : createSave(session.scenario, session.hash, session.settings, main, branches.map((b) => (b.id === line ? { ...b, events: session.events.slice(b.at) } : b)), options);
  // Hints only when asked (the field is optional), and only for lines the save still has.
  const hints = session.hints.filter((h) => h.line === MAIN || save.branches.some((b) => b.id === h.line));
  return hints.length ? { ...save, hints } : save;}

/** The slot a game is saved in: its id and name. */
export interface Slot {
  id: string;
  name: string;
}

export function slotRecordOf(slot: Slot, session: GameSession): SlotRecord {
  const state = session.view.state;
  return {
    id: slot.id,
    name: slot.name,
    player: session.player,
    title: session.scenario.title,
    roundLabel: state.outcome ? gameWords().play.resume.finished : roundLabel(session.c, state.round),
    actions: session.events.length,
    finished: state.outcome !== null,
    updated: Date.now(),
    save: JSON.stringify(saveFileOf(session)),
    line: session.tree.line,
  };
}

export interface Autosaver {
  /** Writes the game as it stands now, or as soon as the write before it has committed. */
  schedule(): void;
  /** Resolves when every write asked for has committed (or failed). */
  settled(): Promise<void>;
  /** How many moves of the line in play the last committed write holds (null: none yet). */
  readonly committed: number | null;
  stop(): void;
}

export function createAutosaver(slots: SaveSlots, slot: Slot, session: GameSession): Autosaver {
  let inFlight: Promise<void> | null = null;
  let pending = false;
  let stopped = false;
  let committed: number | null = null;
  const start = () => {
    const record = slotRecordOf(slot, session);
    const moves = session.events.length;
    inFlight = slots.write(record).then((ok) => {
      if (ok) committed = moves;
      inFlight = null;
      // Moves made while this one was being written: one write holds them all.
      if (pending) {
        pending = false;
        start();
      }
    });
  };
  return {
    schedule() {
      if (stopped) return;
      if (inFlight) pending = true;
      else start();
    },
    async settled() {
      while (inFlight) await inFlight;
    },
    get committed() {
      return committed;
    },
    stop() {
      stopped = true;
    },
  };
}
