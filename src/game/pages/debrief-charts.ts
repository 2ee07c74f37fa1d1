// The debrief's charts, drawn as inline SVG from the debrief's chart-ready data: one small
// chart per meter over the rounds (two lines, solid and dashed, for a meter each side has), and
// the bargaining chart (the Pareto frontier, the fallbacks, the openings, the Nash point and the
// text). Each chart is an image with a title, and the same figures follow as a table.
import type { BargainingChart, MeterChart, MeterSeries, SideRef } from '../../classroom/index.ts';
import { el, svg, uid } from '../dom/el.ts';
import { classroomWords, fmt } from '../../present/index.ts';

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
const show = (s: MeterSeries, rungs: string[], v: number) => (s.meter === 'pressure' ? (rungs[Math.round(v)] ?? String(v)) : words().value(v));

/** One meter (one or two series) over the rounds. */
function meterFigure(chart: MeterChart, series: MeterSeries[], title: string, sideName: (id: string | null) => string): HTMLElement {
  const w = words();
  const first = series[0]!;
  const lo = first.min;
  const hi = first.max;
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
    svg('text', { class: 'tick', x: PAD.left - 4, y: y(hi) + 4, 'text-anchor': 'end' }, fmt().number(hi)),
    svg('text', { class: 'tick', x: PAD.left - 4, y: y(lo), 'text-anchor': 'end' }, fmt().number(lo)),
    svg('text', { class: 'tick', x: x(0), y: H - 8, 'text-anchor': 'middle' }, w.start),
    ...ticks,
    ...lines,
  );
  const legend = series.length > 1 ? el('p', { class: 'legend small' }, ...series.map((s, k) => el('span', { class: `key key-${k}`, text: k === 0 ? w.solid(sideName(s.side)) : w.dashed(sideName(s.side)) }))) : null;
  const head = w.seriesHead(chart.rounds.map((r) => r.round));
  const rows = series.map((s) => [s.label, show(s, chart.rungs, s.start), ...s.points.map((v) => show(s, chart.rungs, v))]);
  return el(
    'figure',
    { class: 'meter-figure' },
    el('figcaption', { text: `${title}${first.hidden ? w.hiddenDuringPlay : ''}` }),
    image,
    legend,
    // The figures for screen readers: a table kept out of sight (a table will not shrink to a
    // hidden size itself, so a wrapper clips it).
    el('div', { class: 'chart-data' }, figureTable(w.byRound(title), head, rows)),
  );
}

/** The meters charted over the rounds: one figure per meter, sides together. */
export function meterFigures(chart: MeterChart, sides: [SideRef, SideRef]): HTMLElement[] {
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

/** The bargaining chart: utilities of the first side on x, the second on y (0–1). */
export function bargainingFigure(b: BargainingChart, sides: [SideRef, SideRef]): HTMLElement {
  const width = 340;
  const h = 280;
  const pad = 40;
  const x = (u: number) => pad + u * (width - pad - 20);
  const y = (u: number) => h - pad - u * (h - pad - 16);
  const titleId = uid('frontier-title');
  const w = words();
  const points = [...b.frontier].sort((p, q) => p[0] - q[0]).map(([u0, u1]) => `${x(u0).toFixed(1)},${y(u1).toFixed(1)}`).join(' ');
  const label = (p: [number, number], text: string, cls: string) => {
    const right = p[0] > 0.55;
    return svg('text', { class: cls, x: x(p[0]) + (right ? -8 : 8), y: y(p[1]) - 7, 'text-anchor': right ? 'end' : 'start' }, text);
  };
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
    svg('circle', { class: 'opening', cx: x(b.openings[0][0]), cy: y(b.openings[0][1]), r: 4 }),
    label(b.openings[0], w.opened(sides[0].nameInText), 'tick'),
    svg('circle', { class: 'opening', cx: x(b.openings[1][0]), cy: y(b.openings[1][1]), r: 4 }),
    label(b.openings[1], w.opened(sides[1].nameInText), 'tick'),
    b.nash ? svg('circle', { class: 'nash', cx: x(b.nash[0]), cy: y(b.nash[1]), r: 6 }) : null,
    b.nash ? label(b.nash, w.nashPoint, 'tick') : null,
    svg('rect', { class: 'final', x: x(b.text[0]) - 6, y: y(b.text[1]) - 6, width: 12, height: 12 }),
    svg('text', { class: 'tick', x: x(b.text[0]) + 9, y: y(b.text[1]) + 16 }, w.theText),
    b.better ? svg('polygon', { class: 'better', points: diamond(x(b.better[0]), y(b.better[1])) }) : null,
  );
  const u = (v: number) => w.percent(v);
  const rows = [
    [w.theText, u(b.text[0]), u(b.text[1])],
    [w.nashPoint, b.nash ? u(b.nash[0]) : '–', b.nash ? u(b.nash[1]) : '–'],
    ...(b.better ? [[w.betterForBoth, u(b.better[0]), u(b.better[1])]] : []),
    [w.fallbacks, u(b.fallbacks[0]), u(b.fallbacks[1])],
    [w.opening(sides[0].nameInText), u(b.openings[0][0]), u(b.openings[0][1])],
    [w.opening(sides[1].nameInText), u(b.openings[1][0]), u(b.openings[1][1])],
  ];
  return el(
    'figure',
    { class: 'bargaining-figure' },
    el('figcaption', { text: w.frontierCaption(b.frontier.length) }),
    image,
    figureTable(w.pointsCaption, [w.point, b.axes[0], b.axes[1]], rows),
  );
}
