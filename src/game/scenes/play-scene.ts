// A scene of a game in progress: it reads the game through the mediator's view, redraws its art
// and DOM from each change, and may play a short exit (the mediator walking out) before the
// next scene. When a move ends the day, the scene holds until the player has read the reply.
import type { Change } from '../play/session.ts';
import type { Talks, TalksSource } from '../play/talks.ts';
import { answersTo, dayOverBox, KEY } from '../ui/day-over.ts';
import type { SidePanel } from '../ui/side-panel.ts';
import type { SceneKey } from './keys.ts';
import type { SceneHost } from './scene-host.ts';
import { ShellScene } from './shell-scene.ts';

export abstract class PlayScene<D extends object = object> extends ShellScene<D> {
  private readonly source: TalksSource;
  /** Holding at the day's end: the actions are gone, and redraws leave the menu and keys alone. */
  protected holding = false;

  protected constructor(key: SceneKey, host: SceneHost, source: TalksSource) {
    super(key, host);
    this.source = source;
  }

  /** The game being played (not Phaser's `game`). */
  protected get talks(): Talks {
    const g = this.source();
    if (!g) throw new Error('no game in progress');
    return g;
  }

  protected abstract setup(data: D): void;

  /** Called after every allowed event while this scene is on screen. */
  protected abstract redraw(change: Change | null): void;

  /** The side panel, for scenes that have one (the hall and the rooms). */
  protected sidePanel(): SidePanel | null {
    return null;
  }

  protected build(data: D): void {
    this.holding = false;
    this.setup(data);
    this.redraw(null);
    const off = this.talks.subscribe((change) => {
      this.redraw(change);
      this.host.repaint();
    });
    this.onTeardown(off);
  }

  /** Played before the director leaves this scene; resolves when done (at once with reduced motion). */
  exit(_change: Change): Promise<void> {
    return Promise.resolve();
  }

  /**
   * Keeps the scene until the player goes on: the move's reply stays in view, and the actions
   * give way to the way on (N). Resolves at once in a scene without a side panel.
   */
  hold(change: Change): Promise<void> {
    const panel = this.sidePanel();
    if (!panel) return Promise.resolve();
    this.holding = true;
    return new Promise<void>((resolve) => {
      let done = false;
      const go = () => {
        if (done) return;
        done = true;
        resolve();
      };
      const box = dayOverBox(this.talks.view.c, this.host.prefs.get().names, change.phase === 'over', answersTo(change.before.transcript, change.after.transcript), go, change.after.transcript);
      panel.hold(box.node);
      this.host.keys.setShortcuts(this.sys.settings.key, [{ key: KEY, label: box.label, run: go }]);
      // A scene stopped while it holds (the game left for the title) lets the director go on.
      this.onTeardown(go);
      box.button.focus();
    });
  }
}
