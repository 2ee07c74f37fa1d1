// Frames on demand: the loop runs while something moves or was just touched, ambient motion is
// drawn from a timer at a lower rate, a still canvas once a second, a covered one not at all.
import { describe, expect, it } from 'vitest';
import { createFrameDemand, FRAME_TIMING, planFrames, type FrameState } from '../../../src/game/phaser/frame-demand.ts';

const still: FrameState = { now: 1000, activeUntil: 0, held: false, moving: false, ambient: false };

describe('planning the next frame', () => {
  it('keeps the loop running while something moves, or until the settling time after a touch has passed', () => {
    expect(planFrames({ ...still, moving: true })).toEqual({ kind: 'run' });
    expect(planFrames({ ...still, activeUntil: 1001 })).toEqual({ kind: 'run' });
    expect(planFrames({ ...still, activeUntil: 1000 })).not.toEqual({ kind: 'run' });
  });

  it('draws ambient motion from a timer, and a still canvas once a second', () => {
    expect(planFrames({ ...still, ambient: true })).toEqual({ kind: 'tick', after: FRAME_TIMING.ambientMs });
    expect(planFrames(still)).toEqual({ kind: 'tick', after: FRAME_TIMING.stillMs });
    expect(FRAME_TIMING.ambientMs).toBeLessThan(FRAME_TIMING.stillMs);
  });

  it('draws nothing while the canvas is covered, whatever moves', () => {
    expect(planFrames({ ...still, held: true, moving: true, ambient: true, activeUntil: 5000 })).toEqual({ kind: 'hold' });
  });
});

/** Phaser's loop as the demand drives it, on a clock the test moves. */
function harness() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let frameCallbacks: (() => void)[] = [];
  let nextId = 1;
  const signals = { moving: false, ambient: false };
  const loop = {
    running: true,
    frames: 0,
    sleep() {
      this.running = false;
    },
    wake() {
      if (this.running) return;
      this.running = true;
      this.tick(); // Phaser's wake draws a frame at once
    },
    tick() {
      this.frames += 1;
      demand.afterFrame();
    },
  };
  const demand = createFrameDemand(loop, { moving: () => signals.moving, ambient: () => signals.ambient }, {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.set(nextId, { at: now + ms, fn });
      return nextId++;
    },
    clearTimeout: (id) => void timers.delete(id),
    nextFrame: (fn) => void frameCallbacks.push(fn),
  });
  /** Moves the clock by `ms`, drawing a frame each 16 ms while the loop runs and firing timers. */
  const advance = (ms: number) => {
    const end = now + ms;
    while (now < end) {
      now = Math.min(end, now + 16);
      // An animation frame: the callbacks asked for before it, then the loop's own step; then timers.
      const callbacks = frameCallbacks;
      frameCallbacks = [];
      for (const fn of callbacks) fn();
      if (loop.running) loop.tick();
      for (const [id, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(id);
          t.fn();
        }
      }
    }
  };
  return { loop, demand, signals, advance, timers };
}

describe('the loop under demand', () => {
  it('runs at the full rate while something moves, and goes to sleep once it stops', () => {
    const h = harness();
    h.signals.moving = true;
    h.advance(1000);
    expect(h.loop.frames).toBeGreaterThanOrEqual(60);
    expect(h.loop.running).toBe(true);
    h.signals.moving = false;
    h.advance(16);
    expect(h.loop.running).toBe(false);
    const before = h.loop.frames;
    h.advance(3000);
    // The safety net: one frame a second (the timers fire on the next 16 ms frame).
    expect(h.loop.frames - before).toBeGreaterThanOrEqual(2);
    expect(h.loop.frames - before).toBeLessThanOrEqual(3);
  });

  it('draws ambient motion at the lower rate', () => {
    const h = harness();
    h.signals.ambient = true;
    h.advance(16);
    const before = h.loop.frames;
    h.advance(1000);
    expect(h.loop.frames - before).toBeGreaterThanOrEqual(14);
    expect(h.loop.frames - before).toBeLessThanOrEqual(1000 / FRAME_TIMING.ambientMs);
  });

  it('wakes on a touch and runs through the settling time, then sleeps again', () => {
    const h = harness();
    h.advance(2000);
    expect(h.loop.running).toBe(false);
    const before = h.loop.frames;
    h.demand.wake();
    // Not inside the touch's own handler: at the next animation frame.
    expect(h.loop.frames).toBe(before);
    h.advance(16);
    expect(h.loop.running).toBe(true);
    h.advance(FRAME_TIMING.settleMs - 16);
    expect(h.loop.frames - before).toBeGreaterThanOrEqual(Math.floor(FRAME_TIMING.settleMs / 16));
    h.advance(50);
    expect(h.loop.running).toBe(false);
  });

  it('a motion that starts while asleep runs at the full rate from the next frame drawn', () => {
    const h = harness();
    h.advance(2000);
    h.signals.moving = true;
    h.demand.wake();
    h.advance(500);
    expect(h.loop.running).toBe(true);
  });

  it('a frame drawn from a timer that finds motion starts the loop at the next animation frame, not inside itself', () => {
    const h = harness();
    h.advance(2000);
    expect(h.loop.running).toBe(false);
    h.signals.moving = true;
    // Step to just past the next safety frame: it alone is drawn in that step.
    let steps = 0;
    let before = h.loop.frames;
    while (h.loop.frames === before && steps++ < 100) h.advance(16);
    expect(h.loop.frames - before).toBe(1);
    expect(h.loop.running).toBe(false);
    before = h.loop.frames;
    h.advance(16);
    expect(h.loop.running).toBe(true);
    h.advance(160);
    expect(h.loop.frames - before).toBeGreaterThanOrEqual(10);
  });

  it('draws nothing while held, even when woken; the last release wakes it', () => {
    const h = harness();
    h.signals.ambient = true;
    const releaseA = h.demand.hold();
    const releaseB = h.demand.hold();
    expect(h.loop.running).toBe(false);
    const before = h.loop.frames;
    h.demand.wake();
    h.advance(3000);
    expect(h.loop.frames).toBe(before);
    releaseA();
    releaseA(); // a second call changes nothing
    h.advance(1000);
    expect(h.loop.frames).toBe(before);
    releaseB();
    h.advance(16);
    expect(h.loop.running).toBe(true);
    h.advance(1000);
    expect(h.loop.frames - before).toBeGreaterThan(20);
  });

  it('counts the frames drawn', () => {
    const h = harness();
    h.advance(160);
    expect(h.demand.drawn).toBe(h.loop.frames);
  });
});
