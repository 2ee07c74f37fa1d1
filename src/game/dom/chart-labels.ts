// Where a chart's labels go. The bargaining charts mark several points that often lie close
// together (the final text, the Nash point, a text better for both, the openings): a label put
// at a fixed offset from its own marker can sit on another marker or on another label. Each label
// here takes the first of a few spots around its marker that covers nothing already drawn, or the
// spot that covers least. Pure arithmetic on an estimate of the text's size, so it is tested
// without a browser.

/** A marker drawn on the chart: its centre and how far it reaches from it. */
export interface Marker {
  x: number;
  y: number;
  r: number;
}

/** A label to place beside its marker. */
export interface LabelSpec {
  at: Marker;
  text: string;
}

/** Where a label goes: its baseline point and which end of the text sits there. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** An estimate of a glyph's width and a line's height, as a share of the font size. */
const GLYPH = 0.58;
const ASCENT = 0.8;
const DESCENT = 0.25;

function labelBox(p: PlacedLabel, text: string, fontSize: number): Box {
  const width = text.length * GLYPH * fontSize;
  const left = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - width : p.x - width / 2;
  return { left, right: left + width, top: p.y - ASCENT * fontSize, bottom: p.y + DESCENT * fontSize };
}

function markerBox(m: Marker, gap: number): Box {
  return { left: m.x - m.r - gap, right: m.x + m.r + gap, top: m.y - m.r - gap, bottom: m.y + m.r + gap };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How much of a box lies outside the chart. */
function outside(b: Box, width: number, height: number): number {
  const area = (b.right - b.left) * (b.bottom - b.top);
  return area - overlap(b, { left: 0, top: 0, right: width, bottom: height });
}

/** The spots tried around a marker, in order of preference: beside it above, then below, then over and under it. */
function spots(m: Marker, fontSize: number): PlacedLabel[] {
  const d = m.r + 3;
  const below = m.r + ASCENT * fontSize + 2;
  return [
    { x: m.x + d, y: m.y - d, anchor: 'start' },
    { x: m.x - d, y: m.y - d, anchor: 'end' },
    { x: m.x + d, y: m.y + below, anchor: 'start' },
    { x: m.x - d, y: m.y + below, anchor: 'end' },
    { x: m.x, y: m.y - d - 1, anchor: 'middle' },
    { x: m.x, y: m.y + below + 1, anchor: 'middle' },
  ];
}

/**
 * A spot for each label, in the order given (earlier labels choose first): the first spot that
 * covers no marker, no label placed before it and nothing outside the chart, else the one that
 * covers least.
 */
export function placeLabels(labels: readonly LabelSpec[], markers: readonly Marker[], chart: { width: number; height: number; fontSize: number }): PlacedLabel[] {
  const { width, height, fontSize } = chart;
  const taken: Box[] = markers.map((m) => markerBox(m, 1));
  return labels.map((label) => {
    let best: { spot: PlacedLabel; box: Box; cost: number } | null = null;
    for (const spot of spots(label.at, fontSize)) {
      const box = labelBox(spot, label.text, fontSize);
      // Off the chart is worse than over a marker: a label cut off cannot be read at all.
      const cost = taken.reduce((sum, t) => sum + overlap(box, t), 0) + 4 * outside(box, width, height);
      if (!best || cost < best.cost) best = { spot, box, cost };
      if (cost === 0) break;
    }
    taken.push(best!.box);
    return best!.spot;
  });
}
