// After every action the event log is written to localStorage as a standard save file (the same
// format `npx shuttle replay` reads), with a short summary for the title screen. Writing waits
// until the screen has been updated, and is flushed when the page is hidden.
import { SAVE_FORMAT, SAVE_VERSION, type SaveFile } from '../../replay/save.ts';
import { stateHash } from '../../replay/replay.ts';
import { SAVE_KEY, writeSaveMeta } from '../shell/saved-game.ts';
import type { SafeStorage } from '../shell/storage.ts';
import type { GameSession } from './session.ts';
import { roundLabel } from '../view/names.ts';

export function saveFileOf(session: GameSession): SaveFile {
  const { seed, ...settings } = session.settings;
  const state = session.state;
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenario: { id: session.scenario.id, hash: session.hash },
    settings,
    seed,
    events: [...session.events],
    checkpoints: [...session.checkpoints],
    finalStateHash: stateHash(state),
    outcome: state.outcome?.id ?? null,
    branches: [],
  };
}

export function writeSave(storage: SafeStorage, session: GameSession): boolean {
  const state = session.state;
  const ok = storage.set(SAVE_KEY, JSON.stringify(saveFileOf(session)));
  if (!ok) return false;
  return writeSaveMeta(storage, {
    title: session.scenario.title,
    roundLabel: state.outcome ? 'finished' : roundLabel(session.c, state.round),
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
  const flush = () => {
    if (timer === null) return;
    win.clearTimeout(timer);
    timer = null;
    writeSave(storage, session);
  };
  const onHide = () => flush();
  win.addEventListener('pagehide', onHide);
  win.addEventListener('beforeunload', onHide);
  return {
    schedule() {
      if (timer === null) timer = win.setTimeout(() => {
        timer = null;
        writeSave(storage, session);
      }, 0);
    },
    flush,
    stop() {
      flush();
      win.removeEventListener('pagehide', onHide);
      win.removeEventListener('beforeunload', onHide);
    },
  };
}
