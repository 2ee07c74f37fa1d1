// Registering the service worker: production builds over http(s) only, after the page has
// loaded, and quietly when the browser has no service workers or refuses this one.
import { describe, expect, it } from 'vitest';
import { registerOffline } from '../../../src/game/shell/offline.ts';

function fakeWindow(options: { protocol?: string; readyState?: string; worker?: 'none' | 'ok' | 'refuses' } = {}) {
  const registered: string[] = [];
  const listeners = new Map<string, () => void>();
  const serviceWorker =
    options.worker === 'none'
      ? undefined
      : {
          register: (url: string) => {
            registered.push(url);
            return options.worker === 'refuses' ? Promise.reject(new Error('SecurityError')) : Promise.resolve({});
          },
        };
  const win = {
    location: { protocol: options.protocol ?? 'https:' },
    navigator: { serviceWorker },
    document: { readyState: options.readyState ?? 'complete' },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
  };
  return { win: win as unknown as Window, registered, load: () => listeners.get('load')?.() };
}

const production = { production: true };

describe('registering the offline worker', () => {
  it('registers ./sw.js in a production build served over http(s)', () => {
    for (const protocol of ['https:', 'http:']) {
      const w = fakeWindow({ protocol });
      registerOffline(w.win, production);
      expect(w.registered).toEqual(['./sw.js']);
    }
  });

  it('does nothing in development, from a file, or without service workers', () => {
    const dev = fakeWindow();
    registerOffline(dev.win, { production: false });
    const file = fakeWindow({ protocol: 'file:' });
    registerOffline(file.win, production);
    expect([...dev.registered, ...file.registered]).toEqual([]);
    expect(() => registerOffline(fakeWindow({ worker: 'none' }).win, production)).not.toThrow();
  });

  it('waits for the page to have loaded', () => {
    const w = fakeWindow({ readyState: 'interactive' });
    registerOffline(w.win, production);
    expect(w.registered).toEqual([]);
    w.load();
    expect(w.registered).toEqual(['./sw.js']);
  });

  it('swallows a refusal: the game plays on without an offline copy', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const w = fakeWindow({ worker: 'refuses' });
      registerOffline(w.win, production);
      await new Promise((r) => setTimeout(r, 0));
      expect(w.registered).toEqual(['./sw.js']);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
