// What the service worker precaches: every file of the build but the worker itself, under a
// cache name that carries a hash of the file list and contents, so a new build (any file
// changed, added or removed) gets a new cache and an unchanged rebuild keeps the old one.
import { createHash } from 'node:crypto';

/** The service worker's file name, beside index.html. */
export const SW_FILE = 'sw.js';
/** Caches of this game start with this; the worker never touches any other cache. */
export const CACHE_PREFIX = 'shuttle-diplomacy-';

export interface BuiltFile {
  /** The path inside the build folder, with forward slashes (`assets/index-abc.js`). */
  path: string;
  bytes: Uint8Array;
}

export interface Precache {
  cacheName: string;
  /** URLs relative to the worker (and index.html), sorted, percent-encoded by segment. */
  urls: string[];
}

function checkPath(path: string): void {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(`precache: "${path}" is not a plain relative path inside the build`);
  }
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

export function precache(files: readonly BuiltFile[]): Precache {
  const kept = files.filter((f) => f.path !== SW_FILE);
  for (const f of kept) checkPath(f.path);
  const sorted = [...kept].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.path === sorted[i - 1]!.path) throw new Error(`precache: "${sorted[i]!.path}" is listed twice`);
  // One line per file, path and content hash: renaming, editing, adding or removing any file
  // changes the digest; the order files were found in does not.
  const digest = sha256(sorted.map((f) => `${f.path}\0${sha256(f.bytes)}\n`).join(''));
  return {
    cacheName: `${CACHE_PREFIX}${digest.slice(0, 16)}`,
    urls: sorted.map((f) => f.path.split('/').map(encodeURIComponent).join('/')),
  };
}
