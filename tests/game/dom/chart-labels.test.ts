// The bargaining charts' labels: each beside its own marker, covering no other marker and no
// other label where a free spot exists, and inside the chart.
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelSpec, type Marker, type PlacedLabel } from '../../../src/game/dom/chart-labels.ts';

const chart = { width: 320, height: 240, fontSize: 11 };

/** The label's box by the same estimate the placer uses (0.58 of the font size a glyph). */
function box(p: PlacedLabel, text: string) {
  const w = text.length * 0.58 * chart.fontSize;
  const left = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
  return { left, right: left + w, top: p.y - 0.8 * chart.fontSize, bottom: p.y + 0.25 * chart.fontSize };
}
type Box = ReturnType<typeof box>;
const meets = (a: Box, b: Box) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
const around = (m: Marker): Box => ({ left: m.x - m.r, right: m.x + m.r, top: m.y - m.r, bottom: m.y + m.r });

describe('placeLabels', () => {
  it('puts a label alone on the chart above and to the right of its marker', () => {
    const m = { x: 100, y: 120, r: 6 };
    expect(placeLabels([{ at: m, text: 'Final text' }], [m], chart)).toEqual([{ x: 109, y: 111, anchor: 'start' }]);
  });

  it('keeps labels off each other’s markers and off each other when the points crowd together', () => {
    // The final text, the Nash point just above and to its right, and a better text on top of the final one.
    const text = { x: 150, y: 120, r: 6 };
    const nash = { x: 162, y: 108, r: 6 };
    const better = { x: 154, y: 117, r: 10 };
    const a = { x: 60, y: 60, r: 4 };
    const b = { x: 250, y: 200, r: 4 };
    const labels: LabelSpec[] = [
      { at: text, text: 'Final text' },
      { at: nash, text: 'Nash point' },
      { at: a, text: 'Washington opened' },
      { at: b, text: 'Tehran opened' },
    ];
    const markers = [text, nash, better, a, b];
    const placed = placeLabels(labels, markers, chart);
    const boxes = placed.map((p, k) => box(p, labels[k]!.text));
    for (const [k, bx] of boxes.entries()) {
      for (const m of markers) expect(meets(bx, around(m)), `${labels[k]!.text} over a marker`).toBe(false);
      for (const [j, other] of boxes.entries()) if (j !== k) expect(meets(bx, other), `${labels[k]!.text} over ${labels[j]!.text}`).toBe(false);
      expect(bx.left >= 0 && bx.right <= chart.width && bx.top >= 0 && bx.bottom <= chart.height, labels[k]!.text).toBe(true);
    }
    // Each stays beside its own marker.
    for (const [k, p] of placed.entries()) expect(Math.hypot(p.x - labels[k]!.at.x, p.y - labels[k]!.at.y)).toBeLessThan(40);
  });

  it('turns a label inward at the chart’s right edge rather than cut it off', () => {
    const m = { x: 300, y: 120, r: 6 };
    const [p] = placeLabels([{ at: m, text: 'Final text' }], [m], chart);
    expect(p!.anchor).toBe('end');
    expect(box(p!, 'Final text').left).toBeGreaterThanOrEqual(0);
  });
});
