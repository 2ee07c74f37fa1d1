// The meters charted over a line's steps (SVG, in the debrief charts' style): progress, the
// pressure (as a share of the ladder), and each delegation's patience and trust, with the rounds
// marked and a cursor on the step shown. Clicking the chart jumps to the step under the pointer.
import type { CompiledScenario } from '../../model/index.ts';
import type { MeterPoint } from '../../replay/index.ts';
import { el, svg, uid } from '../dom/el.ts';
import { gameWords, meterName, type TimelineStep } from '../../present/index.ts';

const W = 720;
const H = 190;
const PAD = { left: 34, right: 10, top: 10, bottom: 24 };

interface Series {
  label: string;
  cls: string;
  value(p: MeterPoint): number;
}

function seriesOf(c: CompiledScenario): Series[] {
  const top = Math.max(1, c.topRung);
  return [
    { label: meterName(c, 'progress', null), cls: 'vc-progress', value: (p) => p.progress },
    { label: gameWords().replays.chart.pressureShare(meterName(c, 'pressure', null)), cls: 'vc-pressure', value: (p) => (p.pressure / top) * 100 },
    // Each delegation's patience, then each one's trust (dashed), in its own colour.
    ...c.sideIndices.map((s): Series => ({ label: meterName(c, 'patience', s), cls: `vc-side${s}`, value: (p) => p.patience[s] })),
    ...c.sideIndices.map((s): Series => ({ label: meterName(c, 'credibility', s), cls: `vc-side${s} vc-dashed`, value: (p) => p.credibility[s] })),
  ];
}

export interface ViewerChart {
  node: HTMLElement;
  setStep(step: number): void;
}

export function viewerChart(c: CompiledScenario, steps: readonly TimelineStep[], jump: (step: number) => void): ViewerChart {
  const n = Math.max(1, steps.length - 1);
  const x = (i: number) => PAD.left + (i / n) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (Math.max(0, Math.min(100, v)) / 100) * (H - PAD.top - PAD.bottom);
  const series = seriesOf(c);
  const w = gameWords().replays.chart;
  const lines = series.map((s) => svg('polyline', { class: `vc-line ${s.cls}`, points: steps.map((t, i) => `${x(i).toFixed(1)},${y(s.value(t.point)).toFixed(1)}`).join(' ') }));
  // A mark where each round begins.
  const rounds: SVGElement[] = [];
  steps.forEach((t, i) => {
    if (i > 0 && t.round !== steps[i - 1]!.round) {
      rounds.push(svg('line', { class: 'vc-round', x1: x(i), y1: PAD.top, x2: x(i), y2: H - PAD.bottom }));
      rounds.push(svg('text', { class: 'tick', x: x(i) + 3, y: H - 8 }, w.round(t.round + 1)));
    }
  });
  const cursor = svg('line', { class: 'vc-cursor', x1: x(0), y1: PAD.top - 4, x2: x(0), y2: H - PAD.bottom + 4 });
  const titleId = uid('viewer-chart');
  const image = svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': titleId, class: 'chart viewer-chart', 'data-role': 'viewer-chart' },
    svg('title', { id: titleId }, w.title),
    svg('line', { class: 'axis', x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom }),
    svg('line', { class: 'axis', x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom }),
    svg('text', { class: 'tick', x: PAD.left - 4, y: y(100) + 4, 'text-anchor': 'end' }, w.value(100)),
    svg('text', { class: 'tick', x: PAD.left - 4, y: y(0), 'text-anchor': 'end' }, w.value(0)),
    svg('text', { class: 'tick', x: x(0), y: H - 8 }, w.round(1)),
    ...rounds,
    ...lines,
    cursor,
  );
  image.addEventListener('click', (event) => {
    const box = image.getBoundingClientRect();
    if (box.width <= 0) return;
    const vx = ((event.clientX - box.left) / box.width) * W;
    jump(Math.round(((vx - PAD.left) / (W - PAD.left - PAD.right)) * n));
  });
  const legend = el('ul', { class: 'vc-legend small' }, ...series.map((s) => el('li', {}, el('span', { class: `vc-key ${s.cls}`, attrs: { 'aria-hidden': 'true' } }), s.label)));
  return {
    node: el('figure', { class: 'viewer-chart-figure' }, image, legend),
    setStep(step) {
      const at = x(Math.max(0, Math.min(n, step))).toFixed(1);
      cursor.setAttribute('x1', at);
      cursor.setAttribute('x2', at);
    },
  };
}
