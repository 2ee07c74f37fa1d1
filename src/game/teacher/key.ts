// The teacher key: chosen in the teacher's setup, kept on this device only as a salted hash, and
// asked for before any teacher control. It keeps students at the device from pausing the talks
// or moving the clock; it is not a password against someone who can read the browser's storage.
import { hashString } from '../../lib/index.ts';
import type { SafeStorage } from '../shell/storage.ts';
import { STORAGE_PREFIX } from '../shell/storage.ts';
import { gameWords } from '../../present/index.ts';

export const TEACHER_KEY = `${STORAGE_PREFIX}teacher-key`;
export const MIN_KEY_LENGTH = 4;
export const MAX_KEY_LENGTH = 64;

interface StoredKey {
  salt: string;
  hash: string;
}

function digest(salt: string, key: string): string {
  // Two rounds over different orders: a 64-bit check is plenty for a classroom lock.
  return hashString(`${salt}:${key.normalize('NFC')}`) + hashString(`${key.normalize('NFC')}:${salt}`);
}

function read(storage: SafeStorage): StoredKey | null {
  const text = storage.get(TEACHER_KEY);
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && typeof (value as StoredKey).salt === 'string' && typeof (value as StoredKey).hash === 'string') return value as StoredKey;
  } catch {
    // A damaged entry is treated as no key: the teacher sets one again in the setup.
  }
  return null;
}

/** Why a typed key cannot be the teacher key, or null. */
export function keyProblem(key: string): string | null {
  const w = gameWords().teacher;
  if (key.trim().length < MIN_KEY_LENGTH) return w.keyTooShort(MIN_KEY_LENGTH);
  if (key.length > MAX_KEY_LENGTH) return w.keyTooLong(MAX_KEY_LENGTH);
  return null;
}

export function hasTeacherKey(storage: SafeStorage): boolean {
  return read(storage) !== null;
}

/** Stores the key (as a salted hash); false when it is not a valid key or storage refused. */
export function setTeacherKey(storage: SafeStorage, key: string, salt: string): boolean {
  if (keyProblem(key) !== null) return false;
  return storage.set(TEACHER_KEY, JSON.stringify({ salt, hash: digest(salt, key) } satisfies StoredKey));
}

export function forgetTeacherKey(storage: SafeStorage): void {
  storage.remove(TEACHER_KEY);
}

export function checkTeacherKey(storage: SafeStorage, key: string): boolean {
  const stored = read(storage);
  return stored !== null && digest(stored.salt, key) === stored.hash;
}
