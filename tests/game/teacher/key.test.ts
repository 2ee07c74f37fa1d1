// The teacher key: kept as a salted hash, checked exactly, refused when too short or too long.
import { describe, expect, it } from 'vitest';
import type { SafeStorage } from '../../../src/game/shell/storage.ts';
import { checkTeacherKey, forgetTeacherKey, hasTeacherKey, keyProblem, setTeacherKey, TEACHER_KEY } from '../../../src/game/teacher/key.ts';

function memoryStorage(): SafeStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: (k) => data.get(k) ?? null,
    set: (k, v) => (data.set(k, v), true),
    remove: (k) => void data.delete(k),
    keys: (p) => [...data.keys()].filter((k) => k.startsWith(p)),
  };
}

describe('the teacher key', () => {
  it('is checked exactly, and never stored as typed', () => {
    const storage = memoryStorage();
    expect(hasTeacherKey(storage)).toBe(false);
    expect(checkTeacherKey(storage, 'anything')).toBe(false);
    expect(setTeacherKey(storage, 'owl-lamp-42', 'a1b2c3d4')).toBe(true);
    expect(storage.data.get(TEACHER_KEY)).not.toContain('owl-lamp-42');
    expect(checkTeacherKey(storage, 'owl-lamp-42')).toBe(true);
    for (const wrong of ['owl-lamp-4', 'Owl-lamp-42', 'owl-lamp-42 ', '']) expect(checkTeacherKey(storage, wrong)).toBe(false);
    forgetTeacherKey(storage);
    expect(checkTeacherKey(storage, 'owl-lamp-42')).toBe(false);
  });

  it('the same key under two salts is stored differently', () => {
    const a = memoryStorage();
    const b = memoryStorage();
    setTeacherKey(a, 'classroom', '00000001');
    setTeacherKey(b, 'classroom', '00000002');
    expect(a.data.get(TEACHER_KEY)).not.toBe(b.data.get(TEACHER_KEY));
  });

  it('refuses keys that are too short or too long, and a damaged entry counts as no key', () => {
    expect(keyProblem('abc')).toMatch(/at least 4/);
    expect(keyProblem('    ')).toMatch(/at least 4/);
    expect(keyProblem('x'.repeat(65))).toMatch(/at most 64/);
    expect(keyProblem('abcd')).toBeNull();
    const storage = memoryStorage();
    expect(setTeacherKey(storage, 'abc', 's')).toBe(false);
    storage.data.set(TEACHER_KEY, '{not json');
    expect(hasTeacherKey(storage)).toBe(false);
    expect(checkTeacherKey(storage, 'abcd')).toBe(false);
  });
});
