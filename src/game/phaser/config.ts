// The Phaser game. Scenes draw in a 1600×1000 world (16:10, so 1024×640 and 1280×800 fit
// exactly and a 4K projector letterboxes); the canvas itself is only as large as the screen
// needs (800 to 1600 pixels wide), and each scene's camera zooms the world to it, so a small
// screen does not pay for pixels it cannot show. Keyboard input is the DOM's, not Phaser's:
// the canvas only draws and takes clicks on the doors.
import Phaser from 'phaser';
import type { RendererChoice } from './renderer.ts';

export const WORLD = { width: 1600, height: 1000 } as const;

/** The canvas width for a screen: its pixels across (16:10), between 800 and 1600, in steps of 80. */
export function canvasWidth(viewportWidth: number, viewportHeight: number, pixelRatio: number): number {
  const across = Math.min(viewportWidth, viewportHeight * 1.6) * pixelRatio;
  return Math.max(800, Math.min(WORLD.width, Math.ceil(across / 80) * 80));
}

export function gameConfig(parent: HTMLElement, renderer: RendererChoice, width: number, scenes: Phaser.Scene[]): Phaser.Types.Core.GameConfig {
  return {
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    backgroundColor: '#0d0f14',
    banner: false,
    disableContextMenu: true,
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width,
      height: Math.round((width * WORLD.height) / WORLD.width),
      expandParent: false,
    },
    // windowEvents off: Phaser would otherwise take a click on any DOM control over the canvas
    // (a dialog's button above a door) as a click on the scene beneath it.
    input: { keyboard: false, gamepad: false, windowEvents: false },
    audio: { noAudio: true },
    render: { antialias: true, powerPreference: 'low-power' },
    scene: scenes,
  };
}

/** Points a scene's camera at the whole world, zoomed to the canvas. */
export function frameWorld(scene: Phaser.Scene): void {
  const camera = scene.cameras.main;
  camera.setZoom(scene.scale.width / WORLD.width);
  camera.centerOn(WORLD.width / 2, WORLD.height / 2);
}
