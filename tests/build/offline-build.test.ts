// A real build: its service worker precaches every file the build wrote (and not itself), under
// the cache name of exactly those files; index.html links the manifest, which parses and names
// icons the build contains.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuild } from '../../src/build/offline-plugin.ts';
import { pngSize } from '../../src/build/png.ts';
import { precache, SW_FILE } from '../../src/build/precache.ts';
import { hex } from '../../src/build/web-manifest.ts';
import { PALETTE } from '../../src/lib/palette.ts';
import { ROOT } from '../e2e/server.ts';

const OUT = 'dist-offline-test';
const dir = join(ROOT, OUT);

beforeAll(async () => {
  await build({ root: ROOT, logLevel: 'error', build: { outDir: OUT } });
}, 120_000);

describe('a production build', () => {
  it('has a service worker that precaches every file of the build under the hash of those files', () => {
    const worker = readFileSync(join(dir, SW_FILE), 'utf8');
    const listed = JSON.parse(/^const FILES = (\[.*\]);$/m.exec(worker)![1]!) as string[];
    const cacheName = JSON.parse(/^const CACHE = (".*");$/m.exec(worker)![1]!) as string;
    const onDisk = readBuild(dir).map((f) => f.path).filter((p) => p !== SW_FILE);
    expect([...listed].sort()).toEqual(onDisk.map((p) => p.split('/').map(encodeURIComponent).join('/')).sort());
    expect(listed).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png']));
    expect(listed.some((p) => /^assets\/phaser-.*\.js$/.test(p))).toBe(true);
    expect(listed.some((p) => /^assets\/.*\.css$/.test(p))).toBe(true);
    expect(listed.some((p) => /^assets\/.*\.svg$/.test(p))).toBe(true);
    expect(listed).not.toContain(SW_FILE);
    expect(cacheName).toBe(precache(readBuild(dir)).cacheName);
  });

  it('links the manifest from index.html; the manifest parses and its icons are in the build', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).toContain('<link rel="manifest" href="./manifest.webmanifest"');
    // The browser's colour for the window matches the manifest's (both the palette's night).
    expect(html).toContain(`<meta name="theme-color" content="${hex(PALETTE.night)}"`);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as { start_url: string; icons: { src: string; sizes: string }[] };
    expect(manifest.start_url).toBe('./');
    for (const icon of manifest.icons) {
      const size = Number(icon.sizes.split('x')[0]);
      expect(pngSize(readFileSync(join(dir, icon.src))), icon.src).toEqual({ width: size, height: size });
    }
  });

  it('carries each shipped scenario parsed (as JSON), so the page runs no YAML parser to list them', () => {
    const assets = readBuild(join(dir, 'assets')).map((f) => new TextDecoder().decode(f.bytes));
    for (const file of readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml'))) {
      const id = file.replace(/\.yaml$/, '');
      expect(assets.some((a) => a.includes('JSON.parse(') && a.includes(`"id":"${id}"`)), file).toBe(true);
    }
  });
});
