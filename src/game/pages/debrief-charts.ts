// The debrief's charts, drawn as inline SVG from the debrief's chart-ready data: one small
// chart per meter over the rounds (one line per delegation for a meter each side has: solid,
// dashed, dotted, dash-dotted), and the bargaining chart (with two delegations the Pareto
// frontier in the plane, with the fallbacks, the openings, the Nash point and the text; with
// more, one line per delegation, since the frontier has as many dimensions as delegations).
// Each chart is an image with a title, and the same figures follow as a table.
import type { BargainingChart, MeterChart, MeterSeries, SideRef } from '../../classroom/index.ts';
import { el, svg, uid } from '../dom/el.ts';
import { classroomWords, fmt } from '../../present/index.ts';
import { placeLabels, type LabelSpec, type Marker } from '../dom/chart-labels.ts';

const W = 300;
const H = 150;
const PAD = { left: 34, right: 10, top: 12, bottom: 26 };

function figureTable(caption: string, head: string[], rows: string[][], cls = 'data-table'): HTMLTableElement {
  return el(
    'table',
    { class: cls },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
    el('tbody', {}, ...rows.map(([first, ...rest]) => el('tr', {}, el('th', { text: first ?? '', attrs: { scope: 'row' } }), ...rest.map((c) => el('td', { text: c }))))),
  );
}

const words = () => classroomWords().debrief;
/** The scale a meter's axis is printed on: a fallback (a worth, 0–1) on 0–100 like every worth in the debrief; the rest as they are. */
const scaleOf = (s: MeterSeries) => (s.meter === 'reservation' ? 100 : 1);
/** A figure of the table: a rung by its name, a meter as the debrief's analysis prints it (a fallback on 0–100). */
const show = (s: MeterSeries, rungs: string[], v: number) =>
  s.meter === 'pressure' ? (rungs[Math.round(v)] ?? String(v)) : classroomWords().analysis.value({ reservation: s.meter === 'reservation', value: v });

/** The legend's words for each delegation's line, in the order of the series' styles (pages.css). */
const LINE_KEYS = ['solid', 'dashed', 'dotted', 'dashDotted'] as const;

/** One meter (one series, or one per delegation) over the rounds. */
function meterFigure(chart: MeterChart, series: MeterSeries[], title: string, sideName: (id: string | null) => string): HTMLElement {
  const w = words();
  const first = series[0]!;
  const lo = first.min;
  // A fallback's axis runs to the whole scale (100), though the model caps a fallback below it.
  const hi = first.meter === 'reservation' ? Math.max(first.max, 1) : first.max;
  const n = chart.rounds.length;
  const x = (i: number) => PAD.left + (i / Math.max(1, n)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - lo) / Math.max(1e-9, hi - lo)) * (H - PAD.top - PAD.bottom);
  const titleId = uid('chart-title');
  const lines = series.map((s, k) =>
    svg('polyline', { class: series.length > 1 ? `series series-${k}` : 'series series-shared', points: [s.start, ...s.points].map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ') }),
  );
  const ticks = chart.rounds.map((r, i) => svg('text', { class: 'tick', x: x(i + 1), y: H - 8, 'text-anchor': 'middle' }, w.roundTick(r.round)));
  const image = svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': titleId, class: 'chart' },
    svg('title', { id: titleId }, w.chartTitle(title)),
    svg('line', { class: 'axis', x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom }),
    svg('line', { class: 'axis', x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom }),
    svg('text', { class: 'tick', x: PAD.left - 4, y: y(hi) + 4, 'text-anchor': 'end' }, fmt().number(hi * scaleOf(first))),
    svg('text', { class: 'tick', x: PAD.left - 4, y: y(lo), 'text-anchor': 'end' }, fmt().number(lo * scaleOf(first))),
    svg('text', { class: 'tick', x: x(0), y: H - 8, 'text-anchor': 'middle' }, w.start),
    ...ticks,
    ...lines,
  );
  const legend = series.length > 1 ? el('p', { class: 'legend small' }, ...series.map((s, k) => el('span', { class: `key key-${k}`, text: w[LINE_KEYS[k] ?? 'dashed'](sideName(s.side)) }))) : null;
  const head = w.seriesHead(chart.rounds.map((r) => r.round));
  const rows = series.map((s) => [s.label, show(s, chart.rungs, s.start), ...s.points.map((v) => show(s, chart.rungs, v))]);
  return el(
    'figure',
    { class: 'meter-figure', attrs: { 'data-meter': first.meter } },
    el('figcaption', { text: `${title}${first.hidden ? w.hiddenDuringPlay : ''}` }),
    image,
    legend,
    // The figures for screen readers: a table kept out of sight (a table will not shrink to a
    // hidden size itself, so a wrapper clips it).
    el('div', { class: 'chart-data' }, figureTable(w.byRound(title), head, rows)),
  );
}

/** The meters charted over the rounds: one figure per meter, sides together. */
export function meterFigures(chart: MeterChart, sides: readonly SideRef[]): HTMLElement[] {
  const byMeter = new Map<string, MeterSeries[]>();
  for (const s of chart.series) byMeter.set(s.meter, [...(byMeter.get(s.meter) ?? []), s]);
  const sideName = (id: string | null) => sides.find((s) => s.id === id)?.shortName ?? '';
  return [...byMeter.values()].map((series) => {
    // A side's series is labelled "Meter (Side)": the figure takes the meter's name.
    const label = series.length > 1 ? series[0]!.label.replace(/\s*\([^()]*\)$/, '') : series[0]!.label;
    return meterFigure(chart, series, label || series[0]!.meter, sideName);
  });
}

/** A small diamond at a point: a text better for both than the final one. */
function diamond(cx: number, cy: number, r = 6): string {
  return `${cx.toFixed(1)},${(cy - r).toFixed(1)} ${(cx + r).toFixed(1)},${cy.toFixed(1)} ${cx.toFixed(1)},${(cy + r).toFixed(1)} ${(cx - r).toFixed(1)},${cy.toFixed(1)}`;
}

/** The least and the most a delegation gets from the frontier's texts, or null with no frontier. */
export function frontierReach(b: Pick<BargainingChart, 'frontier'>, side: number): [number, number] | null {
  if (b.frontier.length === 0) return null;
  let least = Infinity;
  let most = -Infinity;
  for (const p of b.frontier) {
    least = Math.min(least, p[side]!);
    most = Math.max(most, p[side]!);
  }
  return [least, most];
}

/** The rows of the chart's table: each point, one figure per delegation. */
function pointRows(b: BargainingChart, sides: readonly SideRef[]): string[][] {
  const w = words();
  const each = (values: readonly number[] | null) => sides.map((s) => (values ? w.percent(values[s.index]!) : '–'));
  const reach = sides.map((s) => frontierReach(b, s.index));
  return [
    [w.theText, ...each(b.text)],
    [w.nashPoint, ...each(b.nash)],
    ...(b.better ? [[w.betterForBoth(sides.length), ...each(b.better)]] : []),
    [w.fallbacks, ...each(b.fallbacks)],
    // With more than two the lines draw each delegation's reach on the frontier; the table says it.
    ...(sides.length > 2 ? [[w.frontierReach, ...reach.map((r) => (r ? w.percentRange(r[0], r[1]) : '–'))]] : []),
    ...sides.map((s) => [w.opening(s.nameInText), ...each(b.openings[s.index]!)]),
  ];
}

/** The bargaining chart: with two delegations, utilities of the first on x and the second on y (0–1); with more, one line each. */
export function bargainingFigure(b: BargainingChart, sides: readonly SideRef[]): HTMLElement {
  if (sides.length > 2) return bargainingLines(b, sides);
  const width = 340;
  const h = 280;
  const pad = 40;
  const x = (u: number) => pad + u * (width - pad - 20);
  const y = (u: number) => h - pad - u * (h - pad - 16);
  const titleId = uid('frontier-title');
  const w = words();
  const points = [...b.frontier].sort((p, q) => p[0] - q[0]).map(([u0, u1]) => `${x(u0).toFixed(1)},${y(u1).toFixed(1)}`).join(' ');
  const image = svg(
    'svg',
    { viewBox: `0 0 ${width} ${h}`, role: 'img', 'aria-labelledby': titleId, class: 'chart bargaining-chart' },
    svg('title', { id: titleId }, w.frontierTitle),
    svg('line', { class: 'axis', x1: pad, y1: h - pad, x2: width - 10, y2: h - pad }),
    svg('line', { class: 'axis', x1: pad, y1: h - pad, x2: pad, y2: 8 }),
    svg('text', { class: 'tick', x: width / 2, y: h - 10, 'text-anchor': 'middle' }, b.axes[0]),
    svg('text', { class: 'tick', x: 14, y: h / 2, transform: `rotate(-90 14 ${h / 2})`, 'text-anchor': 'middle' }, b.axes[1]),
    svg('polyline', { class: 'front', points }),
    svg('line', { class: 'res', x1: x(b.fallbacks[0]), y1: y(0), x2: x(b.fallbacks[0]), y2: y(1) }),
    svg('line', { class: 'res', x1: x(0), y1: y(b.fallbacks[1]), x2: x(1), y2: y(b.fallbacks[1]) }),
    ...planeMarks(b, (p) => ({ x: x(p[0]!), y: y(p[1]!) }), { text: w.theText, nash: w.nashPoint, opened: sides.slice(0, 2).map((s) => w.opened(s.nameInText)) }, { width, height: h, fontSize: 10 }, 'tick'),
  );
  return bargainingFigureOf(w.frontierCaption(b.frontier.length), image, b, sides);
}

/**
 * The points of a two-delegation bargaining chart, drawn and labelled: the openings, the Nash
 * point, the final text and a text better for both (drawn over the text's square and larger, so
 * one close to it still shows), each label placed clear of the other marks (placeLabels).
 */
export function planeMarks(
  b: Pick<BargainingChart, 'text' | 'nash' | 'better' | 'openings' | 'frontier'>,
  at: (p: readonly number[]) => { x: number; y: number },
  names: { text: string; nash: string; opened: readonly string[] },
  chart: { width: number; height: number; fontSize: number },
  labelClass?: string,
): SVGElement[] {
  const mark = (p: readonly number[], r: number): Marker => ({ ...at(p), r });
  const text = mark(b.text, 6);
  const nash = b.nash ? mark(b.nash, 6) : null;
  const better = b.better ? mark(b.better, 10) : null;
  const openings = b.openings.slice(0, 2).map((p) => mark(p, 4));
  const labels: LabelSpec[] = [{ at: text, text: names.text }, ...(nash ? [{ at: nash, text: names.nash }] : []), ...openings.map((o, k) => ({ at: o, text: names.opened[k] ?? '' }))];
  // The frontier's own points too, so a label keeps off the line as well as the marks.
  const line = b.frontier.map((p) => mark(p, 2));
  const placed = placeLabels(labels, [text, ...(nash ? [nash] : []), ...(better ? [better] : []), ...openings, ...line], chart);
  return [
    ...openings.map((o) => svg('circle', { class: 'opening', cx: o.x, cy: o.y, r: o.r })),
    ...(nash ? [svg('circle', { class: 'nash', cx: nash.x, cy: nash.y, r: nash.r })] : []),
    svg('rect', { class: 'final', x: text.x - text.r, y: text.y - text.r, width: 2 * text.r, height: 2 * text.r }),
    ...(better ? [svg('polygon', { class: 'better', points: diamond(better.x, better.y, better.r) })] : []),
    ...labels.map((l, k) => svg('text', { ...(labelClass ? { class: labelClass } : {}), x: placed[k]!.x, y: placed[k]!.y, 'text-anchor': placed[k]!.anchor }, l.text)),
  ];
}

/** The figure around a bargaining image: its caption, and its points in a table. */
function bargainingFigureOf(caption: string, image: SVGSVGElement, b: BargainingChart, sides: readonly SideRef[]): HTMLElement {
  const w = words();
  return el('figure', { class: 'bargaining-figure' }, el('figcaption', { text: caption }), image, figureTable(w.pointsCaption, [w.point, ...b.axes], pointRows(b, sides)));
}

/**
 * The bargaining chart for more than two delegations: a frontier of three or four dimensions has
 * no honest picture in the plane, so each delegation gets a line from 0 to 1 marked with its
 * fallback, every opening, the Nash point, the text and any text better for every side.
 */
function bargainingLines(b: BargainingChart, sides: readonly SideRef[]): HTMLElement {
  const w = words();
  return bargainingFigureOf(w.frontierCaptionMany(b.frontier.length), bargainingLinesImage(b, sides, w.frontierTitleMany), b, sides);
}

/** The lines alone, titled `title` (the outcome screen draws them beside its own table). */
export function bargainingLinesImage(b: BargainingChart, sides: readonly Pick<SideRef, 'index' | 'shortName'>[], title: string): SVGSVGElement {
  const width = 340;
  const left = 96;
  const rowH = 40;
  const top = 18;
  const h = top + sides.length * rowH + 24;
  const x = (u: number) => left + u * (width - left - 16);
  const w = words();
  const titleId = uid('frontier-title');
  const rows = sides.map((s, k) => {
    const i = s.index;
    const y = top + k * rowH + rowH / 2;
    const reach = frontierReach(b, i);
    return svg(
      'g',
      { class: `delegation-line line-${k}` },
      svg('text', { class: 'tick', x: left - 8, y: y + 4, 'text-anchor': 'end' }, s.shortName),
      svg('line', { class: 'axis', x1: x(0), y1: y, x2: x(1), y2: y }),
      // What the frontier's texts can give this delegation, least to most: the room to share.
      reach ? svg('line', { class: 'reach', x1: x(reach[0]), y1: y, x2: x(reach[1]), y2: y }) : null,
      svg('line', { class: 'res', x1: x(b.fallbacks[i]!), y1: y - 10, x2: x(b.fallbacks[i]!), y2: y + 10 }),
      ...b.openings.map((o) => svg('circle', { class: 'opening', cx: x(o[i]!), cy: y, r: 3 })),
      b.nash ? svg('circle', { class: 'nash', cx: x(b.nash[i]!), cy: y, r: 5 }) : null,
      svg('rect', { class: 'final', x: x(b.text[i]!) - 5, y: y - 5, width: 10, height: 10 }),
      b.better ? svg('polygon', { class: 'better', points: diamond(x(b.better[i]!), y, 5) }) : null,
    );
  });
  return svg(
    'svg',
    { viewBox: `0 0 ${width} ${h}`, role: 'img', 'aria-labelledby': titleId, class: 'chart bargaining-chart' },
    svg('title', { id: titleId }, title),
    ...rows,
    svg('text', { class: 'tick', x: x(0), y: h - 6, 'text-anchor': 'middle' }, w.percent(0)),
    svg('text', { class: 'tick', x: x(1), y: h - 6, 'text-anchor': 'middle' }, w.percent(1)),
  );
}
