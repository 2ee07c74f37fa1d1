// The sea seen through the palace windows: the sky follows the time of day, and the armada grows
// with the military-pressure ladder (nothing at calm, a carrier group at "armada deployed",
// smoke and fire at the top rungs).
import type Phaser from 'phaser';
import { PALETTE } from '../../lib/index.ts';
import { burn, reveal, shownAt, Sky, type WindowView } from './sky.ts';

interface ShipSpot {
  x: number;
  y: number;
  key: 'ship' | 'carrier';
  scale: number;
}

/** Which ships are on station at each rung (cumulative). */
const SPOTS: ShipSpot[] = [
  { x: 1060, y: 352, key: 'ship', scale: 0.55 },
  { x: 800, y: 356, key: 'carrier', scale: 0.7 },
  { x: 540, y: 350, key: 'ship', scale: 0.5 },
  { x: 930, y: 346, key: 'ship', scale: 0.42 },
  { x: 660, y: 347, key: 'ship', scale: 0.45 },
  { x: 1100, y: 362, key: 'ship', scale: 0.6 },
];

export function shipsAt(rung: number, topRung: number): number {
  return shownAt(rung, topRung, SPOTS.length);
}

export class SeaView implements WindowView {
  private readonly sky: Sky;
  private readonly ships: Phaser.GameObjects.Image[];
  private readonly smoke: Phaser.GameObjects.Arc[];
  private shown = -1;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly animate: boolean,
  ) {
    this.sky = new Sky(scene);
    scene.add.rectangle(800, 390, 760, 100, PALETTE.sea);
    scene.add.rectangle(800, 335, 760, 4, 0xcfe6f2, 0.6);
    this.ships = SPOTS.map((s) => scene.add.image(s.x, s.y, s.key).setScale(s.scale).setVisible(false));
    this.smoke = [0, 1, 2].map((i) => scene.add.circle(700 + i * 160, 310 - i * 6, 22 + i * 6, 0x4a4a4a, 0.7).setVisible(false));
    if (animate) {
      this.ships.forEach((ship, i) => scene.tweens.add({ targets: ship, y: ship.y + 2.5, duration: 1700 + i * 230, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' }));
      this.smoke.forEach((puff, i) => scene.tweens.add({ targets: puff, scale: 1.25, alpha: 0.45, duration: 2200 + i * 300, yoyo: true, repeat: -1 }));
    }
  }

  /** `day` runs from 0 (morning) to 1 (evening). */
  update(rung: number, topRung: number, day: number): void {
    this.sky.update(day);
    this.shown = reveal(this.scene, this.ships, shipsAt(rung, topRung), this.shown, this.animate);
    burn(this.smoke, rung, topRung);
  }
}
