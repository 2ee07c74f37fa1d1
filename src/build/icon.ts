// The app icon, drawn in code so the build can make its PNGs without an image library: the
// favicon's design (a gold arch, the palace door the mediator walks through) on the panels'
// dark blue. The maskable variant fills its square and keeps the arch inside the safe circle
// (the middle 80%) that launchers may crop to.
import { PALETTE } from '../lib/index.ts';
import { encodePng } from './png.ts';

/** The favicon's background (styles.css --panel-solid). */
const PANEL = 0x1b1f28;
/** Supersamples per pixel side: smooth edges at any size. */
const SAMPLES = 4;
/** How far the maskable icon shrinks the arch so its corners stay inside the safe circle. */
const MASKABLE_SCALE = 0.8;

type Colour = number | null;

const within = (x: number, y: number, cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** An arch: a rectangle from `top` down to `bottom`, with a half-disc on top of it. */
function inArch(x: number, y: number, left: number, right: number, top: number, bottom: number): boolean {
  const r = (right - left) / 2;
  if (y >= top) return x >= left && x <= right && y <= bottom;
  return within(x, y, left + r, top, r);
}

function inRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 64 - radius);
  const cy = Math.min(Math.max(y, radius), 64 - radius);
  return x >= 0 && x <= 64 && y >= 0 && y <= 64 && within(x, y, cx, cy, radius);
}

/** The colour at a point of the 64-unit design (as in favicon.svg). */
function colourAt(x: number, y: number, maskable: boolean): Colour {
  if (!maskable && !inRoundedSquare(x, y, 12)) return null;
  // The maskable icon draws the same arch, smaller, about the centre.
  const fx = maskable ? 32 + (x - 32) / MASKABLE_SCALE : x;
  const fy = maskable ? 32 + (y - 32) / MASKABLE_SCALE : y;
  if (within(fx, fy, 32, 20, 3)) return PANEL;
  if (inArch(fx, fy, 22, 42, 32, 52)) return PANEL;
  if (inArch(fx, fy, 14, 50, 30, 52)) return PALETTE.gold;
  return PANEL;
}

/** The icon as RGBA pixels, `size` × `size`. */
export function drawIcon(size: number, maskable: boolean): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const unit = 64 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const i = (py * size + px) * 4;
      // Inside a flat area (the shapes are many pixels wide), the pixel's corners agree: one colour.
      const corners = [colourAt(px * unit, py * unit, maskable), colourAt((px + 1) * unit, py * unit, maskable), colourAt(px * unit, (py + 1) * unit, maskable), colourAt((px + 1) * unit, (py + 1) * unit, maskable)];
      const flat = corners[0]!;
      if (corners.every((c) => c === flat)) {
        if (flat !== null) rgba.set([(flat >> 16) & 0xff, (flat >> 8) & 0xff, flat & 0xff, 255], i);
        continue;
      }
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) * unit, (py + (sy + 0.5) / SAMPLES) * unit, maskable);
          if (c === null) continue;
          r += (c >> 16) & 0xff;
          g += (c >> 8) & 0xff;
          b += c & 0xff;
          a += 1;
        }
      }
      // Colour averaged over the covered samples (straight alpha), coverage as alpha.
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return rgba;
}

export function iconPng(size: number, maskable: boolean): Buffer {
  return encodePng(size, size, drawIcon(size, maskable));
}
