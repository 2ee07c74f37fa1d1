// Keyboard shortcuts: one letter per action on the current screen, `?` for the help overlay and
// `t` for the glossary (terms) on every screen. While a page (the debrief, the class comparison)
// covers the game, the game's own shortcuts are off.
// They never fire while typing in a field or while a dialog is open, and the player can turn
// single-key shortcuts off (WCAG 2.1.4); every action also has a focusable control.

export interface Shortcut {
  /** One character, compared case-insensitively ('1', 'l', 'enter' is not allowed here). */
  key: string;
  /** What it does, for the help overlay. */
  label: string;
  run(): void;
}

export interface KeyRouter {
  setShortcuts(owner: string, list: readonly Shortcut[]): void;
  clear(owner: string): void;
  /** All shortcuts now active (for the help overlay). */
  active(): Shortcut[];
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(target.type);
  return false;
}

/** The glossary's key, the same on every screen (no action uses it). */
export const GLOSSARY_KEY = 't';

export function createKeyRouter(doc: Document, options: { enabled(): boolean; help(): void; glossary(): void; dialogOpen(): boolean; pageOpen(): boolean }): KeyRouter {
  const owners = new Map<string, readonly Shortcut[]>();
  // Under a page the game's shortcuts are off, so the help overlay lists none.
  const active = () => (options.pageOpen() ? [] : [...owners.values()].flat());
  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    if (options.dialogOpen() || isTyping(event.target)) return;
    if (event.key === '?') {
      event.preventDefault();
      options.help();
      return;
    }
    if (!options.enabled() || event.key.length !== 1) return;
    const key = event.key.toLowerCase();
    if (key === GLOSSARY_KEY) {
      event.preventDefault();
      options.glossary();
      return;
    }
    if (options.pageOpen()) return;
    const hit = active().find((s) => s.key === key);
    if (!hit) return;
    event.preventDefault();
    hit.run();
  });
  return {
    setShortcuts(owner, list) {
      owners.set(owner, list);
    },
    clear(owner) {
      owners.delete(owner);
    },
    active,
  };
}
