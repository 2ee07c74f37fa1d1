// Registers the service worker the build writes (sw.js, see src/build/service-worker.ts), so the
// game loads and plays with no network after a first visit. Only in production builds (the dev
// server has no worker), only over http(s) (not from a file), after the page has loaded (the
// worker's precache does not compete with the first screen), and quietly: a browser without
// service workers, or one that refuses this one, still plays online.

export interface OfflineEnv {
  production: boolean;
}

// A production build: `vite build` runs in mode 'production' even when NODE_ENV says otherwise
// (the browser tests build from inside Vitest, where NODE_ENV is 'test' and PROD is false).
const PRODUCTION_BUILD = import.meta.env.PROD || import.meta.env.MODE === 'production';

export function registerOffline(win: Window, env: OfflineEnv = { production: PRODUCTION_BUILD }): void {
  if (!env.production || !/^https?:$/.test(win.location.protocol)) return;
  const container = win.navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  const register = () => {
    container.register('./sw.js').catch(() => {
      // No offline copy this time; the game itself is unaffected.
    });
  };
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
