// The web app manifest: installable (name, start URL, standalone, a 192 and a 512 icon, a
// maskable one), in the game's palette, with every icon it names among the files it brings.
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../src/build/png.ts';
import { hex, ICONS, MANIFEST_FILE, manifestFiles, webManifest } from '../../src/build/web-manifest.ts';
import { PALETTE } from '../../src/lib/palette.ts';

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}

describe('the web app manifest', () => {
  const files = manifestFiles();
  const manifest = JSON.parse(files.find((f) => f.fileName === MANIFEST_FILE)!.source as string) as Manifest;

  it('has what a browser needs to install the game, relative to where it is served', () => {
    expect(manifest).toEqual(webManifest());
    expect(manifest.name).toBe('Shuttle Diplomacy');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    expect(manifest.display).toBe('standalone');
    for (const i of manifest.icons) expect(i.src.startsWith('/')).toBe(false);
  });

  it('takes its colours from the palette', () => {
    expect(hex(0x0d0f14)).toBe('#0d0f14');
    expect(manifest.background_color).toBe(hex(PALETTE.night));
    expect(manifest.theme_color).toBe(hex(PALETTE.night));
  });

  it('names 192 and 512 icons and a maskable one, each a PNG of its stated size among the files', () => {
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(manifest.icons).toHaveLength(ICONS.length);
    for (const icon of manifest.icons) {
      const png = files.find((f) => f.fileName === icon.src);
      expect(png, icon.src).toBeDefined();
      const [w, h] = icon.sizes.split('x').map(Number);
      expect(pngSize(png!.source as Uint8Array)).toEqual({ width: w, height: h });
      expect(icon.type).toBe('image/png');
    }
  });
});
