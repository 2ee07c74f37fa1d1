// The action menu: a vertical toolbar of real buttons (arrow keys move, Enter takes the action).
// A choice (which message, which issue) opens a group of buttons beneath its parent; Escape
// closes it. Actions that are not possible now stay focusable and say why.
import { el, uid } from '../dom/el.ts';
import type { Shortcut } from '../dom/keys.ts';
import { roving } from '../dom/roving.ts';
import { type ActionSpec, gameWords } from '../../present/index.ts';

export interface ActionMenu {
  readonly node: HTMLElement;
  update(specs: readonly ActionSpec[]): void;
  focusFirst(): void;
  shortcuts(): Shortcut[];
}

export interface ActionMenuHandlers {
  run(spec: ActionSpec): void;
  blocked(spec: ActionSpec): void;
}

function costText(hours: number | undefined): string {
  return hours === undefined ? '' : gameWords().play.hours(hours);
}

export function createActionMenu(label: string, handlers: ActionMenuHandlers): ActionMenu {
  const node = el('div', { class: 'actions', attrs: { role: 'toolbar', 'aria-orientation': 'vertical', 'aria-label': label } });
  roving(node, 'button.action', 'vertical');
  let specs: readonly ActionSpec[] = [];
  let expanded: string | null = null;

  const button = (spec: ActionSpec, nested: boolean): HTMLButtonElement => {
    const hintId = uid('hint');
    const description = [spec.hint, spec.enabled ? null : gameWords().play.menuNotPossible(spec.reason ?? '')].filter(Boolean).join(' ');
    const b = el(
      'button',
      {
        class: `action${spec.primary ? ' primary' : ''}`,
        attrs: {
          type: 'button',
          'data-action': spec.id,
          tabindex: -1,
          'aria-disabled': spec.enabled ? null : 'true',
          'aria-describedby': description ? hintId : null,
          'aria-keyshortcuts': spec.key ?? null,
          'aria-expanded': spec.children ? String(expanded === spec.id) : null,
        },
      },
      el('span', { text: spec.label }),
      el('span', { class: 'cost', text: costText(spec.hours) }),
      spec.key && !nested ? el('kbd', { text: spec.key.toUpperCase(), attrs: { 'aria-hidden': 'true' } }) : el('span'),
      description ? el('span', { id: hintId, class: 'hint', text: description }) : null,
    );
    b.addEventListener('click', () => activate(spec));
    return b;
  };

  const render = () => {
    const focusedId = node.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.action : undefined;
    const nodes: HTMLElement[] = [];
    for (const spec of specs) {
      nodes.push(button(spec, false));
      if (spec.children && expanded === spec.id) {
        const group = el('div', { class: 'action-group', attrs: { role: 'group', 'aria-label': spec.label } }, ...spec.children.map((ch) => button(ch, true)));
        group.addEventListener('keydown', (e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          e.stopPropagation();
          collapse(spec.id);
        });
        nodes.push(group);
      }
    }
    node.replaceChildren(...nodes);
    const all = [...node.querySelectorAll<HTMLButtonElement>('button.action')];
    const keep = all.find((b) => b.dataset.action === focusedId) ?? all[0];
    if (keep) keep.tabIndex = 0;
    if (focusedId !== undefined) (all.find((b) => b.dataset.action === focusedId) ?? all[0])?.focus();
  };

  const focusId = (id: string) => {
    const b = node.querySelector<HTMLButtonElement>(`button.action[data-action="${CSS.escape(id)}"]`);
    if (!b) return;
    for (const other of node.querySelectorAll<HTMLButtonElement>('button.action')) other.tabIndex = -1;
    b.tabIndex = 0;
    b.focus();
  };

  const collapse = (id: string) => {
    expanded = null;
    render();
    focusId(id);
  };

  function activate(spec: ActionSpec): void {
    if (spec.children) {
      if (expanded === spec.id) {
        collapse(spec.id);
        return;
      }
      expanded = spec.id;
      render();
      const first = spec.children.find((ch) => ch.enabled) ?? spec.children[0];
      if (first) focusId(first.id);
      return;
    }
    if (!spec.enabled) {
      handlers.blocked(spec);
      return;
    }
    const parent = specs.find((s) => s.children?.some((ch) => ch.id === spec.id));
    if (parent) {
      expanded = null;
      render();
      focusId(parent.id);
    }
    handlers.run(spec);
  }

  node.addEventListener('focusin', (e) => {
    const t = e.target as HTMLElement;
    if (!t.matches('button.action')) return;
    for (const other of node.querySelectorAll<HTMLButtonElement>('button.action')) other.tabIndex = other === t ? 0 : -1;
  });

  return {
    node,
    update(next) {
      specs = next;
      if (expanded && !specs.some((s) => s.id === expanded)) expanded = null;
      render();
    },
    focusFirst() {
      const first = specs.find((s) => s.enabled) ?? specs[0];
      if (first) focusId(first.id);
    },
    shortcuts() {
      return specs
        .filter((s) => s.key)
        .map((s) => ({
          key: s.key!,
          label: s.label,
          run: () => {
            const current = specs.find((x) => x.id === s.id);
            if (!current) return;
            if (!current.children) focusId(current.id);
            activate(current);
          },
        }));
    },
  };
}
