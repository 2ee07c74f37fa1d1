// Where the game in progress is kept: the save file (the event log, never the snapshot) and a
// short summary the title screen can show without loading the game code.
import type { SafeStorage } from './storage.ts';
import { STORAGE_PREFIX } from './storage.ts';

export const SAVE_KEY = `${STORAGE_PREFIX}save`;
export const SAVE_META_KEY = `${STORAGE_PREFIX}save-meta`;
/** Scenario files opened from disk are kept beside the save, by content hash. */
export const SCENARIO_KEY_PREFIX = `${STORAGE_PREFIX}scenario:`;

export interface SaveMeta {
  title: string;
  roundLabel: string;
  actions: number;
  finished: boolean;
}

export function readSaveMeta(storage: SafeStorage): SaveMeta | null {
  const text = storage.get(SAVE_META_KEY);
  if (!text || storage.get(SAVE_KEY) === null) return null;
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object') return null;
    const r = v as Record<string, unknown>;
    if (typeof r.title !== 'string' || typeof r.roundLabel !== 'string' || typeof r.actions !== 'number' || typeof r.finished !== 'boolean') return null;
    return { title: r.title, roundLabel: r.roundLabel, actions: r.actions, finished: r.finished };
  } catch {
    return null;
  }
}

export function writeSaveMeta(storage: SafeStorage, meta: SaveMeta): boolean {
  return storage.set(SAVE_META_KEY, JSON.stringify(meta));
}
