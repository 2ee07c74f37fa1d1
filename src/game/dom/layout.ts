// The page's regions: the HUD, the ladder, the stage (canvas and the DOM screen over it), the
// concession bars and the side panel. A scene picks the full-bleed layout (title, briefing,
// news, outcome) or the play layout (hall and rooms), and mounts its DOM into the regions.

export type LayoutMode = 'full' | 'play';

export interface Layout {
  readonly app: HTMLElement;
  readonly hud: HTMLElement;
  readonly ladder: HTMLElement;
  readonly stage: HTMLElement;
  readonly screen: HTMLElement;
  readonly bars: HTMLElement;
  readonly side: HTMLElement;
  readonly live: HTMLElement;
  readonly notice: HTMLElement;
  readonly dialog: HTMLDialogElement;
  use(mode: LayoutMode): void;
  onResize(listener: () => void): void;
  /** When the focus is nowhere (a layer over the game went), gives it to the scene's first control. */
  refocus(): void;
}

function byId<T extends HTMLElement>(doc: Document, id: string): T {
  const node = doc.getElementById(id);
  if (!node) throw new Error(`index.html has no #${id}`);
  return node as T;
}

export function createLayout(doc: Document): Layout {
  const app = byId(doc, 'app');
  const hud = byId(doc, 'hud');
  const ladder = byId(doc, 'ladder');
  const bars = byId(doc, 'bars');
  const side = byId(doc, 'side');
  const listeners: (() => void)[] = [];
  let current: LayoutMode = 'full';
  return {
    app,
    hud,
    ladder,
    stage: byId(doc, 'stage'),
    screen: byId(doc, 'screen'),
    bars,
    side,
    live: byId(doc, 'live'),
    notice: byId(doc, 'notice'),
    dialog: byId<HTMLDialogElement>(doc, 'dialog'),
    use(mode) {
      if (mode === current) return;
      current = mode;
      app.classList.toggle('layout-full', mode === 'full');
      app.classList.toggle('layout-play', mode === 'play');
      for (const region of [hud, ladder, bars, side]) region.hidden = mode === 'full';
      for (const listener of listeners) listener();
    },
    onResize(listener) {
      listeners.push(listener);
    },
    refocus() {
      const active = doc.activeElement;
      if (active && active !== doc.body) return;
      const screen = byId(doc, 'screen');
      const first = screen.querySelector<HTMLElement>('button, [tabindex="-1"]') ?? side.querySelector<HTMLElement>('button');
      (first ?? screen).focus();
    },
  };
}
