// The precache list and its cache name: every file but the worker, sorted; a name that changes
// with any file's path or content, and only then.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CACHE_PREFIX, precache, SW_FILE, type BuiltFile } from '../../src/build/precache.ts';

const file = (path: string, text: string): BuiltFile => ({ path, bytes: new TextEncoder().encode(text) });
const build = [file('index.html', '<!doctype html>'), file('assets/index-abc.js', 'go()'), file('icons/icon-192.png', 'png'), file('manifest.webmanifest', '{}')];

describe('the precache list', () => {
  it('lists every file but the worker, sorted, relative to the worker', () => {
    const p = precache([...build, file(SW_FILE, 'old worker')]);
    expect(p.urls).toEqual(['assets/index-abc.js', 'icons/icon-192.png', 'index.html', 'manifest.webmanifest']);
    expect(p.cacheName).toMatch(new RegExp(`^${CACHE_PREFIX}[0-9a-f]{16}$`));
  });

  it('percent-encodes each path segment, so odd file names stay one URL', () => {
    expect(precache([file('fonts/a b#1.woff2', 'x')]).urls).toEqual(['fonts/a%20b%231.woff2']);
  });

  it('names the cache by content: a changed, renamed, added or removed file changes it', () => {
    const name = precache(build).cacheName;
    expect(precache([...build].reverse()).cacheName).toBe(name);
    expect(precache([...build.slice(1), file('index.html', '<!doctype html> ')]).cacheName).not.toBe(name);
    expect(precache([...build.slice(1), file('start.html', '<!doctype html>')]).cacheName).not.toBe(name);
    expect(precache([...build, file('assets/more.js', '')]).cacheName).not.toBe(name);
    expect(precache(build.slice(1)).cacheName).not.toBe(name);
    // The worker itself is not part of what it caches: rewriting it keeps the name.
    expect(precache([...build, file(SW_FILE, 'anything')]).cacheName).toBe(name);
  });

  it('does not confuse a path with contents (no ambiguous concatenation)', () => {
    expect(precache([file('a', 'bc')]).cacheName).not.toBe(precache([file('ab', 'c')]).cacheName);
  });

  it('is independent of the order files are found in (property)', () => {
    const files = fc.uniqueArray(fc.record({ path: fc.stringMatching(/^[a-z]{1,6}(\/[a-z]{1,6}){0,2}\.[a-z]{2,4}$/), text: fc.string() }), { selector: (f) => f.path, minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(files, fc.integer(), (list, seed) => {
        const shuffled = [...list].sort((a, b) => ((a.path.length * 31 + seed) % 7) - ((b.path.length * 31 + seed) % 7));
        const a = precache(list.map((f) => file(f.path, f.text)));
        const b = precache(shuffled.map((f) => file(f.path, f.text)));
        expect(b).toEqual(a);
        expect(a.urls).toHaveLength(list.length);
      }),
    );
  });

  it('refuses paths that are not plain relative paths inside the build, and duplicates', () => {
    for (const bad of ['/index.html', '../secret', 'assets\\x.js', 'a//b', './a', '']) expect(() => precache([file(bad, '')]), bad).toThrow(/not a plain relative path/);
    expect(() => precache([file('a.js', '1'), file('a.js', '2')])).toThrow(/listed twice/);
  });
});
