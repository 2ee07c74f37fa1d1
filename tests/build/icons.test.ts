// The icons the build draws: real PNGs of the sizes the manifest claims; the plain icon has
// rounded (transparent) corners, the maskable one fills its square and keeps the arch inside
// the safe circle (radius 40% of the size) that launchers may crop to.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, iconPng } from '../../src/build/icon.ts';
import { crc32, encodePng, pngSize } from '../../src/build/png.ts';
import { PALETTE } from '../../src/lib/palette.ts';

const at = (rgba: Uint8Array, size: number, x: number, y: number) => {
  const i = (y * size + x) * 4;
  return { rgb: (rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!, a: rgba[i + 3]! };
};

describe('the PNG encoder', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes a header with the size, and pixel rows that decode back', () => {
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const png = encodePng(3, 2, rgba);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png[24]).toBe(8);
    expect(png[25]).toBe(6);
    // IDAT follows IHDR (8 + 25 bytes in): filter byte 0, then the row, per row.
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...raw]).toEqual([0, ...rgba.subarray(0, 12), 0, ...rgba.subarray(12)]);
    expect(png.subarray(png.length - 8, png.length - 4).toString('ascii')).toBe('IEND');
  });

  it('refuses pixel data of the wrong length, and knows a non-PNG', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow();
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});

describe('the app icon', () => {
  it('is a PNG of the size asked for', () => {
    expect(pngSize(iconPng(192, false))).toEqual({ width: 192, height: 192 });
    expect(pngSize(iconPng(512, true))).toEqual({ width: 512, height: 512 });
  });

  it('has transparent rounded corners when plain, and a gold arch on dark blue', () => {
    const size = 128;
    const rgba = drawIcon(size, false);
    expect(at(rgba, size, 0, 0).a).toBe(0);
    expect(at(rgba, size, size - 1, size - 1).a).toBe(0);
    expect(at(rgba, size, size / 2, 2)).toEqual({ rgb: 0x1b1f28, a: 255 });
    // The arch's left pillar (x 14–22 of 64, y 40 of 64).
    expect(at(rgba, size, 36, 80)).toEqual({ rgb: PALETTE.gold, a: 255 });
  });

  it('fills its square when maskable and keeps the arch inside the safe circle', () => {
    const size = 256;
    const rgba = drawIcon(size, true);
    let gold = 0;
    let seeThrough = 0;
    let farthest = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const p = at(rgba, size, x, y);
        if (p.a !== 255) seeThrough++;
        if (p.rgb === 0x1b1f28) continue;
        gold++;
        farthest = Math.max(farthest, Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2));
      }
    }
    expect(seeThrough).toBe(0);
    expect(farthest).toBeLessThanOrEqual(size * 0.4);
    expect(gold).toBeGreaterThan(size * size * 0.1);
  });
});
