// The game beneath a layer (a page, the hot-seat screens, the teacher's pause) takes no input.
// Several layers can be up at once, so the page is inert while any of them holds it: each holds
// and releases its own claim, and the last release makes the game usable again.

export interface AppLock {
  /** Makes the game inert until the returned release is called (calling it twice is harmless). */
  hold(): () => void;
  held(): boolean;
}

export function createAppLock(app: HTMLElement): AppLock {
  const holders = new Set<symbol>();
  return {
    hold() {
      const claim = Symbol('hold');
      holders.add(claim);
      app.inert = true;
      return () => {
        holders.delete(claim);
        app.inert = holders.size > 0;
      };
    },
    held: () => holders.size > 0,
  };
}
