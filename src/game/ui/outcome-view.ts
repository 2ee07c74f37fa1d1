// The outcome screen's content: the final text against the Nash point, item by item; each
// side's value of it against its fallback and what its hardliners demand; the bargaining chart
// (the Pareto frontier, the fallbacks, the openings, the Nash point, the final text) with the
// same figures in tables for screen readers; the vote at home on a text both accepted; and what
// really happened.
import type { CompiledScenario, SideIndex } from '../../model/index.ts';
import { el, svg } from '../dom/el.ts';
import { gameWords, messages, type OutcomeAnalysis, reportLabel, sideLabel, sideName, textLabel } from '../../present/index.ts';
import { sourceItem } from './dossier.ts';
import { bargainingLinesImage, planeMarks } from '../pages/debrief-charts.ts';

const pct = (v: number) => gameWords().play.outcome.value(v);

function chart(c: CompiledScenario, a: OutcomeAnalysis): SVGSVGElement {
  const W = 320;
  const H = 240;
  const pad = 34;
  const x = (u: number) => pad + u * (W - pad - 30);
  const y = (u: number) => H - pad - u * (H - pad - 24);
  const ch = a.chart;
  const w = gameWords().play.outcome;
  const common = messages().ui.common;
  const points = [...ch.frontier].sort((p, q) => p[0]! - q[0]!).map((p) => `${x(p[0]!).toFixed(1)},${y(p[1]!).toFixed(1)}`).join(' ');
  const r0 = ch.fallbacks[0]!;
  const r1 = ch.fallbacks[1]!;
  return svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'frontier-title' },
    svg('title', { id: 'frontier-title' }, w.chartTitle),
    svg('line', { class: 'axis', x1: pad, y1: H - pad, x2: W - 6, y2: H - pad }),
    svg('line', { class: 'axis', x1: pad, y1: H - pad, x2: pad, y2: 6 }),
    svg('text', { x: W / 2, y: H - 8, 'text-anchor': 'middle' }, ch.axes[0]),
    svg('text', { x: 12, y: H / 2, transform: `rotate(-90 12 ${H / 2})`, 'text-anchor': 'middle' }, ch.axes[1]),
    svg('polyline', { class: 'front', points }),
    svg('line', { class: 'res', x1: x(r0), y1: y(0), x2: x(r0), y2: y(1) }),
    svg('line', { class: 'res', x1: x(0), y1: y(r1), x2: x(1), y2: y(r1) }),
    ...planeMarks(ch, (p) => ({ x: x(p[0]!), y: y(p[1]!) }), { text: w.finalText, nash: common.nashPoint, opened: [sideName(c, 0), sideName(c, 1)].map((s) => w.opened(s)) }, { width: W, height: H, fontSize: 11 }),
  );
}

function sideRow(c: CompiledScenario, a: OutcomeAnalysis, s: SideIndex): HTMLElement {
  const t = a.text;
  const value = t.utilities[s];
  const fallback = t.reservations[s];
  const home = t.floors[s];
  const w = gameWords().play.outcome;
  const verdict = value <= fallback ? w.worthNo : value < home ? w.worthShort : w.worthYes;
  return el(
    'tr',
    {},
    el('th', { attrs: { scope: 'row' }, text: sideLabel(c, s) }),
    el('td', { text: pct(value) }),
    el('td', { text: pct(fallback) }),
    el('td', { text: pct(home) }),
    el('td', { text: verdict }),
    el('td', { text: t.nash ? pct(t.nash[s]) : '–' }),
  );
}

export function outcomeContent(c: CompiledScenario, a: OutcomeAnalysis): HTMLElement[] {
  const w = gameWords().play.outcome;
  const common = messages().ui.common;
  const th = (text: string) => el('th', { text, attrs: { scope: 'col' } });
  const left = el(
    'section',
    { attrs: { 'aria-label': w.textRegion } },
    el('h2', { text: textLabel(a.text.kind, c.sides.length) }),
    el(
      'table',
      { class: 'text-table' },
      el('caption', { class: 'visually-hidden', text: w.textCaption }),
      el('thead', {}, el('tr', {}, th(common.issue), th(w.finalText), th(common.nashPoint))),
      el('tbody', {}, ...a.text.items.map((i) => el('tr', {}, el('th', { text: i.issueName, attrs: { scope: 'row' } }), el('td', { text: i.optionLabel ?? common.leftOpen }), el('td', { text: a.text.nash ? (i.nashLabel ?? common.leftOpen) : c.sides.length === 2 ? w.noNash : w.noNashMany })))),
    ),
  );
  const history = c.scenario.history;
  const ending = c.scenario.ending;
  const right = el(
    'section',
    { attrs: { 'aria-label': w.comparesRegion } },
    el('h2', { text: w.compares }),
    el('p', { class: 'small muted', text: w.valuesNote }),
    el(
      'table',
      { class: 'text-table' },
      el('caption', { class: 'visually-hidden', text: w.sidesCaption }),
      el('thead', {}, el('tr', {}, ...w.sidesHead.map(th))),
      el('tbody', {}, ...c.sideIndices.map((s) => sideRow(c, a, s))),
    ),
    el('div', { class: 'small' }, ...a.text.verdict.map((v) => el('p', { text: v }))),
    a.text.ratification ? el('h3', { text: w.atHome }) : null,
    a.text.ratification
      ? el('div', { class: 'small', attrs: { 'data-outcome': 'ratification' } }, el('p', { text: a.text.ratificationText ?? '' }), ...a.text.ratification.map((r) => el('p', { text: r.text })))
      : null,
    // More than two delegations: no plane holds every delegation's worth; a line each, as the debrief draws them.
    el('div', { class: 'frontier' }, c.sides.length === 2 ? chart(c, a) : bargainingLinesImage(a.chart, c.sideIndices.map((s) => ({ index: s, shortName: sideLabel(c, s) })), w.rowsTitle)),
    el('p', { class: 'small muted', text: c.sides.length === 2 ? w.chartNote : w.rowsNote }),
    history.length ? el('h2', { text: common.whatReallyHappened }) : null,
    // How the talks themselves ended, when the file says: the last entry may be years later.
    ending ? el('p', { attrs: { 'data-outcome': 'ending' } }, el('strong', { text: w.realEnding({ date: ending.date, headline: ending.headline }) }), el('span', { text: ending.body })) : null,
    history.length
      ? el(
          'ul',
          { class: 'history' },
          ...history.map((h) => {
            const sources = h.sources.map((id) => c.scenario.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
            return el('li', {}, el('strong', { text: w.history({ date: h.date, headline: h.headline }) }), el('span', { text: h.body }), h.reported ? el('span', { class: 'badge reported', text: reportLabel(c.scenario.sources, h.sources) }) : null, sources.length ? el('ul', { class: 'source-list small' }, ...sources.map(sourceItem)) : null);
          }),
        )
      : null,
  );
  return [el('div', { class: 'outcome-grid', attrs: { tabindex: 0, 'aria-label': w.detail } }, left, right)];
}
