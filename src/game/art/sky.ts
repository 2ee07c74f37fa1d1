// The sky seen through the hall's windows, whatever the venue: it follows the time of day (blue in
// the morning, orange by evening) with the sun crossing it, and darkens as the pressure climbs
// when a view asks it to (a gathering storm).
import type Phaser from 'phaser';
import { mix } from '../../lib/index.ts';

/** The window band every hall cuts its windows from: its view is drawn behind the hall's picture. */
export const WINDOW_BAND = { x: 800, top: 120, width: 760, height: 240 } as const;

export class Sky {
  private readonly sky: Phaser.GameObjects.Rectangle;
  private readonly sun: Phaser.GameObjects.Arc;

  constructor(scene: Phaser.Scene) {
    const b = WINDOW_BAND;
    this.sky = scene.add.rectangle(b.x, b.top + b.height / 2, b.width, b.height, 0x8fb8d8);
    this.sun = scene.add.circle(600, 300, 26, 0xfff1c4);
  }

  /** `day` runs from 0 (morning) to 1 (evening); `gloom` from 0 (clear) to 1 (storm-dark). */
  update(day: number, gloom = 0): void {
    const t = Math.max(0, Math.min(1, day));
    const clear = t < 0.7 ? mix(0x9cc6e4, 0x7fb0d4, t / 0.7) : mix(0x7fb0d4, 0xe9975a, (t - 0.7) / 0.3);
    this.sky.fillColor = mix(clear, 0x4a5462, gloom * 0.8);
    this.sun.setPosition(560 + 480 * t, 300 - Math.sin(Math.PI * t) * 140);
    this.sun.fillColor = mix(0xfff1c4, 0xffb25a, t);
    this.sun.setAlpha(1 - gloom * 0.85);
  }
}

/** How many of `spots` show at this rung: none at the bottom, all at the rung below the top (cumulative). */
export function shownAt(rung: number, topRung: number, spots: number): number {
  if (rung <= 0) return 0;
  const share = rung / Math.max(1, topRung - 1);
  return Math.min(spots, Math.max(1, Math.round(share * spots)));
}

/** What `reveal` shows and hides: a ship, an aircraft. */
interface Shown {
  readonly visible: boolean;
  setVisible(value: boolean): unknown;
  setAlpha(value: number): unknown;
}

/**
 * Shows the first `count` of `items` and hides the rest; items that come into view when the
 * count grew fade in (with motion on). Returns the count, the next call's `shown` (-1 at first:
 * nothing fades in on the first drawing).
 */
export function reveal(scene: Phaser.Scene, items: readonly Shown[], count: number, shown: number, animate: boolean): number {
  if (count === shown) return shown;
  const grew = count > shown && shown !== -1;
  items.forEach((item, i) => {
    const visible = i < count;
    if (visible && !item.visible && grew && animate) {
      item.setVisible(true);
      item.setAlpha(0);
      scene.tweens.add({ targets: item, alpha: 1, duration: 900 });
    } else {
      item.setVisible(visible);
      item.setAlpha(1);
    }
  });
  return count;
}

/** Smoke near the top of the ladder: two puffs the rung below the top, all of them and darker at the top. */
export function burn(smoke: readonly Phaser.GameObjects.Arc[], rung: number, topRung: number): void {
  const burning = rung >= topRung - 1;
  smoke.forEach((puff, i) => puff.setVisible(burning && (rung >= topRung || i < 2)));
  if (rung >= topRung) smoke.forEach((p) => (p.fillColor = 0x6b2a1a));
}

/** The hall's window view: drawn behind the hall, redrawn with the pressure and the time of day. */
export interface WindowView {
  update(rung: number, topRung: number, day: number): void;
}
