// The service worker's source, written by the build with its precache list. It runs in the
// browser as a classic worker script, so it is plain JavaScript here, kept small:
// - install: fetch every file of the build into a cache named for this build;
// - activate: delete this game's older caches (never anyone else's). A new build's worker waits
//   (no skipWaiting, no claim) until no tab runs the old build: an old tab that later loads one
//   of its own chunks (the glossary, the replays) still finds it in the old build's cache;
// - fetch: the game's own files come from the cache first; a page load (navigation) tries the
//   network briefly, so a new build is seen at once when online, and otherwise gets the cached
//   index.html; anything else, and anything from another origin, is left to the browser.
// It keeps nothing else: no runtime caching, no access to the player's save (localStorage is
// not reachable from a worker, and the worker never asks for it).
import { CACHE_PREFIX, type Precache } from './precache.ts';

/** How long a page load waits for the network before using the cached game. */
export const NAVIGATION_TIMEOUT_MS = 4000;

export function serviceWorkerSource(precache: Precache): string {
  return `// Shuttle Diplomacy's service worker, written by the build (src/build/service-worker.ts).
'use strict';
const CACHE = ${JSON.stringify(precache.cacheName)};
const PREFIX = ${JSON.stringify(CACHE_PREFIX)};
const FILES = ${JSON.stringify(precache.urls)};
const NAVIGATION_TIMEOUT_MS = ${NAVIGATION_TIMEOUT_MS};
const INDEX = new URL('index.html', self.location.href).href;
const PRECACHED = new Set(FILES.map((f) => new URL(f, self.location.href).href));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'reload' skips the HTTP cache, so an older build's file never lands in this build's cache.
    await cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
  })());
});

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreVary: true });
  return hit || fetch(request);
}

async function navigate(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(INDEX, { ignoreVary: true });
  if (!cached) return fetch(request);
  try {
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), NAVIGATION_TIMEOUT_MS));
    const response = await Promise.race([fetch(request), timeout]);
    if (response && response.ok) return response;
  } catch (e) {
    // Offline: the cached game below.
  }
  return cached;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(request));
    return;
  }
  if (PRECACHED.has(url.origin + url.pathname)) event.respondWith(fromCache(request));
});
`;
}
