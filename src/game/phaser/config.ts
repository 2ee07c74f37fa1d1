// The Phaser game: a 1600×1000 picture scaled to fit the stage (16:10, so 1024×640 and
// 1280×800 fit exactly and a 4K projector letterboxes). Keyboard input is the DOM's, not
// Phaser's: the canvas only draws and takes clicks on the doors.
import Phaser from 'phaser';
import type { RendererChoice } from './renderer.ts';

export const WORLD = { width: 1600, height: 1000 } as const;

export function gameConfig(parent: HTMLElement, renderer: RendererChoice, scenes: Phaser.Scene[]): Phaser.Types.Core.GameConfig {
  return {
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    backgroundColor: '#0d0f14',
    banner: false,
    disableContextMenu: true,
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: WORLD.width,
      height: WORLD.height,
      expandParent: false,
    },
    input: { keyboard: false, gamepad: false },
    audio: { noAudio: true },
    render: { antialias: true, powerPreference: 'low-power' },
    scene: scenes,
  };
}
