// What every scene and screen shares: the page's regions, preferences, storage, the announcer,
// dialogs, shortcuts, the test hook, sound, the art loader and the lazily loaded game code.
import type Phaser from 'phaser';
import type { Announcer } from '../dom/announcer.ts';
import type { AppLock } from '../dom/app-lock.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import type { KeyRouter } from '../dom/keys.ts';
import type { Layout } from '../dom/layout.ts';
import type { Notices } from '../dom/notice.ts';
import type { ArtLoader } from '../art/loader.ts';
import type { SceneKey } from '../scenes/keys.ts';
import type { Play } from '../play/play.ts';
import type { PageHost } from '../pages/page-host.ts';
import type { HookControl } from './hook.ts';
import type { PrefsStore } from './prefs.ts';
import type { Sound } from './sound.ts';
import type { SafeStorage } from './storage.ts';

export interface Shell {
  readonly doc: Document;
  readonly layout: Layout;
  readonly prefs: PrefsStore;
  readonly storage: SafeStorage;
  readonly announcer: Announcer;
  readonly notices: Notices;
  readonly dialogs: Dialogs;
  readonly keys: KeyRouter;
  /** Full-window pages over the game: the debrief, the class comparison. */
  readonly pages: PageHost;
  /** Makes the game beneath a layer inert while any layer holds it. */
  readonly appLock: AppLock;
  readonly hook: HookControl;
  readonly sound: Sound;
  /** Set by the boot scene once Phaser is up. */
  art: ArtLoader | null;
  game: Phaser.Game | null;
  /** Starts a main scene and stops the others. */
  show(key: SceneKey, data?: object): void;
  /** A scene calls this once its DOM is mounted and it takes input. */
  sceneReady(key: SceneKey): void;
  /** The game code (machine, model, play scenes), loaded on first use. */
  play(): Promise<Play>;
  help(): void;
  /** The glossary, optionally opened on one entry. */
  glossary(focus?: string): void;
  settings(): void;
}
