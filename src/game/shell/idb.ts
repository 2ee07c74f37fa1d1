// IndexedDB as promises, no more: whether the game's database may exist, open it, and run one
// transaction that resolves when the browser has committed it (its `complete` event), not when
// it was asked.
// Saves ask for strict durability: the browser writes them through to disk before it says so.

export const DB_NAME = 'shuttle-diplomacy';
const DB_VERSION = 1;
/** Save slots by id; corrupted saves kept aside; small records such as the game in progress. */
export const STORES = { slots: 'slots', aside: 'aside', meta: 'meta' } as const;
export type StoreName = (typeof STORES)[keyof typeof STORES];

export function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const name of Object.values(STORES)) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB would not open'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/**
 * Whether the game's database may exist. On a first visit it does not, and asking the browser
 * for its list of databases is quicker than creating one (the first screen waits for this). Where
 * the list is not offered, or not given, the answer is yes: the database is then opened.
 */
export async function databaseMayExist(factory: IDBFactory): Promise<boolean> {
  if (typeof factory.databases !== 'function') return true;
  try {
    return (await factory.databases()).some((d) => d.name === DB_NAME);
  } catch {
    return true;
  }
}

export function requestValue<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Runs `work` in one transaction and resolves with its result once the transaction has
 * committed; rejects if it aborts (a full disk, a quota) or `work` throws.
 */
export function inTransaction<T>(db: IDBDatabase, stores: StoreName[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => Promise<T> | T): Promise<T> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, mode, { durability: mode === 'readwrite' ? 'strict' : 'default' });
    } catch (error) {
      reject(error);
      return;
    }
    let result: T;
    tx.oncomplete = () => resolve(result);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB aborted the transaction'));
    tx.onerror = () => undefined;
    Promise.resolve()
      .then(() => work(tx))
      .then((value) => {
        result = value;
      })
      .catch((error: unknown) => {
        try {
          tx.abort();
        } catch {
          // Already finished: the abort handler has the error.
        }
        reject(error);
      });
  });
}
