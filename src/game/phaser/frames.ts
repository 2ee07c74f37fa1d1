// Frames on demand for the Phaser game (frame-demand.ts has the rule): what moves on the
// canvas, read from Phaser's scenes, and what wakes the loop from the page (a touch, a key, a
// resize, the tab shown again). The shell wakes it too when it starts a scene or the game changes.
import Phaser from 'phaser';
import { createFrameDemand, type FrameDemand, type StageSignals } from './frame-demand.ts';

/** A tween that loops for as long as its scene is up: ambient art, not a move to follow. */
function ambient(tween: Phaser.Tweens.Tween | Phaser.Tweens.TweenChain): boolean {
  if (tween.loop === -1) return true;
  const data = tween instanceof Phaser.Tweens.Tween ? tween.data : [];
  return data.length > 0 && data.every((d) => d instanceof Phaser.Tweens.TweenData && d.repeat === -1);
}

const { START, CREATING, RUNNING } = Phaser.Scenes;

function stageSignals(game: Phaser.Game): StageSignals {
  const scenes = () => game.scene.getScenes(false);
  return {
    moving: () =>
      scenes().some((scene) => {
        const status = scene.sys.settings.status;
        if (status >= START && status <= CREATING) return true;
        // A scene's loader (the boot scene's fetches the art for the others).
        if (scene.load?.isLoading()) return true;
        if (status !== RUNNING) return false;
        return scene.tweens.getTweens().some((t) => !ambient(t));
      }),
    ambient: () => scenes().some((scene) => scene.sys.settings.status === RUNNING && scene.tweens.getTweens().some(ambient)),
  };
}

const TOUCHES = ['pointerdown', 'pointerup', 'keydown', 'wheel', 'resize', 'focus'] as const;

/**
 * Puts the game's loop under demand. `stage` is the region holding the canvas: a pointer moving
 * over it may light a door, so it wakes the loop; one moving over the panels does not.
 */
export function demandFrames(game: Phaser.Game, win: Window, stage: HTMLElement): FrameDemand {
  const loop = game.loop;
  const demand = createFrameDemand(loop, stageSignals(game), {
    now: () => win.performance.now(),
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (id) => win.clearTimeout(id),
    nextFrame: (fn) => void win.requestAnimationFrame(() => fn()),
  });
  // The loop's callback is Phaser's step once the game has started: wrap it then.
  game.events.once(Phaser.Core.Events.POST_STEP, () => {
    const step = loop.callback;
    loop.callback = (time: number, delta: number) => {
      // Phaser checks its parent's size once its frames add up to half a second; a frame drawn
      // from a timer (the loop asleep) checks at once, so a region that changed size is seen.
      if (!loop.running) game.scale.dirty = true;
      step(time, delta);
      demand.afterFrame();
    };
  });
  const wake = () => demand.wake();
  for (const type of TOUCHES) win.addEventListener(type, wake, { capture: true, passive: true });
  win.document.addEventListener('visibilitychange', wake);
  stage.addEventListener('pointermove', wake, { passive: true });
  return demand;
}
