// The build plugin that makes the game installable and playable offline: it adds the web app
// manifest and its icons to the build, and once every file is written (the public folder
// included), lists the whole output folder into the service worker's precache.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { precache, SW_FILE, type BuiltFile } from './precache.ts';
import { serviceWorkerSource } from './service-worker.ts';
import { manifestFiles } from './web-manifest.ts';

/** Every file under `dir`, with paths relative to it in forward slashes. */
export function readBuild(dir: string): BuiltFile[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => {
      const full = join(e.parentPath, e.name);
      return { path: relative(dir, full).split(sep).join('/'), bytes: readFileSync(full) };
    });
}

/** Writes the service worker for the build in `dir`; returns its precache. */
export function writeServiceWorker(dir: string) {
  const list = precache(readBuild(dir));
  writeFileSync(join(dir, SW_FILE), serviceWorkerSource(list));
  return list;
}

export function offline(): Plugin {
  let outDir = '';
  let files: ReturnType<typeof manifestFiles> | null = null;
  const built = () => (files ??= manifestFiles());
  return {
    name: 'shuttle-offline',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // The dev server serves the manifest and icons too (no worker there: it is registered only
    // in production builds).
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        const file = built().find((f) => f.fileName === path);
        if (!file) return next();
        res.setHeader('Content-Type', path.endsWith('.png') ? 'image/png' : 'application/manifest+json');
        res.end(file.source);
      });
    },
    generateBundle() {
      for (const f of built()) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        writeServiceWorker(outDir);
      },
    },
  };
}
