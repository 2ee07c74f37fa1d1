// Tabs (WAI-ARIA tabs pattern): arrow keys move between tabs and show their panel at once.
import { el, uid } from '../dom/el.ts';

export interface TabSpec {
  id: string;
  label: string;
  panel: () => HTMLElement[];
}

export interface TabsOptions {
  /** The tab shown first (default: the first). */
  initial?: string;
  /** Told whenever a tab is shown (by the player or by select). */
  onSelect?: (id: string) => void;
}

export interface Tabs {
  node: HTMLElement;
  focus(): void;
  /** Shows a tab by its id (and focuses it, unless told not to). */
  select(id: string, focus?: boolean): void;
  selected(): string;
}

export function createTabs(label: string, specs: readonly TabSpec[], options: TabsOptions = {}): Tabs {
  const base = uid('tab');
  const first = Math.max(0, specs.findIndex((s) => s.id === options.initial));
  const list = el('div', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': label } });
  const panels: HTMLElement[] = [];
  let current = first;
  const tabs = specs.map((spec, i) => {
    const tab = el('button', {
      id: `${base}-${spec.id}`,
      text: spec.label,
      attrs: { type: 'button', role: 'tab', 'aria-selected': i === first ? 'true' : 'false', 'aria-controls': `${base}-${spec.id}-panel`, tabindex: i === first ? 0 : -1, 'data-tab': spec.id },
    });
    const panel = el('div', { id: `${base}-${spec.id}-panel`, class: 'tabpanel', attrs: { role: 'tabpanel', 'aria-labelledby': tab.id, tabindex: 0 } });
    panel.hidden = i !== first;
    let built = false;
    const show = () => {
      if (!built) {
        panel.append(...spec.panel());
        built = true;
      }
    };
    if (i === first) show();
    tab.addEventListener('click', () => select(i));
    panels.push(panel);
    return { tab, panel, show };
  });
  function select(i: number, focus = true): void {
    current = i;
    tabs.forEach((t, k) => {
      const on = k === i;
      t.tab.setAttribute('aria-selected', String(on));
      t.tab.tabIndex = on ? 0 : -1;
      if (on) t.show();
      t.panel.hidden = !on;
    });
    if (focus) tabs[i]!.tab.focus();
    options.onSelect?.(specs[i]!.id);
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
    select(id, focus = true) {
      const i = specs.findIndex((s) => s.id === id);
      if (i !== -1) select(i, focus);
    },
    selected: () => specs[current]!.id,
  };
}
