// localStorage that never throws: a private window, a disabled store or a full quota is
// reported once (the game says so) and play goes on without saving.

export type StorageProblem = 'unavailable' | 'full';

export interface SafeStorage {
  get(key: string): string | null;
  /** True when written. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** Keys that start with a prefix. */
  keys(prefix: string): string[];
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
}

export function createStorage(onProblem: (problem: StorageProblem) => void): SafeStorage {
  const store = (): Storage | null => {
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  };
  return {
    get(key) {
      try {
        return store()?.getItem(key) ?? null;
      } catch {
        onProblem('unavailable');
        return null;
      }
    },
    set(key, value) {
      const s = store();
      if (!s) {
        onProblem('unavailable');
        return false;
      }
      try {
        s.setItem(key, value);
        return true;
      } catch (error) {
        onProblem(isQuotaError(error) ? 'full' : 'unavailable');
        return false;
      }
    },
    remove(key) {
      try {
        store()?.removeItem(key);
      } catch {
        onProblem('unavailable');
      }
    },
    keys(prefix) {
      try {
        const s = store();
        if (!s) return [];
        const out: string[] = [];
        for (let i = 0; i < s.length; i++) {
          const k = s.key(i);
          if (k?.startsWith(prefix)) out.push(k);
        }
        return out;
      } catch {
        return [];
      }
    },
  };
}

export const STORAGE_PREFIX = 'shuttle-diplomacy:';
