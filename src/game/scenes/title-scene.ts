// Title: the palace at dusk behind the title screen. While the player reads it, the game code
// and the rest of the art load in the background.
import { WORLD } from '../phaser/config.ts';
import { readSaveMeta } from '../shell/saved-game.ts';
import type { Shell } from '../shell/shell.ts';
import { titleScreen, type TitleActions } from '../title/title-screen.ts';
import { ShellScene } from './shell-scene.ts';

export class TitleScene extends ShellScene {
  protected readonly layoutMode = 'full';

  constructor(shell: Shell) {
    super('title', shell);
  }

  protected build(): void {
    const shell = this.shell;
    this.add.image(WORLD.width / 2, WORLD.height / 2, 'title');
    this.drawLanterns();

    const actions: TitleActions = {
      saved: () => readSaveMeta(shell.storage),
      scenarios: async () => (await shell.play()).catalog.choices(),
      openFile: async (file) => (await shell.play()).catalog.open(await file.text(), file.name),
      newGame: async (key, seed) => (await shell.play()).startNew(key, seed),
      continueGame: async () => (await shell.play()).resumeSaved(),
      settings: () => shell.settings(),
      help: () => shell.help(),
    };
    const screen = titleScreen(actions);
    this.mount(shell.layout.screen, screen.node);
    screen.focus();
    // Warm up what the next screens need, without holding this one.
    void shell.art?.load(['play']);
  }

  /** Lamps in the palace windows flicker softly (not at all with reduced motion). */
  private drawLanterns(): void {
    const spots: [number, number][] = [
      [560, 560],
      [700, 560],
      [900, 560],
      [1040, 560],
    ];
    for (const [x, y] of spots) {
      const glow = this.add.circle(x, y, 22, 0xffc66b, 0.35);
      if (!this.reducedMotion) this.tweens.add({ targets: glow, alpha: 0.15, duration: 1400 + x, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    }
  }
}
