// What each venue adds over its painting, drawn in code because it moves or takes the game's
// colours: the fire's flicker at a country retreat, and the flags at a conference base in the
// delegations' colours (no country's flag: the game draws no one's emblem).
import type Phaser from 'phaser';
import type { Venue } from '../../scenario/index.ts';
import { mix, PALETTE } from '../../lib/index.ts';

/** `delegations`: how many doors the hall has (a flag for each at a conference base). */
export function drawHallDecor(scene: Phaser.Scene, venue: Venue, animate: boolean, delegations = 2): void {
  if (venue === 'country-retreat') fireGlow(scene, animate);
  if (venue === 'conference-base') {
    flag(scene, 420, 362, PALETTE.side[0]);
    flag(scene, 1180, 1184, PALETTE.side[1]);
    // The third's and fourth's beside their doors in the back wall, toward the middle.
    if (delegations > 2) flag(scene, 660, 666, PALETTE.side[2]);
    if (delegations > 3) flag(scene, 940, 880, PALETTE.side[3]);
  }
}

function fireGlow(scene: Phaser.Scene, animate: boolean): void {
  const glow = scene.add.circle(800, 640, 90, 0xffb347, 0.18);
  if (animate) scene.tweens.add({ targets: glow, alpha: 0.3, scale: 1.08, duration: 700, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
}

/** A flag on an indoor pole, its cloth hanging from the top beside the pole (from x `cloth`, 54 wide). */
function flag(scene: Phaser.Scene, pole: number, cloth: number, colour: number): void {
  const g = scene.add.graphics();
  g.fillStyle(0x8d9196, 1).fillRect(pole - 3, 250, 6, 450);
  g.fillStyle(PALETTE.gold, 1).fillCircle(pole, 246, 7);
  g.fillStyle(0x5e6268, 1).fillEllipse(pole, 702, 60, 14);
  // The cloth falls in folds: a wavy edge on the free side.
  const edge: readonly (readonly [number, number])[] = [
    [cloth + 54, 262], [cloth + 50, 320], [cloth + 56, 380], [cloth + 50, 430],
    [cloth + 4, 430], [cloth - 2, 380], [cloth + 4, 320],
  ];
  g.fillStyle(colour, 1).beginPath().moveTo(cloth, 262);
  for (const [x, y] of edge) g.lineTo(x, y);
  g.closePath().fillPath();
  g.fillStyle(mix(colour, 0xffffff, 0.55), 1).fillRect(cloth + 2, 330, 50, 14);
  g.lineStyle(2, mix(colour, 0x000000, 0.3), 0.6).lineBetween(cloth + 18, 266, cloth + 16, 428).lineBetween(cloth + 36, 266, cloth + 38, 428);
}
