// A scene of a game in progress: it reads the active game, redraws its art and DOM from each
// new snapshot, and may play a short exit (the mediator walking out) before the next scene.
import type { ActiveGame } from '../play/active-game.ts';
import type { Change } from '../play/session.ts';
import type { Shell } from '../shell/shell.ts';
import type { SceneKey } from './keys.ts';
import { ShellScene } from './shell-scene.ts';

export type GameSource = () => ActiveGame | null;

export abstract class PlayScene<D extends object = object> extends ShellScene<D> {
  protected readonly activeGame: GameSource;

  protected constructor(key: SceneKey, shell: Shell, game: GameSource) {
    super(key, shell);
    this.activeGame = game;
  }

  /** The game being played (not Phaser's `game`). */
  protected get talks(): ActiveGame {
    const g = this.activeGame();
    if (!g) throw new Error('no game in progress');
    return g;
  }

  protected abstract setup(data: D): void;

  /** Called after every allowed event while this scene is on screen. */
  protected abstract redraw(change: Change | null): void;

  protected build(data: D): void {
    this.setup(data);
    this.redraw(null);
    const off = this.talks.session.subscribe((change) => this.redraw(change));
    this.onTeardown(off);
  }

  /** Played before the director leaves this scene; resolves when done (at once with reduced motion). */
  exit(_change: Change): Promise<void> {
    return Promise.resolve();
  }
}
