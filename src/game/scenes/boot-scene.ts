// Boot: Phaser is up. This scene stays running, out of sight, as the host of the art loader.
// It starts with Phaser, in the same frame as the preload and (unless a game is being resumed)
// the title: a game in progress is resumed behind the full-screen preload; otherwise the title
// comes at once and the art loads behind it (the preload's bar shows how far it has got).
import Phaser from 'phaser';
import { createArtLoader } from '../art/loader.ts';
import type { Shell } from '../shell/shell.ts';

export class BootScene extends Phaser.Scene {
  private readonly shell: Shell;

  constructor(shell: Shell) {
    super({ key: 'boot', active: true });
    this.shell = shell;
  }

  create(): void {
    this.shell.art = createArtLoader(this);
    this.shell.hook.setScene('boot');
  }
}
