// After every action the event log is written to localStorage as a standard save file (made by
// the core's createSave, the format `npx shuttle replay` reads), with a short summary for the
// title screen. Writing waits until the screen has been updated (an idle moment), and is flushed
// when the page is hidden. The save carries the game's branch tree; the line being played is
// kept beside it, so a reload continues the same line.
import { createSave, MAIN, type SaveFile } from '../../replay/index.ts';
import { SAVE_KEY, writeSaveMeta } from '../shell/saved-game.ts';
import { STORAGE_PREFIX, type SafeStorage } from '../shell/storage.ts';
import type { GameSession } from './session.ts';
import { gameWords, roundLabel } from '../../present/index.ts';

/** The line of the save the game in progress plays ('main' or a branch id). */
export const SAVE_LINE_KEY = `${STORAGE_PREFIX}save-line`;

/** The whole save: every line, the one being played with the moves made so far. */
export function saveFileOf(session: GameSession): SaveFile {
  const { line, main, branches } = session.tree;
  // A branch keeps `at` events of its parent line: the live log past them are its own moves.
  const save =
    line === MAIN
      ? createSave(session.scenario, session.hash, session.settings, session.events, [...branches])
      : createSave(session.scenario, session.hash, session.settings, main, branches.map((b) => (b.id === line ? { ...b, events: session.events.slice(b.at) } : b)));
  // Hints only when asked (the field is optional), and only for lines the save still has.
  const hints = session.hints.filter((h) => h.line === MAIN || save.branches.some((b) => b.id === h.line));
  return hints.length ? { ...save, hints } : save;
}

export function readSaveLine(storage: SafeStorage): string {
  return storage.get(SAVE_LINE_KEY) ?? MAIN;
}

export function writeSave(storage: SafeStorage, session: GameSession): boolean {
  const state = session.view.state;
  const ok = storage.set(SAVE_KEY, JSON.stringify(saveFileOf(session)));
  if (!ok) return false;
  storage.set(SAVE_LINE_KEY, session.tree.line);
  return writeSaveMeta(storage, {
    title: session.scenario.title,
    roundLabel: state.outcome ? gameWords().play.resume.finished : roundLabel(session.c, state.round),
    actions: session.events.length,
    finished: state.outcome !== null,
  });
}

export interface Autosaver {
  /** Writes soon (after the screen updates). */
  schedule(): void;
  /** Writes now if a write is pending. */
  flush(): void;
  stop(): void;
}

export function createAutosaver(storage: SafeStorage, session: GameSession, win: Window): Autosaver {
  let timer: number | null = null;
  const idle = typeof win.requestIdleCallback === 'function';
  const cancel = (t: number) => (idle ? win.cancelIdleCallback(t) : win.clearTimeout(t));
  const flush = () => {
    if (timer === null) return;
    cancel(timer);
    timer = null;
    writeSave(storage, session);
  };
  const onHide = () => flush();
  win.addEventListener('pagehide', onHide);
  win.addEventListener('beforeunload', onHide);
  return {
    schedule() {
      if (timer !== null) return;
      const write = () => {
        timer = null;
        writeSave(storage, session);
      };
      timer = idle ? win.requestIdleCallback(write, { timeout: 500 }) : win.setTimeout(write, 0);
    },
    flush,
    stop() {
      flush();
      win.removeEventListener('pagehide', onHide);
      win.removeEventListener('beforeunload', onHide);
    },
  };
}
