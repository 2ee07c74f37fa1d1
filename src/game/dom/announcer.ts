// The polite live region: what delegates say and what moved, read out after each action.
// Messages are joined and written once per frame so a burst of changes is one announcement.

export interface Announcer {
  say(text: string): void;
  /** The last text announced (the test hook and the benchmark read it). */
  last(): string;
}

export function createAnnouncer(region: HTMLElement): Announcer {
  let queue: string[] = [];
  let scheduled = false;
  let last = '';
  const flush = () => {
    scheduled = false;
    if (queue.length === 0) return;
    last = queue.join(' ');
    queue = [];
    // Clearing first makes screen readers announce a message even when it repeats.
    region.textContent = '';
    region.textContent = last;
  };
  return {
    say(text) {
      const t = text.trim();
      if (!t) return;
      queue.push(t);
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(flush);
      }
    },
    last: () => last,
  };
}
