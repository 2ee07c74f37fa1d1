// The timeline as a list: the steps grouped by round, each a button labelled with its action.
// One tab stop (the step shown); the up and down arrows, Home and End move along the list.
import { el } from '../dom/el.ts';
import { gameWords, type TimelineStep } from '../../present/index.ts';

export interface TimelineList {
  node: HTMLElement;
  setStep(step: number): void;
}

export function timelineList(steps: readonly TimelineStep[], jump: (step: number, focus: boolean) => void): TimelineList {
  const w = gameWords().replays.timeline;
  const buttons: HTMLButtonElement[] = [];
  const rounds = new Map<number, HTMLElement[]>();
  for (const t of steps) {
    const b = el('button', { class: 'tl-step', attrs: { type: 'button', tabindex: -1, 'data-step': t.step }, on: { click: () => jump(t.step, true) } }, el('span', { class: 'tl-n', text: w.step(t.step) }), ' ', t.label);
    buttons.push(b);
    rounds.set(t.round, [...(rounds.get(t.round) ?? []), el('li', {}, b)]);
  }
  const list = el(
    'ol',
    { class: 'tl-rounds', attrs: { 'aria-label': w.label } },
    ...[...rounds].map(([round, items]) => el('li', {}, el('h3', { class: 'tl-round', text: w.round(round + 1) }), el('ol', { class: 'tl-steps' }, ...items))),
  );
  const box = el('div', { class: 'tl-box', attrs: { 'data-role': 'timeline' } }, list);
  box.addEventListener('keydown', (e) => {
    const i = buttons.findIndex((b) => b === document.activeElement);
    if (i < 0) return;
    const next = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    jump(Math.max(0, Math.min(buttons.length - 1, next)), true);
  });
  let shown: HTMLButtonElement | null = null;
  return {
    node: box,
    setStep(step) {
      const b = buttons[step];
      if (!b || b === shown) return;
      if (shown) {
        shown.tabIndex = -1;
        shown.removeAttribute('aria-current');
      }
      b.tabIndex = 0;
      b.setAttribute('aria-current', 'step');
      shown = b;
      // Keep the step in view inside the list only (the page itself does not scroll).
      const top = b.offsetTop;
      if (top < box.scrollTop || top + b.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - box.clientHeight / 2);
    },
  };
}
