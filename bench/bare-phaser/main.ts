// The baseline for the time-to-interactive comparison: Phaser, the same renderer choice and
// scale settings as the game, one scene that draws a rectangle. Interactive when it is created.
import Phaser from 'phaser';
import { chooseRenderer } from '../../src/game/phaser/renderer.ts';

class Bare extends Phaser.Scene {
  constructor() {
    super('bare');
  }

  create(): void {
    this.add.rectangle(800, 500, 400, 200, 0xe2b04f);
    performance.mark('bare:ready');
  }
}

const renderer = chooseRenderer(document, location.search);
new Phaser.Game({
  type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
  parent: document.getElementById('stage')!,
  backgroundColor: '#0d0f14',
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: 1600, height: 1000, expandParent: false },
  input: { keyboard: false },
  audio: { noAudio: true },
  scene: [Bare],
});
