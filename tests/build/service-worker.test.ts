// The service worker's behaviour, run in a sandbox with a stand-in for the browser's caches and
// network: install caches every file fresh from the network, activate removes only this game's
// older caches, the game's files come from the cache, a page load falls back to the cached
// index.html when the network fails, and nothing from elsewhere is intercepted.
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { CACHE_PREFIX, precache } from '../../src/build/precache.ts';
import { serviceWorkerSource } from '../../src/build/service-worker.ts';

const SCOPE = 'https://school.example/shuttle/';
const files = ['index.html', 'assets/index-abc.js', 'assets/hall-1.svg', 'manifest.webmanifest'].map((path) => ({ path, bytes: new TextEncoder().encode(path) }));
const list = precache(files);

interface FakeRequest {
  url: string;
  method: string;
  mode: string;
  cache: string;
}
interface FakeResponse {
  ok: boolean;
  status: number;
  body: string;
}
type Listener = (event: object) => void;

class World {
  listeners = new Map<string, Listener>();
  stores = new Map<string, Map<string, FakeResponse>>();
  fetched: FakeRequest[] = [];
  network: 'up' | 'down' | 'broken' = 'up';
  skipped = false;
  claimed = false;

  constructor() {
    const self = {
      location: { href: `${SCOPE}sw.js`, origin: new URL(SCOPE).origin },
      addEventListener: (type: string, fn: Listener) => this.listeners.set(type, fn),
      skipWaiting: async () => {
        this.skipped = true;
      },
      clients: {
        claim: async () => {
          this.claimed = true;
        },
      },
    };
    const key = (r: FakeRequest | string) => (typeof r === 'string' ? new URL(r, SCOPE).href : r.url);
    const open = async (name: string) => {
      if (!this.stores.has(name)) this.stores.set(name, new Map());
      const store = this.stores.get(name)!;
      return {
        match: async (r: FakeRequest | string) => store.get(key(r)),
        addAll: async (requests: FakeRequest[]) => {
          for (const r of requests) store.set(r.url, await fetch(r));
        },
      };
    };
    const fetch = async (r: FakeRequest): Promise<FakeResponse> => {
      this.fetched.push(r);
      if (this.network === 'down') throw new TypeError('Failed to fetch');
      if (this.network === 'broken') return { ok: false, status: 502, body: 'bad gateway' };
      return { ok: true, status: 200, body: `network ${r.url}` };
    };
    class Request implements FakeRequest {
      url: string;
      method = 'GET';
      mode: string;
      cache: string;
      constructor(input: string, init: { cache?: string; mode?: string; method?: string } = {}) {
        this.url = new URL(input, self.location.href).href;
        this.mode = init.mode ?? 'cors';
        this.cache = init.cache ?? 'default';
        this.method = init.method ?? 'GET';
      }
    }
    const caches = {
      open,
      keys: async () => [...this.stores.keys()],
      delete: async (name: string) => this.stores.delete(name),
    };
    runInNewContext(serviceWorkerSource(list), { self, caches, fetch, Request, URL, setTimeout });
  }

  async lifecycle(type: 'install' | 'activate'): Promise<void> {
    const waits: Promise<unknown>[] = [];
    this.listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  }

  /** Dispatches a fetch; the worker's answer, or null when it leaves the request to the browser. */
  async request(url: string, init: { mode?: string; method?: string } = {}): Promise<FakeResponse | null> {
    let answer: Promise<FakeResponse> | null = null;
    const request: FakeRequest = { url: new URL(url, SCOPE).href, method: init.method ?? 'GET', mode: init.mode ?? 'cors', cache: 'default' };
    this.listeners.get('fetch')!({ request, respondWith: (p: Promise<FakeResponse>) => (answer = p) });
    return answer ? await answer : null;
  }
}

describe('the service worker', () => {
  let w: World;
  beforeEach(async () => {
    w = new World();
  });

  it('installs by caching every file of the build fresh from the network, and waits for the old build’s tabs to close', async () => {
    await w.lifecycle('install');
    expect(w.fetched.map((r) => r.url).sort()).toEqual(list.urls.map((u) => new URL(u, SCOPE).href).sort());
    expect(w.fetched.every((r) => r.cache === 'reload')).toBe(true);
    expect([...w.stores.get(list.cacheName)!.keys()]).toHaveLength(files.length);
    // Taking over at once would delete the cache an old tab still loads its chunks from.
    expect(w.skipped).toBe(false);
  });

  it('on activate deletes this game’s older caches but nobody else’s, and leaves open pages alone', async () => {
    w.stores.set(`${CACHE_PREFIX}0123456789abcdef`, new Map());
    w.stores.set('another-app-v1', new Map());
    await w.lifecycle('install');
    await w.lifecycle('activate');
    expect([...w.stores.keys()].sort()).toEqual(['another-app-v1', list.cacheName]);
    expect(w.claimed).toBe(false);
  });

  it('serves the game’s files from the cache, without the network', async () => {
    await w.lifecycle('install');
    w.fetched = [];
    w.network = 'down';
    expect((await w.request('assets/index-abc.js'))?.body).toBe(`network ${SCOPE}assets/index-abc.js`);
    expect(w.fetched).toEqual([]);
  });

  it('loads the page from the network when it can, and from the cached index.html when it cannot', async () => {
    await w.lifecycle('install');
    w.fetched = [];
    expect((await w.request('./?seed=4', { mode: 'navigate' }))?.body).toBe(`network ${SCOPE}?seed=4`);
    w.network = 'down';
    expect((await w.request('./', { mode: 'navigate' }))?.body).toBe(`network ${SCOPE}index.html`);
    w.network = 'broken';
    expect((await w.request('./index.html?inspect', { mode: 'navigate' }))?.body).toBe(`network ${SCOPE}index.html`);
  });

  it('leaves other origins, other methods and files outside the build to the browser', async () => {
    await w.lifecycle('install');
    w.fetched = [];
    expect(await w.request('https://cdn.example/lib.js')).toBeNull();
    expect(await w.request('https://cdn.example/', { mode: 'navigate' })).toBeNull();
    expect(await w.request('assets/index-abc.js', { method: 'POST' })).toBeNull();
    expect(await w.request('notes.txt')).toBeNull();
    expect(w.fetched).toEqual([]);
  });
});
