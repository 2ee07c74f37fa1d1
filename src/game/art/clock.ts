// The hall's wall clock, at every venue: its hands show the time of day in the talks (they start at nine).
import type Phaser from 'phaser';

export class WallClock {
  private readonly hands: Phaser.GameObjects.Graphics;

  constructor(
    scene: Phaser.Scene,
    private readonly x: number,
    private readonly y: number,
    private readonly r: number,
  ) {
    const face = scene.add.graphics();
    face.fillStyle(0x2a1d10, 1).fillCircle(x, y, r + 6);
    face.fillStyle(0xf6ecd6, 1).fillCircle(x, y, r);
    face.lineStyle(3, 0x2a1d10, 1);
    for (let i = 0; i < 12; i++) {
      const a = (i / 12) * Math.PI * 2;
      face.lineBetween(x + Math.sin(a) * r * 0.8, y - Math.cos(a) * r * 0.8, x + Math.sin(a) * r * 0.95, y - Math.cos(a) * r * 0.95);
    }
    this.hands = scene.add.graphics();
  }

  set(hour: number, minute: number): void {
    const { x, y, r } = this;
    const m = (minute / 60) * Math.PI * 2;
    const h = (((hour % 12) + minute / 60) / 12) * Math.PI * 2;
    this.hands.clear();
    this.hands.lineStyle(5, 0x2a1d10, 1).lineBetween(x, y, x + Math.sin(h) * r * 0.5, y - Math.cos(h) * r * 0.5);
    this.hands.lineStyle(3, 0x7a2f12, 1).lineBetween(x, y, x + Math.sin(m) * r * 0.78, y - Math.cos(m) * r * 0.78);
    this.hands.fillStyle(0x2a1d10, 1).fillCircle(x, y, 4);
  }
}
