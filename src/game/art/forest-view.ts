// The woods seen through a country retreat's windows: hills and pines under a sky that follows
// the time of day. The pressure shows as weather: clouds gather rung by rung, the sky darkens,
// and rain falls at the top rungs (no warships in a forest).
import type Phaser from 'phaser';
import { shownAt, Sky, WINDOW_BAND, type WindowView } from './sky.ts';

/** Where the storm clouds gather, in the order they come (cumulative with the rungs). */
const CLOUDS = [
  { x: 1040, y: 190, w: 150 },
  { x: 640, y: 170, w: 180 },
  { x: 860, y: 150, w: 210 },
  { x: 520, y: 210, w: 140 },
  { x: 980, y: 240, w: 170 },
  { x: 740, y: 230, w: 190 },
];

export class ForestView implements WindowView {
  private readonly sky: Sky;
  private readonly clouds: Phaser.GameObjects.Graphics[];
  private readonly rain: Phaser.GameObjects.Graphics;
  private shown = -1;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly animate: boolean,
  ) {
    this.sky = new Sky(scene);
    this.clouds = CLOUDS.map((c) => cloud(scene, c.x, c.y, c.w).setVisible(false));
    drawWoods(scene);
    this.rain = scene.add.graphics().setVisible(false);
    this.rain.lineStyle(2, 0xc8d4e0, 0.5);
    const b = WINDOW_BAND;
    for (let i = 0; i < 70; i++) {
      const x = b.x - b.width / 2 + ((i * 53) % b.width);
      const y = b.top + ((i * 97) % (b.height + 70));
      this.rain.lineBetween(x, y, x - 6, y + 18);
    }
    if (animate) {
      this.clouds.forEach((c, i) => scene.tweens.add({ targets: c, x: 14, duration: 5200 + i * 700, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' }));
      scene.tweens.add({ targets: this.rain, y: 24, duration: 500, repeat: -1 });
    }
  }

  update(rung: number, topRung: number, day: number): void {
    const count = shownAt(rung, topRung, this.clouds.length);
    this.sky.update(day, count / this.clouds.length);
    if (count !== this.shown) {
      const grew = count > this.shown && this.shown !== -1;
      this.clouds.forEach((c, i) => {
        const visible = i < count;
        if (visible && !c.visible && grew && this.animate) {
          c.setVisible(true).setAlpha(0);
          this.scene.tweens.add({ targets: c, alpha: 1, duration: 900 });
        } else c.setVisible(visible).setAlpha(1);
      });
      this.shown = count;
    }
    this.rain.setVisible(rung >= topRung - 1);
  }
}

/** A grey cloud of overlapping puffs, centred on (x, y). */
function cloud(scene: Phaser.Scene, x: number, y: number, width: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.fillStyle(0x5d6672, 0.92);
  g.fillEllipse(x, y + 8, width, width * 0.32);
  g.fillCircle(x - width * 0.22, y, width * 0.18);
  g.fillCircle(x + width * 0.05, y - width * 0.08, width * 0.24);
  g.fillCircle(x + width * 0.27, y + 2, width * 0.16);
  return g;
}

/** Two ridges of hills, then a row of pines in front, down to the foot of the window band. */
function drawWoods(scene: Phaser.Scene): void {
  const g = scene.add.graphics();
  const left = WINDOW_BAND.x - WINDOW_BAND.width / 2;
  const right = left + WINDOW_BAND.width;
  g.fillStyle(0x6f8f8a, 1);
  g.fillEllipse(560, 372, 520, 130);
  g.fillEllipse(1010, 368, 560, 140);
  g.fillStyle(0x4e7263, 1);
  g.fillEllipse(780, 392, 720, 110);
  g.fillStyle(0x2f4f3a, 1).fillRect(left, 360, right - left, 90);
  for (let i = 0; i < 26; i++) {
    const x = left + 10 + i * 30 + ((i * 7) % 11);
    const h = 70 + ((i * 37) % 50);
    const base = 400 + ((i * 13) % 30);
    g.fillStyle(i % 2 ? 0x244a32 : 0x1d3d2a, 1);
    g.fillTriangle(x - 20, base, x + 20, base, x, base - h);
    g.fillTriangle(x - 16, base - h * 0.35, x + 16, base - h * 0.35, x, base - h * 1.05);
  }
}
