// window.__shuttle (DESIGN.md §5): the test hook. Always present, read-only for state:
// `send` goes through the same validation and guards as the player's own input.

export interface HookSource {
  snapshot(): unknown;
  send(event: unknown): boolean;
  /** How many moves of the line in play the save slot holds, committed (null: none yet). */
  committed(): number | null;
  /** The save file of the game in progress as its slot holds it (null: no game). */
  savedGame(): Promise<string | null>;
  /** What the hall on screen draws (null: the hall is not on screen). */
  picture(): HallPictureInfo | null;
}

/** The hall's picture as the hook reports it: the scenario's venue, its painting and its window view. */
export interface HallPictureInfo {
  readonly venue: string;
  readonly texture: string;
  readonly view: string;
}

export interface ShuttleHook {
  readonly ready: boolean;
  snapshot(): unknown;
  send(event: unknown): boolean;
  /** Moves of the line in play committed to the game's save slot (null: no game, or none yet). */
  committed(): number | null;
  /** The save file of the game in progress, as its slot in IndexedDB holds it. */
  savedGame(): Promise<string | null>;
  /** What the hall on screen draws: its venue, painting and window view (null: no hall on screen). */
  picture(): HallPictureInfo | null;
  scene(): string | null;
  /** Tweens running in the active scenes now (0 when motion is reduced: nothing animates). */
  tweens(): number;
  /** Frames the canvas has drawn since the page loaded (it draws on demand, not at every frame). */
  frames(): number;
}

export interface HookControl {
  setReady(): void;
  setScene(key: string | null): void;
  setSource(source: HookSource | null): void;
  setTweenCounter(count: () => number): void;
  setFrameCounter(count: () => number): void;
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
  let frames: () => number = () => 0;
  const hook: ShuttleHook = Object.freeze({
    get ready() {
      return ready;
    },
    snapshot: () => (source ? source.snapshot() : null),
    send: (event: unknown) => (source ? source.send(event) : false),
    committed: () => (source ? source.committed() : null),
    savedGame: () => (source ? source.savedGame() : Promise.resolve(null)),
    picture: () => (source ? source.picture() : null),
    scene: () => scene,
    tweens: () => tweens(),
    frames: () => frames(),
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
    setFrameCounter: (count) => {
      frames = count;
    },
  };
}
