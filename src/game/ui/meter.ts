// One meter of the HUD: a label, a bar, the value in words, ARIA meter semantics, a chip that
// shows each change (+3, −2) and the "why did this move?" tooltip.
import { el, setText } from '../dom/el.ts';
import { attachWhy, type WhyContent } from './why.ts';

export interface MeterRow {
  readonly node: HTMLElement;
  update(value: number, valueText: string, why: WhyContent, delta: number): void;
}

export function showDelta(host: HTMLElement, delta: number, text?: string): void {
  if (delta === 0) return;
  host.querySelector(':scope > .delta')?.remove();
  const rounded = Math.round(delta * 10) / 10;
  const chip = el('span', { class: `delta ${delta > 0 ? 'up' : 'down'}`, attrs: { 'aria-hidden': 'true' }, text: text ?? (rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`) });
  host.appendChild(chip);
  chip.addEventListener('animationend', () => chip.remove());
  window.setTimeout(() => chip.remove(), 4000);
}

/** `label` is the meter's full name (read out); `shortLabel` is what fits on screen beside the bar. */
export function meterRow(label: string, max: number, className = '', shortLabel = label): MeterRow {
  const fillBar = el('span', { class: 'fill' });
  const value = el('span', { class: 'value', attrs: { 'aria-hidden': 'true' } });
  const node = el(
    'div',
    { class: `meter ${className}`, attrs: { role: 'meter', tabindex: 0, 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': max, 'aria-valuenow': 0 } },
    el('span', { class: 'label', text: shortLabel, attrs: { 'aria-hidden': 'true' } }),
    el('span', { class: 'track', attrs: { 'aria-hidden': 'true' } }, fillBar),
    value,
  );
  const why = attachWhy(node);
  node.appendChild(why.description);
  return {
    node,
    update(v, valueText, content, delta) {
      const pct = Math.max(0, Math.min(100, (v / max) * 100));
      fillBar.style.width = `${pct}%`;
      setText(value, String(Math.round(v)));
      node.setAttribute('aria-valuenow', String(Math.round(v * 100) / 100));
      node.setAttribute('aria-valuetext', valueText);
      why.set(content);
      showDelta(node, delta);
    },
  };
}
