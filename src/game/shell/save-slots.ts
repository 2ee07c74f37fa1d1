// The saved games: several named slots in IndexedDB, one per game, so a new game never replaces
// the last one. Each write of a slot is one committed transaction (the autosave makes one per
// move), so a crash loses no move the game had shown. A save that cannot be read is never
// dropped without a word: it is moved aside, kept for download, and the player is told.
import { databaseMayExist, inTransaction, openDatabase, requestValue, STORES } from './idb.ts';
import type { StorageProblem } from './storage.ts';

/** What the title screen lists of a saved game, without loading it. */
export interface SlotMeta {
  id: string;
  /** The slot's name: the player's or team's name, or the scenario's title, or what the player chose. */
  name: string;
  player: string | null;
  title: string;
  roundLabel: string;
  actions: number;
  finished: boolean;
  /** When it was last written (ms since 1970): the newest first. */
  updated: number;
}

export interface SlotRecord extends SlotMeta {
  /** The save file's text (the format `npx shuttle replay` reads). */
  save: string;
  /** The line of the save being played ('main' or a branch id). */
  line: string;
}

/** A save that could not be read, kept for the player to download. */
export interface AsideRecord {
  id: string;
  name: string;
  reason: string;
  save: string;
  kept: number;
}

export interface SaveSlots {
  /** Whether saves can be kept at all (false: IndexedDB is missing or refused). */
  readonly available: boolean;
  list(): Promise<SlotMeta[]>;
  read(id: string): Promise<SlotRecord | null>;
  /** Writes a slot and marks it the game in progress; resolves once committed (false: not saved). */
  write(record: SlotRecord): Promise<boolean>;
  rename(id: string, name: string): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  /** Moves a slot aside (kept, no longer listed) in one transaction. */
  keepAside(record: SlotRecord, reason: string): Promise<boolean>;
  aside(): Promise<AsideRecord[]>;
  forget(asideId: string): Promise<boolean>;
  /** The slot the player was in when the page last closed, if any. */
  current(): Promise<string | null>;
  setCurrent(id: string | null): Promise<boolean>;
}

const CURRENT = 'current';

function isQuota(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'UnknownError');
}

/** A record read back from the database is checked field by field: another tab, an old version or a bad disk may have written it. */
export function slotOf(value: unknown): SlotRecord | null {
  if (!value || typeof value !== 'object') return null;
  const r = value as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const id = str(r.id);
  const save = str(r.save);
  if (id === null || save === null) return null;
  return {
    id,
    save,
    name: str(r.name) ?? id,
    player: str(r.player),
    title: str(r.title) ?? '',
    roundLabel: str(r.roundLabel) ?? '',
    actions: typeof r.actions === 'number' ? r.actions : 0,
    finished: r.finished === true,
    updated: typeof r.updated === 'number' ? r.updated : 0,
    line: str(r.line) ?? 'main',
  };
}

const metaOf = ({ save: _save, line: _line, ...meta }: SlotRecord): SlotMeta => meta;

export function createSaveSlots(factory: IDBFactory | null, onProblem: (problem: StorageProblem) => void): SaveSlots {
  let opened: Promise<IDBDatabase | null> | null = null;
  let available = factory !== null;
  const db = () =>
    (opened ??= (factory ? openDatabase(factory) : Promise.reject(new Error('no IndexedDB'))).catch(() => {
      available = false;
      onProblem('unavailable');
      return null;
    }));
  /** Runs a write; a failure is reported (full or unavailable) and answered with false. */
  const write = async (stores: (keyof typeof STORES)[], work: (tx: IDBTransaction) => void): Promise<boolean> => {
    const d = await db();
    if (!d) return false;
    try {
      await inTransaction(d, stores.map((s) => STORES[s]), 'readwrite', work);
      return true;
    } catch (error) {
      onProblem(isQuota(error) ? 'full' : 'unavailable');
      return false;
    }
  };
  const read = async <T>(store: keyof typeof STORES, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T | null> => {
    const d = await db();
    if (!d) return null;
    try {
      return await inTransaction(d, [STORES[store]], 'readonly', (tx) => requestValue(work(tx.objectStore(STORES[store]))));
    } catch {
      return null;
    }
  };
  return {
    get available() {
      return available;
    },
    async list() {
      const all = ((await read('slots', (s) => s.getAll())) ?? []) as unknown[];
      return all
        .map(slotOf)
        .filter((r): r is SlotRecord => r !== null)
        .map(metaOf)
        .sort((a, b) => b.updated - a.updated);
    },
    async read(id) {
      return slotOf(await read('slots', (s) => s.get(id)));
    },
    write: (record) =>
      write(['slots', 'meta'], (tx) => {
        tx.objectStore(STORES.slots).put(record, record.id);
        tx.objectStore(STORES.meta).put(record.id, CURRENT);
      }),
    async rename(id, name) {
      const record = slotOf(await read('slots', (s) => s.get(id)));
      if (!record) return false;
      return write(['slots'], (tx) => void tx.objectStore(STORES.slots).put({ ...record, name }, id));
    },
    remove: (id) =>
      write(['slots'], (tx) => {
        tx.objectStore(STORES.slots).delete(id);
      }),
    keepAside: (record, reason) =>
      write(['slots', 'aside', 'meta'], (tx) => {
        const kept: AsideRecord = { id: `${record.id}-${Date.now()}`, name: record.name, reason, save: record.save, kept: Date.now() };
        tx.objectStore(STORES.aside).put(kept, kept.id);
        tx.objectStore(STORES.slots).delete(record.id);
      }),
    async aside() {
      const all = ((await read('aside', (s) => s.getAll())) ?? []) as AsideRecord[];
      return all.filter((a) => a && typeof a.id === 'string' && typeof a.save === 'string').sort((a, b) => b.kept - a.kept);
    },
    forget: (asideId) =>
      write(['aside'], (tx) => {
        tx.objectStore(STORES.aside).delete(asideId);
      }),
    async current() {
      // Asked before the first screen: a browser with no database of the game's has no game to resume.
      if (!opened && factory && !(await databaseMayExist(factory))) return null;
      const value = await read('meta', (s) => s.get(CURRENT));
      return typeof value === 'string' ? value : null;
    },
    setCurrent: (id) =>
      write(['meta'], (tx) => {
        const meta = tx.objectStore(STORES.meta);
        if (id === null) meta.delete(CURRENT);
        else meta.put(id, CURRENT);
      }),
  };
}
