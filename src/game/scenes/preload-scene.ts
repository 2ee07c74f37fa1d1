// Preload: the progress of the art (and, when a game was in progress, of the game code). When a
// game is being resumed it fills the screen with a progress bar until the player is back where
// they were; otherwise the title is already up and a slim bar at its foot shows the art coming in.
import Phaser from 'phaser';
import { el } from '../dom/el.ts';
import { frameWorld, WORLD } from '../phaser/config.ts';
import { messages } from '../../present/index.ts';
import type { ArtLoader } from '../art/loader.ts';
import type { Layout } from '../dom/layout.ts';
import type { SceneKey } from './keys.ts';

/** What the preload needs: the page, the art loader, and (when resuming) the game code. */
export interface PreloadHost {
  readonly layout: Layout;
  art(): ArtLoader;
  /** Reports the scene on screen (the test hook). */
  showing(key: SceneKey): void;
  /** The canvas is drawn on demand: the bar asks for a frame when it moves outside the loader's. */
  repaint(): void;
  /** Loads the game code (once); the result lists the scenarios and puts the player back into the saved game. */
  loadGame(): Promise<{ resumeSaved(): Promise<void>; readonly catalog: { choices(): Promise<unknown> } }>;
  /** The game could not be put back (its code, its art or the save failed): the title, with word why. */
  resumeFailed(): void;
}

export class PreloadScene extends Phaser.Scene {
  /** Starts with Phaser, after the boot scene; `resume`: a game is in progress. */
  constructor(
    private readonly host: PreloadHost,
    private readonly resume: boolean,
  ) {
    super({ key: 'preload', active: true });
  }

  create(): void {
    const data = { resume: this.resume };
    const w = messages().ui.title.preload;
    const track = el('span');
    const meter = el('div', { class: 'loadbar', attrs: { role: 'progressbar', 'aria-label': w.loading, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0 } }, track);
    let drawBar = (_f: number) => {};
    const progress = (f: number) => {
      drawBar(f);
      track.style.width = `${Math.round(f * 100)}%`;
      meter.setAttribute('aria-valuenow', String(Math.round(f * 100)));
    };
    const panel = data.resume
      ? el('div', { class: 'panel screen-panel loading-panel' }, el('h1', { class: 'serif', text: messages().ui.common.shuttleDiplomacy }), el('p', { text: w.back, class: 'muted' }), meter)
      : el('div', { class: 'panel preload-strip' }, el('span', { class: 'small muted', text: w.preparing }), meter);
    this.host.layout.screen.appendChild(panel);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => panel.remove());
    const art = this.host.art();

    if (!data.resume) {
      // The title's painting, then the game code and the list of scenarios the title shows from
      // it, then the rest of the art: making textures holds the main thread, and the list waited.
      void art
        .load(['title'])
        .then(() => this.host.loadGame().then((game) => game.catalog.choices()))
        .catch(() => undefined)
        .then(() => art.load(['play'], progress))
        .then(() => this.scene.stop());
      return;
    }
    // A game was in progress: everything it needs, then the player is put back where they were.
    this.host.layout.use('full');
    this.host.showing('preload');
    frameWorld(this);
    const reframe = () => frameWorld(this);
    this.scale.on(Phaser.Scale.Events.RESIZE, reframe);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, reframe));
    const { width, height } = WORLD;
    this.add.graphics().lineStyle(4, 0xe2b04f, 1).strokeRoundedRect(width / 2 - 300, height / 2 - 18, 600, 36, 18);
    const bar = this.add.graphics();
    drawBar = (f) => bar.clear().fillStyle(0xe2b04f, 1).fillRoundedRect(width / 2 - 294, height / 2 - 12, Math.max(12, 588 * f), 24, 12);
    progress(0);
    void Promise.all([this.host.loadGame(), art.load(['title', 'play'], (f) => progress(f * 0.9))])
      .then(async ([play]) => {
        progress(1);
        this.host.repaint();
        await play.resumeSaved();
      })
      // Never a loading screen for ever: the title comes up (the save is kept, to continue from there).
      .catch(() => {
        this.scene.stop();
        this.host.resumeFailed();
      });
  }
}
