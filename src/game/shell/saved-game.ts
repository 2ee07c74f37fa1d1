// Before the saved games moved to IndexedDB, the one game in progress was kept in localStorage
// (which the browser writes to disk lazily: a crash lost it). Such a game is moved into a slot of
// its own once, at start; the scenario files a teacher opened stay in localStorage, by hash.
import type { SaveSlots } from './save-slots.ts';
import type { SafeStorage } from './storage.ts';
import { STORAGE_PREFIX } from './storage.ts';

const LEGACY_SAVE = `${STORAGE_PREFIX}save`;
const LEGACY_META = `${STORAGE_PREFIX}save-meta`;
const LEGACY_LINE = `${STORAGE_PREFIX}save-line`;
/** Scenario files opened from disk are kept beside the saves, by content hash. */
export const SCENARIO_KEY_PREFIX = `${STORAGE_PREFIX}scenario:`;

/** Moves a game saved by an older version of the game into a slot (it becomes the game in progress). */
export async function adoptLegacySave(storage: SafeStorage, slots: SaveSlots, name: (title: string) => string): Promise<void> {
  const save = storage.get(LEGACY_SAVE);
  if (save === null || !slots.available) return;
  let meta: Record<string, unknown> = {};
  try {
    const value: unknown = JSON.parse(storage.get(LEGACY_META) ?? '{}');
    if (value && typeof value === 'object') meta = value as Record<string, unknown>;
  } catch {
    meta = {};
  }
  const title = typeof meta.title === 'string' ? meta.title : '';
  const ok = await slots.write({
    id: 'earlier-game',
    name: name(title),
    player: null,
    title,
    roundLabel: typeof meta.roundLabel === 'string' ? meta.roundLabel : '',
    actions: typeof meta.actions === 'number' ? meta.actions : 0,
    finished: meta.finished === true,
    updated: Date.now(),
    save,
    line: storage.get(LEGACY_LINE) ?? 'main',
  });
  // Removed only once the slot has committed: nothing is lost if the page closes in between.
  if (ok) for (const key of [LEGACY_SAVE, LEGACY_META, LEGACY_LINE]) storage.remove(key);
}
