// The outcome screen's content: the verdict, the final text against the Nash point, each side's
// value of it against its value of no deal, a chart of the Pareto frontier (with a table that
// says the same for screen readers), and what really happened.
import type { CompiledScenario } from '../../model/compile.ts';
import { el, svg } from '../dom/el.ts';
import type { OutcomeAnalysis } from '../view/outcome.ts';
import { sourceItem } from './dossier.ts';

const pct = (v: number) => `${Math.round(v * 100)}`;

function chart(a: OutcomeAnalysis): SVGSVGElement {
  const W = 320;
  const H = 240;
  const pad = 34;
  const x = (u: number) => pad + u * (W - pad - 10);
  const y = (u: number) => H - pad - u * (H - pad - 10);
  const front = [...a.frontier].sort((p, q) => p[0] - q[0]);
  const points = front.map(([u0, u1]) => `${x(u0).toFixed(1)},${y(u1).toFixed(1)}`).join(' ');
  const [r0, r1] = [a.sides[0].reservation, a.sides[1].reservation];
  return svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'frontier-title' },
    svg('title', { id: 'frontier-title' }, 'The Pareto frontier of possible texts, each side’s value of no deal, the Nash point and the final text'),
    svg('line', { class: 'axis', x1: pad, y1: H - pad, x2: W - 6, y2: H - pad }),
    svg('line', { class: 'axis', x1: pad, y1: H - pad, x2: pad, y2: 6 }),
    svg('text', { x: W / 2, y: H - 8, 'text-anchor': 'middle' }, `${a.sides[0].name}: value of the text`),
    svg('text', { x: 12, y: H / 2, transform: `rotate(-90 12 ${H / 2})`, 'text-anchor': 'middle' }, `${a.sides[1].name}: value`),
    svg('polyline', { class: 'front', points }),
    svg('line', { class: 'res', x1: x(r0), y1: y(0), x2: x(r0), y2: y(1) }),
    svg('line', { class: 'res', x1: x(0), y1: y(r1), x2: x(1), y2: y(r1) }),
    a.nash ? svg('circle', { class: 'nash', cx: x(a.nash.u[0]), cy: y(a.nash.u[1]), r: 6 }) : null,
    a.nash ? svg('text', { x: x(a.nash.u[0]) + 8, y: y(a.nash.u[1]) - 8 }, 'Nash point') : null,
    svg('rect', { class: 'final', x: x(a.finalPoint[0]) - 6, y: y(a.finalPoint[1]) - 6, width: 12, height: 12 }),
    svg('text', { x: x(a.finalPoint[0]) + 9, y: y(a.finalPoint[1]) + 16 }, 'Final text'),
  );
}

export function outcomeContent(c: CompiledScenario, a: OutcomeAnalysis): HTMLElement[] {
  const sideRow = (s: 0 | 1) => {
    const r = a.sides[s];
    return el(
      'tr',
      {},
      el('th', { attrs: { scope: 'row' }, text: r.name }),
      el('td', { text: pct(r.value) }),
      el('td', { text: pct(r.reservation) }),
      el('td', { text: r.clears ? 'Yes: better than no deal' : 'No: no deal is worth as much or more' }),
      el('td', { text: r.nashValue === null ? '–' : pct(r.nashValue) }),
    );
  };
  const left = el(
    'section',
    { attrs: { 'aria-label': 'The final text' } },
    el('h2', { text: a.textLabel }),
    el(
      'table',
      { class: 'text-table' },
      el('caption', { class: 'visually-hidden', text: 'The final text against the Nash bargaining point, issue by issue' }),
      el('thead', {}, el('tr', {}, el('th', { text: 'Issue', attrs: { scope: 'col' } }), el('th', { text: 'Final text', attrs: { scope: 'col' } }), el('th', { text: 'Nash point', attrs: { scope: 'col' } }))),
      el('tbody', {}, ...a.items.map((i) => el('tr', {}, el('th', { text: i.issue, attrs: { scope: 'row' } }), el('td', { text: i.option }), el('td', { text: i.nash ?? 'No text beats no deal for both' })))),
    ),
  );
  const history = c.scenario.history;
  const right = el(
    'section',
    { attrs: { 'aria-label': 'How it compares' } },
    el('h2', { text: 'Against no deal, and against the Nash point' }),
    el('p', { class: 'small muted', text: 'Values run from 0 to 100 in each side’s own terms (items left open count at its value of no deal). These hidden numbers are game assumptions, revealed now.' }),
    el(
      'table',
      { class: 'text-table' },
      el('caption', { class: 'visually-hidden', text: 'Each side’s value of the final text, of no deal, and of the Nash point' }),
      el('thead', {}, el('tr', {}, el('th', { text: 'Side', attrs: { scope: 'col' } }), el('th', { text: 'Final text', attrs: { scope: 'col' } }), el('th', { text: 'No deal', attrs: { scope: 'col' } }), el('th', { text: 'Worth it?', attrs: { scope: 'col' } }), el('th', { text: 'Nash point', attrs: { scope: 'col' } }))),
      el('tbody', {}, sideRow(0), sideRow(1)),
    ),
    el('div', { class: 'frontier' }, chart(a)),
    el('p', { class: 'small muted', text: 'The line is the Pareto frontier: texts no other text beats for both sides. Dashed lines: each side’s value of no deal. The Nash point maximises the product of both sides’ gains over no deal.' }),
    history.length ? el('h2', { text: 'What really happened' }) : null,
    history.length
      ? el(
          'ul',
          { class: 'history' },
          ...history.map((h) => {
            const sources = h.sources.map((id) => c.scenario.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
            return el('li', {}, el('strong', { text: `${h.date}: ${h.headline}. ` }), el('span', { text: h.body }), h.reported ? el('span', { class: 'badge reported', text: 'reported' }) : null, sources.length ? el('ul', { class: 'source-list small' }, ...sources.map(sourceItem)) : null);
          }),
        )
      : null,
  );
  return [el('div', { class: 'outcome-grid' }, left, right)];
}
