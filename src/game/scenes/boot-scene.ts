// Boot: Phaser is up. This scene stays running, out of sight, as the host of the art loader;
// it starts the preload scene beside it.
import Phaser from 'phaser';
import { createArtLoader } from '../art/loader.ts';
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
    this.scene.launch('preload');
  }
}
