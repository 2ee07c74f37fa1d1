// Tabs (WAI-ARIA tabs pattern): arrow keys move between tabs and show their panel at once.
import { el, uid } from '../dom/el.ts';

export interface TabSpec {
  id: string;
  label: string;
  panel: () => HTMLElement[];
}

export function createTabs(label: string, specs: readonly TabSpec[]): { node: HTMLElement; focus(): void } {
  const base = uid('tab');
  const list = el('div', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': label } });
  const panels: HTMLElement[] = [];
  const tabs = specs.map((spec, i) => {
    const tab = el('button', {
      id: `${base}-${spec.id}`,
      text: spec.label,
      attrs: { type: 'button', role: 'tab', 'aria-selected': i === 0 ? 'true' : 'false', 'aria-controls': `${base}-${spec.id}-panel`, tabindex: i === 0 ? 0 : -1, 'data-tab': spec.id },
    });
    const panel = el('div', { id: `${base}-${spec.id}-panel`, class: 'tabpanel', attrs: { role: 'tabpanel', 'aria-labelledby': tab.id, tabindex: 0 } });
    panel.hidden = i !== 0;
    let built = false;
    const show = () => {
      if (!built) {
        panel.append(...spec.panel());
        built = true;
      }
    };
    if (i === 0) show();
    tab.addEventListener('click', () => select(i));
    panels.push(panel);
    return { tab, panel, show };
  });
  function select(i: number, focus = true): void {
    tabs.forEach((t, k) => {
      const on = k === i;
      t.tab.setAttribute('aria-selected', String(on));
      t.tab.tabIndex = on ? 0 : -1;
      if (on) t.show();
      t.panel.hidden = !on;
    });
    if (focus) tabs[i]!.tab.focus();
  }
  list.append(...tabs.map((t) => t.tab));
  list.addEventListener('keydown', (e) => {
    const at = tabs.findIndex((t) => t.tab === document.activeElement);
    if (at === -1) return;
    const to = e.key === 'ArrowRight' ? (at + 1) % tabs.length : e.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (to === -1) return;
    e.preventDefault();
    select(to);
  });
  return {
    node: el('div', { class: 'tabs-wrap' }, list, ...panels),
    focus: () => tabs.find((t) => t.tab.getAttribute('aria-selected') === 'true')?.tab.focus(),
  };
}
