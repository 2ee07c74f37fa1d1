// What every main scene needs of the page: its regions, the shortcuts, the player's preferences,
// the live region, sound, the glossary, and a way to say it is up. Nothing of the game: a play
// scene gets the game in progress on its own (play/talks.ts).
import type { Announcer } from '../dom/announcer.ts';
import type { KeyRouter } from '../dom/keys.ts';
import type { Layout } from '../dom/layout.ts';
import type { PrefsStore } from '../shell/prefs.ts';
import type { Sound } from '../shell/sound.ts';
import type { SceneKey } from './keys.ts';

export interface SceneHost {
  readonly layout: Layout;
  readonly keys: KeyRouter;
  readonly prefs: PrefsStore;
  readonly announcer: Announcer;
  readonly sound: Sound;
  /** A scene calls this when it redraws from a change: the canvas is drawn only on demand. */
  repaint(): void;
  /** A scene calls this once its DOM is mounted and it takes input. */
  ready(key: SceneKey): void;
  /** The glossary, optionally opened on one entry. */
  glossary(focus?: string): void;
}
