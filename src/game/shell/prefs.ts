// The player's preferences (kept in localStorage, not in the game): how people are named, sound,
// motion, text size, single-key shortcuts, and whether new games allow distorted messages.
import type { SafeStorage } from './storage.ts';
import { STORAGE_PREFIX } from './storage.ts';

export interface Prefs {
  names: 'names' | 'titles';
  allowDistortion: boolean;
  sound: boolean;
  motion: 'system' | 'reduce' | 'full';
  textSize: 'normal' | 'large' | 'larger';
  shortcuts: boolean;
}

export const DEFAULT_PREFS: Prefs = { names: 'names', allowDistortion: true, sound: false, motion: 'system', textSize: 'normal', shortcuts: true };

const KEY = `${STORAGE_PREFIX}prefs`;

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Reads untrusted JSON field by field: anything odd falls back to the default. */
export function parsePrefs(text: string | null): Prefs {
  let raw: Record<string, unknown> = {};
  try {
    const value: unknown = text ? JSON.parse(text) : {};
    if (value && typeof value === 'object' && !Array.isArray(value)) raw = value as Record<string, unknown>;
  } catch {
    raw = {};
  }
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const d = DEFAULT_PREFS;
  return {
    names: pick(raw.names, ['names', 'titles'], d.names),
    allowDistortion: bool(raw.allowDistortion, d.allowDistortion),
    sound: bool(raw.sound, d.sound),
    motion: pick(raw.motion, ['system', 'reduce', 'full'], d.motion),
    textSize: pick(raw.textSize, ['normal', 'large', 'larger'], d.textSize),
    shortcuts: bool(raw.shortcuts, d.shortcuts),
  };
}

export interface PrefsStore {
  get(): Prefs;
  update(change: Partial<Prefs>): void;
  subscribe(listener: (prefs: Prefs) => void): () => void;
  /** Reduced motion in effect: the player's choice, or the system's when they follow it. */
  reducedMotion(): boolean;
}

export function createPrefs(storage: SafeStorage, root: HTMLElement): PrefsStore {
  let prefs = parsePrefs(storage.get(KEY));
  const listeners = new Set<(p: Prefs) => void>();
  const query = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  const apply = () => {
    root.dataset.motion = prefs.motion === 'reduce' ? 'reduced' : prefs.motion === 'full' ? 'full' : 'system';
    root.dataset.text = prefs.textSize;
  };
  apply();
  return {
    get: () => prefs,
    update(change) {
      prefs = { ...prefs, ...change };
      storage.set(KEY, JSON.stringify(prefs));
      apply();
      for (const l of listeners) l(prefs);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reducedMotion: () => prefs.motion === 'reduce' || (prefs.motion === 'system' && query?.matches === true),
  };
}
