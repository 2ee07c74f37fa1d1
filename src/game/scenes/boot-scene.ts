// Boot: Phaser is up. This scene stays running, out of sight, as the host of the art loader.
// It starts with Phaser, in the same frame as the preload and (unless a game is being resumed)
// the title: a game in progress is resumed behind the full-screen preload; otherwise the title
// comes at once and the art loads behind it (the preload's bar shows how far it has got).
import Phaser from 'phaser';
import { createArtLoader, type ArtLoader } from '../art/loader.ts';

export class BootScene extends Phaser.Scene {
  /** `up` receives the art loader once Phaser is running. */
  constructor(private readonly up: (art: ArtLoader) => void) {
    super({ key: 'boot', active: true });
  }

  create(): void {
    this.up(createArtLoader(this));
  }
}
