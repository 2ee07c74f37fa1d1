// The title's first picture, drawn at once from shapes (no file to wait for): a palace at dusk,
// the palace's arches and domes against the sky, lamps in the windows, the sea below. The full
// painting (assets/art/title.svg) fades in over it when it has loaded.
import type Phaser from 'phaser';

export function drawTitleBackdrop(scene: Phaser.Scene, animate: boolean): void {
  const g = scene.add.graphics();
  const bands = [0x1b1e3a, 0x232445, 0x2e2a4d, 0x433052, 0x6b3d52, 0x9a5550, 0xc9784f];
  bands.forEach((c, i) => g.fillStyle(c, 1).fillRect(0, i * 90, 1600, 92));
  g.fillStyle(0x0e2233, 1).fillRect(0, 630, 1600, 370);
  g.fillStyle(0x16324a, 1).fillRect(0, 630, 1600, 8);
  // Stars.
  for (let i = 0; i < 60; i++) {
    const x = (i * 397) % 1600;
    const y = (i * 131) % 300;
    g.fillStyle(0xfff6e0, 0.35 + ((i * 7) % 10) / 20).fillCircle(x, y, (i % 3) + 1);
  }
  // The palace: a long colonnade with a dome at each end and a taller gate in the middle.
  const stone = 0x151320;
  g.fillStyle(stone, 1);
  g.fillRect(260, 470, 1080, 170);
  g.fillRect(700, 380, 200, 260);
  g.fillCircle(800, 380, 100);
  g.fillRect(300, 420, 120, 220);
  g.fillCircle(360, 420, 60);
  g.fillRect(1180, 420, 120, 220);
  g.fillCircle(1240, 420, 60);
  for (let x = 270; x < 1340; x += 40) g.fillRect(x, 455, 24, 18);
  // Arches glowing with lamplight.
  const arch = (x: number, y: number, w: number, h: number) => {
    g.fillStyle(0xffc66b, 0.85).fillRect(x, y + w / 2, w, h - w / 2);
    g.fillCircle(x + w / 2, y + w / 2, w / 2);
  };
  for (let x = 450; x < 700; x += 70) arch(x, 540, 40, 80);
  for (let x = 930; x < 1180; x += 70) arch(x, 540, 40, 80);
  arch(760, 500, 80, 140);
  // Reflections on the water.
  for (let i = 0; i < 14; i++) {
    const r = scene.add.rectangle(460 + i * 55, 670 + (i % 4) * 18, 30 + (i % 3) * 12, 4, 0xffc66b, 0.25);
    if (animate) scene.tweens.add({ targets: r, alpha: 0.08, duration: 1100 + i * 90, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }
}
