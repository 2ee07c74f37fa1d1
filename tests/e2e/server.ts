// Building the game and serving it (vite build + vite preview on 127.0.0.1), shared by the
// browser tests' global setup and the browser benchmark.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM} (Debian: apt-get install chromium; or set CHROMIUM_PATH). .ci/run installs it.`);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Builds the game (or, given a config file, the project that file describes). */
export async function buildGame(configFile?: string): Promise<void> {
  await build(configFile ? { configFile, logLevel: 'error' } : { root: ROOT, logLevel: 'error' });
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a build with vite preview. `isolated` adds the cross-origin isolation headers, which
 * lift the browser's 0.1 ms coarsening of its clocks (the benchmark wants exact frame times).
 */
export async function serve(configFile?: string, isolated = false): Promise<Served> {
  const port = await freePort();
  const where = configFile ? { configFile } : { root: ROOT };
  const headers = isolated ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } : undefined;
  const server: PreviewServer = await preview({ ...where, logLevel: 'error', preview: { host: '127.0.0.1', port, strictPort: true, open: false, headers } });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
