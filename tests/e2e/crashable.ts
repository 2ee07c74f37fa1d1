// A Chromium that can crash: started as our own process (its own process group) with a profile
// directory that outlives it, driven over CDP, and killed with SIGKILL, as a power cut or a
// crashed browser would end it. Launching again on the same directory is the player coming back.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { pageErrorText } from './browser.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './server.ts';

export interface Crashable {
  browser: Browser;
  page: Page;
  errors: string[];
  /** Kills the browser and every process it started, at once; resolves once they are gone. */
  kill(): Promise<void>;
}

function devtoolsUrl(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen.slice(-400)}`)), 30_000);
    proc.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    proc.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened: ${seen.slice(-400)}`)));
  });
}

export async function launchCrashable(profile: string): Promise<Crashable> {
  const proc = spawn(CHROMIUM, [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--window-size=1280,800', 'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const browser = await chromium.connectOverCDP(await devtoolsUrl(proc));
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1280, height: 800 });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(pageErrorText(e)));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    browser,
    page,
    errors,
    async kill() {
      // The whole group: the browser, its renderers and its storage service, all at once.
      process.kill(-proc.pid!, 'SIGKILL');
      await exited;
      await browser.close().catch(() => undefined);
    },
  };
}
