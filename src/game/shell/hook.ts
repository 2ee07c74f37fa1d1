// window.__shuttle (DESIGN.md §5): the test hook. Always present, read-only for state:
// `send` goes through the same validation and guards as the player's own input.

export interface HookSource {
  snapshot(): unknown;
  send(event: unknown): boolean;
}

export interface ShuttleHook {
  readonly ready: boolean;
  snapshot(): unknown;
  send(event: unknown): boolean;
  scene(): string | null;
  /** Tweens running in the active scenes now (0 when motion is reduced: nothing animates). */
  tweens(): number;
}

export interface HookControl {
  setReady(): void;
  setScene(key: string | null): void;
  setSource(source: HookSource | null): void;
  setTweenCounter(count: () => number): void;
}

declare global {
  interface Window {
    __shuttle?: ShuttleHook;
  }
}

export function installHook(win: Window): HookControl {
  let ready = false;
  let scene: string | null = null;
  let source: HookSource | null = null;
  let tweens: () => number = () => 0;
  const hook: ShuttleHook = Object.freeze({
    get ready() {
      return ready;
    },
    snapshot: () => (source ? source.snapshot() : null),
    send: (event: unknown) => (source ? source.send(event) : false),
    scene: () => scene,
    tweens: () => tweens(),
  });
  Object.defineProperty(win, '__shuttle', { value: hook, writable: false, configurable: false, enumerable: false });
  return {
    setReady: () => {
      if (ready) return;
      ready = true;
      // The benchmark reads this mark for the time to interactive.
      performance.mark('shuttle:ready');
    },
    setScene: (key) => {
      scene = key;
    },
    setSource: (s) => {
      source = s;
    },
    setTweenCounter: (count) => {
      tweens = count;
    },
  };
}
