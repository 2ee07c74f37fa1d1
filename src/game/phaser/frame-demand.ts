// Frames on demand. Phaser draws the whole canvas at every animation frame whether or not
// anything on it moves: in software rendering (a school laptop without a graphics driver,
// headless Chromium) a still hall took half a core, and the page's own work waited behind it.
// Here the loop runs only while something moves (a tween that ends, a scene starting, art
// loading) or was just touched or changed; a scene whose only motion is ambient (lanterns,
// ships, smoke, rain) is drawn from a timer at a lower rate; a still one is not drawn, but for
// one frame a second, so that a change nobody announced still shows.

/** What the canvas is doing now, read after each frame. */
export interface StageSignals {
  /** Something that should look smooth: a tween that ends, a scene starting, art loading. */
  moving(): boolean;
  /** Motion that loops for as long as the scene is up (ambient art). */
  ambient(): boolean;
}

/** Phaser's frame loop, as much of it as this needs (Phaser.Core.TimeStep). */
export interface LoopControl {
  readonly running: boolean;
  sleep(): void;
  wake(): void;
  /** One frame now, whether or not the loop runs. */
  tick(): void;
}

export interface FrameClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Runs `fn` at the browser's next animation frame (requestAnimationFrame). */
  nextFrame(fn: () => void): void;
}

export const FRAME_TIMING = {
  /** After a touch or a change, frames run this long (a hover, a redraw, a scene's first frames). */
  settleMs: 400,
  /** Ambient motion only: one frame each this many milliseconds (20 a second). */
  ambientMs: 50,
  /** Nothing moves: one frame each this many milliseconds, the safety net. */
  stillMs: 1000,
} as const;

export type FramePlan = { readonly kind: 'hold' } | { readonly kind: 'run' } | { readonly kind: 'tick'; readonly after: number };

export interface FrameState {
  readonly now: number;
  /** Frames run until this time (the last touch or change plus the settling time). */
  readonly activeUntil: number;
  /** A page covers the canvas: no frames at all. */
  readonly held: boolean;
  readonly moving: boolean;
  readonly ambient: boolean;
}

/** What to do after a frame: keep the loop running, or sleep and draw the next from a timer. */
export function planFrames(s: FrameState, timing: typeof FRAME_TIMING = FRAME_TIMING): FramePlan {
  if (s.held) return { kind: 'hold' };
  if (s.moving || s.now < s.activeUntil) return { kind: 'run' };
  return { kind: 'tick', after: s.ambient ? timing.ambientMs : timing.stillMs };
}

export interface FrameDemand {
  /** Something may change what the canvas shows: frames run for a while. */
  wake(): void;
  /** No frames until the returned function is called (a page covers the canvas). Holds nest. */
  hold(): () => void;
  /** The frames drawn so far (the browser tests read it through the test hook). */
  readonly drawn: number;
}

/**
 * Drives `loop` by demand. `afterFrame` must be called once after every frame the loop draws
 * (install wraps Phaser's step with it); the rest is timers.
 */
export function createFrameDemand(loop: LoopControl, signals: StageSignals, clock: FrameClock, timing: typeof FRAME_TIMING = FRAME_TIMING): FrameDemand & { afterFrame(): void } {
  let activeUntil = 0;
  let holds = 0;
  let timer: number | null = null;
  let drawn = 0;
  let waking = false;

  const cancel = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  const afterFrame = () => {
    drawn += 1;
    const plan = planFrames({ now: clock.now(), activeUntil, held: holds > 0, moving: signals.moving(), ambient: signals.ambient() }, timing);
    cancel();
    if (plan.kind === 'run') {
      if (!loop.running) startSoon();
      return;
    }
    if (loop.running) loop.sleep();
    if (plan.kind === 'tick') {
      timer = clock.setTimeout(() => {
        timer = null;
        loop.tick();
      }, plan.after);
    }
  };

  // The loop starts at the next animation frame, not now: Phaser's wake draws a frame at once,
  // which inside a key's handler held back the page's answer to the key (the HUD took twice as
  // long), and inside a frame drawn from a timer drew a second one straight after it.
  const startSoon = () => {
    if (waking) return;
    waking = true;
    clock.nextFrame(() => {
      waking = false;
      if (holds === 0 && !loop.running) loop.wake();
    });
  };

  const wake = () => {
    activeUntil = clock.now() + timing.settleMs;
    if (holds > 0 || loop.running) return;
    cancel();
    startSoon();
  };

  return {
    wake,
    hold() {
      holds += 1;
      cancel();
      if (loop.running) loop.sleep();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds -= 1;
        if (holds === 0) wake();
      };
    },
    get drawn() {
      return drawn;
    },
    afterFrame,
  };
}
