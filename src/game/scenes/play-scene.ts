// A scene of a game in progress: it reads the game through the mediator's view, redraws its art
// and DOM from each change, and may play a short exit (the mediator walking out) before the
// next scene.
import type { Change } from '../play/session.ts';
import type { Talks, TalksSource } from '../play/talks.ts';
import type { SceneKey } from './keys.ts';
import type { SceneHost } from './scene-host.ts';
import { ShellScene } from './shell-scene.ts';

export abstract class PlayScene<D extends object = object> extends ShellScene<D> {
  private readonly source: TalksSource;

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

  protected build(data: D): void {
    this.setup(data);
    this.redraw(null);
    const off = this.talks.subscribe((change) => this.redraw(change));
    this.onTeardown(off);
  }

  /** Played before the director leaves this scene; resolves when done (at once with reduced motion). */
  exit(_change: Change): Promise<void> {
    return Promise.resolve();
  }
}
