// Boot: Phaser is up. This scene stays running, out of sight, as the host of the art loader.
// A game in progress is resumed behind the full-screen preload; otherwise the title comes at
// once and the art loads behind it (the preload's progress bar shows how far it has got).
import Phaser from 'phaser';
import { createArtLoader } from '../art/loader.ts';
import { readSaveMeta } from '../shell/saved-game.ts';
import type { Shell } from '../shell/shell.ts';

export class BootScene extends Phaser.Scene {
  private readonly shell: Shell;

  constructor(shell: Shell) {
    super({ key: 'boot' });
    this.shell = shell;
  }

  create(): void {
    this.shell.art = createArtLoader(this);
    this.shell.hook.setScene('boot');
    const resume = readSaveMeta(this.shell.storage) !== null;
    if (!resume) this.shell.show('title');
    this.scene.launch('preload', { resume });
  }
}
