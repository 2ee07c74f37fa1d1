// "Why did this move?" for a meter: a description the screen reader reads on focus
// (aria-describedby), and the same text as a tooltip on hover or focus. Escape hides it.
import { el, fill, uid } from '../dom/el.ts';
import { gameWords } from '../../present/index.ts';

export interface WhyContent {
  title: string;
  lines: string[];
}

let tip: HTMLElement | null = null;
let owner: HTMLElement | null = null;

function tooltip(): HTMLElement {
  if (!tip) {
    tip = el('div', { class: 'why', attrs: { role: 'tooltip', 'aria-hidden': 'true' } });
    tip.hidden = true;
    document.body.appendChild(tip);
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && tip && !tip.hidden) hide();
    });
  }
  return tip;
}

function hide(): void {
  if (tip) tip.hidden = true;
  owner = null;
}

function show(target: HTMLElement, content: WhyContent): void {
  const t = tooltip();
  owner = target;
  fill(
    t,
    el('div', { class: 'why-title', text: content.title }),
    content.lines.length ? el('ul', {}, ...content.lines.map((l) => el('li', { text: l }))) : el('div', { class: 'muted', text: gameWords().play.why.none }),
  );
  t.hidden = false;
  const r = target.getBoundingClientRect();
  const w = t.offsetWidth;
  const h = t.offsetHeight;
  // Placed in the viewport's own coordinates (left and top), whichever way the page reads.
  const left = Math.min(Math.max(8, r.left), window.innerWidth - w - 8);
  const below = r.bottom + 6 + h < window.innerHeight;
  t.style.left = `${left}px`;
  t.style.top = `${below ? r.bottom + 6 : Math.max(8, r.top - h - 6)}px`;
}

export interface Why {
  /** The hidden description element (put it anywhere inside the target). */
  readonly description: HTMLElement;
  set(content: WhyContent): void;
}

export function attachWhy(target: HTMLElement): Why {
  const description = el('span', { id: uid('why'), class: 'visually-hidden' });
  target.setAttribute('aria-describedby', description.id);
  let content: WhyContent = { title: '', lines: [] };
  const open = () => show(target, content);
  target.addEventListener('mouseenter', open);
  target.addEventListener('focus', open);
  target.addEventListener('mouseleave', () => owner === target && document.activeElement !== target && hide());
  target.addEventListener('blur', () => owner === target && hide());
  return {
    description,
    set(next) {
      content = next;
      const w = gameWords().play.why;
      description.textContent = next.lines.length ? w.lines(next.lines) : w.none;
      if (owner === target && tip && !tip.hidden) show(target, content);
    },
  };
}

/** Hides the tooltip (when a scene changes). */
export function hideWhy(): void {
  hide();
}
