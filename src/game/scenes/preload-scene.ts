// Preload: a progress bar while the art for the first screen loads (and, when a game was in
// progress, the game code and the rest of the art), then the title or the restored game.
import { el } from '../dom/el.ts';
import { WORLD } from '../phaser/config.ts';
import { readSaveMeta } from '../shell/saved-game.ts';
import type { Shell } from '../shell/shell.ts';
import { ShellScene } from './shell-scene.ts';

export class PreloadScene extends ShellScene {
  protected readonly layoutMode = 'full';

  constructor(shell: Shell) {
    super('preload', shell);
  }

  protected build(): void {
    const { width, height } = WORLD;
    const frame = this.add.graphics();
    frame.lineStyle(4, 0xe2b04f, 1).strokeRoundedRect(width / 2 - 300, height / 2 - 18, 600, 36, 18);
    const bar = this.add.graphics();
    const fillBar = (f: number) => bar.clear().fillStyle(0xe2b04f, 1).fillRoundedRect(width / 2 - 294, height / 2 - 12, Math.max(12, 588 * f), 24, 12);
    fillBar(0);

    const track = el('span');
    const meter = el('div', { class: 'loadbar', attrs: { role: 'progressbar', 'aria-label': 'Loading the game', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0 } }, track);
    this.mount(this.shell.layout.screen, el('div', { class: 'panel screen-panel loading-panel' }, el('h1', { class: 'serif', text: 'Shuttle Diplomacy' }), el('p', { text: 'Preparing the palace…', class: 'muted' }), meter));
    const progress = (f: number) => {
      fillBar(f);
      track.style.width = `${Math.round(f * 100)}%`;
      meter.setAttribute('aria-valuenow', String(Math.round(f * 100)));
    };

    const resume = readSaveMeta(this.shell.storage) !== null;
    const art = this.shell.art!;
    if (!resume) {
      void art.load(['title'], progress).then(() => this.shell.show('title'));
      return;
    }
    // A game was in progress: load everything it needs, then put the player back where they were.
    const code = this.shell.play();
    void art.load(['title', 'play'], (f) => progress(f * 0.9)).then(async () => {
      const play = await code;
      progress(1);
      await play.resumeSaved();
    });
  }
}
