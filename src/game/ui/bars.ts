// The concessions: two bars closing the gap, the first side's from the inline start and the
// second's from the end, with the draft marked between them; and the visible progress of the talks.
import type { MediatorState } from '../../machine/index.ts';
import { itemAt, type CompiledScenario } from '../../model/index.ts';
import { el, setText } from '../dom/el.ts';
import { changeLine, concededShares, gameWords, gapView, meterName, recentChanges, recentMoves, sideName } from '../../present/index.ts';
import { icon } from './icons.ts';
import { showDelta } from './meter.ts';
import { attachWhy } from './why.ts';

export interface Bars {
  readonly node: HTMLElement;
  update(state: MediatorState, before: MediatorState | null): void;
}

function focusable(label: string): { node: HTMLElement; text: HTMLElement; set(valueNow: number, valueText: string, lines: string[], title: string): void } {
  const text = el('span');
  const node = el('span', { class: 'meter-focus', attrs: { role: 'meter', tabindex: 0, 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': 100 } }, text);
  const why = attachWhy(node);
  node.appendChild(why.description);
  return {
    node,
    text,
    set(valueNow, valueText, lines, title) {
      node.setAttribute('aria-valuenow', String(valueNow));
      node.setAttribute('aria-valuetext', valueText);
      why.set({ title, lines });
    },
  };
}

export function createBars(c: CompiledScenario): Bars {
  return c.sideIndices.length === 2 ? createGapBars(c) : createPartyBars(c);
}

/**
 * More than two delegations: no single line runs between them, so each delegation's move is a
 * meter of its own (present/views/conceded.ts), with the draft's version and the progress.
 */
function createPartyBars(c: CompiledScenario): Bars {
  const w = gameWords().play.bars;
  const meters = c.sideIndices.map((s) => focusable(meterName(c, 'concession', s)));
  const progress = focusable(w.progress);
  const draftText = el('span');
  const node = el(
    'div',
    {},
    el(
      'div',
      { class: 'bars-row conceded-list' },
      el('h2', { class: 'hud-title' }, icon('handshake'), w.title),
      ...meters.map((m, s) => el('span', {}, el('span', { class: `swatch s${s}`, attrs: { 'aria-hidden': 'true' } }), m.node)),
      draftText,
      progress.node,
    ),
  );
  return {
    node,
    update(state, before) {
      const shares = concededShares(c, state);
      const was = before ? concededShares(c, before) : null;
      for (const s of c.sideIndices) {
        const name = sideName(c, s);
        const m = meters[s]!;
        setText(m.text, w.conceded({ side: name, percent: shares[s]! }));
        m.set(shares[s]!, w.concededSpreadText({ side: name, percent: shares[s]! }), recentMoves(c, state, s), w.concededWhy(name));
        if (was && was[s] !== shares[s]) showDelta(m.node, shares[s]! - was[s]!);
      }
      const settles = c.issueIds.some((_, i) => itemAt(state.draft, i) !== null);
      setText(draftText, settles ? w.draftVersion(state.draftVersion) : w.noDraft);
      const p = Math.round(state.progress);
      setText(progress.text, w.progressText(p));
      progress.set(p, w.progressValue(p), recentChanges(state, 'progress', null).map((e) => changeLine(c, e)), w.progressWhy);
      if (before && Math.round(before.progress) !== p) showDelta(progress.node, p - Math.round(before.progress));
    },
  };
}

function createGapBars(c: CompiledScenario): Bars {
  const left = el('span', { class: 'left' });
  const right = el('span', { class: 'right' });
  const mark = el('span', { class: 'draft-mark' });
  const w = gameWords().play.bars;
  const s0 = focusable(meterName(c, 'concession', 0));
  const s1 = focusable(meterName(c, 'concession', 1));
  const progress = focusable(w.progress);
  const draftText = el('span');
  const node = el(
    'div',
    {},
    el('div', { class: 'bars-row' }, el('h2', { class: 'hud-title' }, icon('handshake'), w.title), el('div', { class: 'gap-bars', attrs: { 'aria-hidden': 'true' } }, left, right, mark)),
    el(
      'div',
      { class: 'bars-legend' },
      el('span', {}, el('span', { class: 'swatch s0', attrs: { 'aria-hidden': 'true' } }), s0.node),
      el('span', {}, el('span', { class: 'swatch d', attrs: { 'aria-hidden': 'true' } }), draftText),
      progress.node,
      el('span', {}, s1.node, el('span', { class: 'swatch s1', attrs: { 'aria-hidden': 'true' } })),
    ),
  );
  return {
    node,
    update(state, before) {
      const g = gapView(c, state);
      left.style.width = `${g.left * 100}%`;
      right.style.width = `${(1 - g.right) * 100}%`;
      mark.hidden = g.draft === null;
      // Inline: the draft's place runs from the first side's end, whichever way the page reads.
      if (g.draft !== null) mark.style.insetInlineStart = `${g.draft * 100}%`;
      const gapPct = Math.max(0, Math.round((g.right - g.left) * 100));
      for (const s of [0, 1] as const) {
        const f = s === 0 ? s0 : s1;
        const name = sideName(c, s);
        setText(f.text, w.conceded({ side: name, percent: g.conceded[s] }));
        f.set(g.conceded[s], w.concededText({ side: name, percent: g.conceded[s] }), recentMoves(c, state, s), w.concededWhy(name));
        if (before) {
          const was = gapView(c, before).conceded[s];
          if (was !== g.conceded[s]) showDelta(f.node, g.conceded[s] - was);
        }
      }
      setText(draftText, g.draft === null ? w.noDraft : w.draft({ version: state.draftVersion, gap: gapPct }));
      setText(progress.text, w.progressText(g.progress));
      progress.set(g.progress, w.progressValue(g.progress), recentChanges(state, 'progress', null).map((e) => changeLine(c, e)), w.progressWhy);
      if (before && Math.round(before.progress) !== g.progress) showDelta(progress.node, g.progress - Math.round(before.progress));
    },
  };
}
