// The compare view's charts: one meter per chart, the two lines overlaid (line A solid, line B
// dashed, each labelled at its end), the step where they part marked. Each chart is an image
// with a title and a summary sentence, and its figures follow in a table for screen readers.
import { el, svg, uid } from '../dom/el.ts';
import { type ChartView, fmt, gameWords } from '../../present/index.ts';

const W = 300;
const H = 150;
const PAD = { left: 30, right: 18, top: 14, bottom: 22 };

function dataTable(chart: ChartView): HTMLTableElement {
  return el(
    'table',
    { class: 'data-table' },
    el('caption', { text: gameWords().compare.onBothLines(chart.title) }),
    el('thead', {}, el('tr', {}, ...chart.head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
    el('tbody', {}, ...chart.rows.map(([first, ...rest]) => el('tr', {}, el('th', { text: first ?? '', attrs: { scope: 'row' } }), ...rest.map((c) => el('td', { text: c }))))),
  );
}

export function compareFigure(chart: ChartView): HTMLElement {
  const w = gameWords().compare;
  const n = Math.max(1, chart.series[0].length - 1, chart.series[1].length - 1);
  const x = (i: number) => PAD.left + (i / n) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - chart.min) / Math.max(1e-9, chart.max - chart.min)) * (H - PAD.top - PAD.bottom);
  const titleId = uid('compare-chart');
  const path = (s: number[]) => s.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const ends = chart.series.map((s) => ({ i: s.length - 1, v: s[s.length - 1]! }));
  // The end labels: B moves below A when the two would overlap.
  const close = Math.abs(y(ends[0]!.v) - y(ends[1]!.v)) < 10 && Math.abs(x(ends[0]!.i) - x(ends[1]!.i)) < 12;
  const endLabel = (k: 0 | 1) => svg('text', { class: `tick end-label end-${k}`, x: x(ends[k]!.i) + 3, y: y(ends[k]!.v) + (close ? (k === 0 ? -3 : 9) : 3) }, k === 0 ? 'A' : 'B');
  const mark =
    chart.parts === null
      ? []
      : [
          svg('line', { class: 'parts', x1: x(chart.parts), y1: PAD.top - 4, x2: x(chart.parts), y2: H - PAD.bottom }),
          svg('text', { class: 'tick', x: x(chart.parts), y: PAD.top - 5, 'text-anchor': x(chart.parts) > W / 2 ? 'end' : 'start' }, w.partAfter(chart.parts)),
        ];
  const image = svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': titleId, class: 'chart compare-chart' },
    svg('title', { id: titleId }, w.chartTitle(chart.title)),
    svg('line', { class: 'axis', x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom }),
    svg('line', { class: 'axis', x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom }),
    svg('text', { class: 'tick', x: PAD.left - 4, y: y(chart.max) + 4, 'text-anchor': 'end' }, fmt().number(chart.max)),
    svg('text', { class: 'tick', x: PAD.left - 4, y: y(chart.min), 'text-anchor': 'end' }, fmt().number(chart.min)),
    svg('text', { class: 'tick', x: x(0), y: H - 6, 'text-anchor': 'start' }, w.start),
    svg('text', { class: 'tick', x: x(n), y: H - 6, 'text-anchor': 'end' }, w.stepN(n)),
    ...mark,
    svg('polyline', { class: 'series line-a', points: path(chart.series[0]) }),
    svg('polyline', { class: 'series line-b', points: path(chart.series[1]) }),
    endLabel(0),
    endLabel(1),
  );
  return el(
    'figure',
    { class: 'meter-figure compare-figure', attrs: { 'data-chart': chart.key } },
    el('figcaption', { text: chart.title }),
    image,
    el('p', { class: 'small muted chart-summary', text: chart.summary }),
    el('div', { class: 'chart-data' }, dataTable(chart)),
  );
}
