// The baseline for the time-to-interactive comparison: Phaser, the same renderer choice and
// scale settings as the game, one scene that draws a rectangle. Interactive when it is created.
import Phaser from 'phaser';
import { canvasWidth } from '../../src/game/phaser/config.ts';
import { chooseRenderer } from '../../src/game/phaser/renderer.ts';

class Bare extends Phaser.Scene {
  constructor() {
    super('bare');
  }

  create(): void {
    this.add.rectangle(this.scale.width / 2, this.scale.height / 2, 400, 200, 0xe2b04f);
    performance.mark('bare:ready');
  }
}

const renderer = chooseRenderer(document, location.search);
new Phaser.Game({
  type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
  parent: document.getElementById('stage')!,
  backgroundColor: '#0d0f14',
  banner: false,
  // The same canvas size as the game's first screen.
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: canvasWidth(innerWidth, innerHeight, devicePixelRatio || 1), height: Math.round((canvasWidth(innerWidth, innerHeight, devicePixelRatio || 1) * 10) / 16), expandParent: false },
  input: { keyboard: false },
  audio: { noAudio: true },
  scene: [Bare],
});
