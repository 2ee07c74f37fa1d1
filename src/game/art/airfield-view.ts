// An airfield seen through a conference base's windows: grass, a runway, a hangar and a control
// tower under a sky that follows the time of day. The pressure shows as aircraft: more come onto
// the apron rung by rung, and smoke rises at the top rungs.
import type Phaser from 'phaser';
import { burn, reveal, shownAt, Sky, WINDOW_BAND, type WindowView } from './sky.ts';

/** Where aircraft park, in the order they arrive (cumulative with the rungs); scale by distance. */
const STANDS = [
  { x: 640, y: 382, scale: 0.9 },
  { x: 1010, y: 384, scale: 0.95 },
  { x: 830, y: 394, scale: 1.05 },
  { x: 530, y: 398, scale: 1 },
  { x: 1100, y: 404, scale: 1.1 },
  { x: 730, y: 410, scale: 1.15 },
]

export class AirfieldView implements WindowView {
  private readonly sky: Sky;
  private readonly planes: Phaser.GameObjects.Graphics[];
  private readonly smoke: Phaser.GameObjects.Arc[];
  private shown = -1;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly animate: boolean,
  ) {
    this.sky = new Sky(scene);
    drawField(scene);
    this.planes = STANDS.map((s) => aircraft(scene, s.scale).setPosition(s.x, s.y).setVisible(false));
    this.smoke = [0, 1, 2].map((i) => scene.add.circle(600 + i * 200, 290 - i * 8, 20 + i * 6, 0x4a4a4a, 0.7).setVisible(false));
    if (animate) this.smoke.forEach((puff, i) => scene.tweens.add({ targets: puff, scale: 1.25, alpha: 0.45, duration: 2200 + i * 300, yoyo: true, repeat: -1 }));
  }

  update(rung: number, topRung: number, day: number): void {
    this.sky.update(day);
    this.shown = reveal(this.scene, this.planes, shownAt(rung, topRung, this.planes.length), this.shown, this.animate);
    burn(this.smoke, rung, topRung);
  }
}

/** A grey-green transport aircraft seen from the side, its wheels at (0, 0). */
function aircraft(scene: Phaser.Scene, scale: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.fillStyle(0x59625a, 1);
  g.fillRoundedRect(-60, -24, 120, 16, 8);
  g.fillTriangle(44, -22, 64, -46, 66, -20);
  g.fillStyle(0x434a44, 1);
  g.fillRect(-18, -20, 40, 6);
  g.fillTriangle(-64, -18, -50, -24, -50, -12);
  g.fillStyle(0x2a2e33, 1);
  g.fillCircle(-30, -4, 4).fillCircle(20, -4, 4);
  return g.setScale(scale);
}

/** The far tree line, the grass, the runway with its markings, a hangar and the control tower. */
function drawField(scene: Phaser.Scene): void {
  const g = scene.add.graphics();
  const left = WINDOW_BAND.x - WINDOW_BAND.width / 2;
  const width = WINDOW_BAND.width;
  g.fillStyle(0x4f6b55, 1).fillRect(left, 300, width, 14);
  g.fillStyle(0x7e9a62, 1).fillRect(left, 312, width, 140);
  g.fillStyle(0x5d6166, 1).fillRect(left, 328, width, 22);
  g.fillStyle(0xe8e4da, 1);
  for (let x = left + 10; x < left + width; x += 60) g.fillRect(x, 338, 30, 3);
  g.fillStyle(0x8a8f96, 1).fillRect(left, 362, width, 90);
  // The hangar: a curved roof over a wide door.
  g.fillStyle(0x9aa3ab, 1).fillRect(480, 262, 170, 50);
  g.fillEllipse(565, 264, 170, 60);
  g.fillStyle(0x3e4349, 1).fillRect(505, 278, 120, 34);
  // The control tower: a shaft and a glazed cab.
  g.fillStyle(0xc9c4b8, 1).fillRect(1072, 222, 22, 90);
  g.fillStyle(0x3f5566, 1).fillRect(1058, 204, 50, 22);
  g.fillStyle(0xc9c4b8, 1).fillRect(1054, 198, 58, 8);
}
