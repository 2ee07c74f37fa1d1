// The pressure ladder (named by the scenario): every rung by name, war at the top, the current rung marked by
// words ("now"), the scenario's icon and its border, not by colour alone. Focus or hover says why it moved.
import type { MediatorState } from '../../machine/index.ts';
import type { CompiledScenario } from '../../model/index.ts';
import { el, setText } from '../dom/el.ts';
import { changeLine, gameWords, recentChanges } from '../../present/index.ts';
import { icon, PRESSURE_ICON } from './icons.ts';
import { showDelta } from './meter.ts';
import { attachWhy } from './why.ts';

export interface Ladder {
  readonly node: HTMLElement;
  update(state: MediatorState, before: MediatorState | null): void;
}

export function createLadder(c: CompiledScenario): Ladder {
  const rungs = c.scenario.escalation.rungs;
  const mark = PRESSURE_ICON[c.scenario.setting.pressureIcon];
  const items = rungs.map((r, i) => {
    const now = el('span', { class: 'now' });
    const li = el('li', { class: `rung${i === rungs.length - 1 ? ' top' : ''}`, attrs: { title: r.description } }, el('span', { class: 'pip', attrs: { 'aria-hidden': 'true' } }), el('span', { text: r.name }), now);
    return { li, now };
  });
  const reading = el('p', { class: 'small' });
  const focus = el(
    'div',
    { class: 'ladder-focus', attrs: { role: 'meter', tabindex: 0, 'aria-label': c.scenario.labels.pressure, 'aria-valuemin': 0, 'aria-valuemax': rungs.length - 1 } },
    el('ol', { class: 'ladder-list', attrs: { reversed: true, 'aria-hidden': 'true' } }, ...[...items].reverse().map((x) => x.li)),
  );
  const why = attachWhy(focus);
  focus.appendChild(why.description);
  const node = el('div', {}, el('h2', { class: 'hud-title', attrs: { 'data-icon': c.scenario.setting.pressureIcon } }, icon(mark, 'ladder-icon'), ` ${c.scenario.labels.pressure}`), focus, reading);
  return {
    node,
    update(state, before) {
      const w = gameWords().play.ladder;
      const p = state.pressure;
      items.forEach(({ li, now }, i) => {
        li.classList.toggle('current', i === p);
        li.classList.toggle('below', i < p);
        now.replaceChildren(...(i === p ? [icon(mark), document.createTextNode(w.now)] : []));
      });
      const rung = rungs[p]!;
      const text = w.reading({ rung: p + 1, of: rungs.length, name: rung.name, description: rung.description });
      focus.setAttribute('aria-valuenow', String(p));
      focus.setAttribute('aria-valuetext', text);
      setText(reading, rung.description);
      why.set({ title: w.why(c.scenario.labels.pressure), lines: recentChanges(state, 'pressure', null).map((e) => changeLine(c, e)) });
      if (before && before.pressure !== p) showDelta(focus, p - before.pressure, p > before.pressure ? w.up : w.down);
    },
  };
}
