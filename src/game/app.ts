// The composition root: builds the page's services, installs the test hook, starts Phaser with
// the first three scenes (boot, title, preload). The game code (the machine, the play scenes,
// the pages) is loaded on first use, and handed the services it passes on, each scene and
// screen the few it uses. Nothing imports this module but the entry.
import Phaser from 'phaser';
import type { ArtLoader } from './art/loader.ts';
import { createAnnouncer } from './dom/announcer.ts';
import { createAppLock } from './dom/app-lock.ts';
import { createDialogs } from './dom/dialogs.ts';
import { el } from './dom/el.ts';
import { createKeyRouter } from './dom/keys.ts';
import { createLayout } from './dom/layout.ts';
import { createNotices } from './dom/notice.ts';
import { createPageHost } from './pages/page-host.ts';
import { canvasWidth, gameConfig, WORLD } from './phaser/config.ts';
import type { FrameDemand } from './phaser/frame-demand.ts';
import { demandFrames } from './phaser/frames.ts';
import { chooseRenderer } from './phaser/renderer.ts';
import type { Play, PlayHost } from './play/play.ts';
import { BootScene } from './scenes/boot-scene.ts';
import { MAIN_SCENES, type SceneKey } from './scenes/keys.ts';
import { PreloadScene } from './scenes/preload-scene.ts';
import type { SceneHost } from './scenes/scene-host.ts';
import { TitleScene } from './scenes/title-scene.ts';
import { installHook } from './shell/hook.ts';
import { notLoaded } from './shell/lazy.ts';
import { createPrefs } from './shell/prefs.ts';
import { adoptLegacySave } from './shell/saved-game.ts';
import { createSaveSlots } from './shell/save-slots.ts';
import { createSound } from './shell/sound.ts';
import { createStorage } from './shell/storage.ts';
import { showHelp } from './title/help.ts';
import { showSettings } from './title/settings.ts';
import { titleActions } from './title/title-actions.ts';
import { activeLocale, messages } from '../present/index.ts';

/** The browser's IndexedDB, or null where it is missing or refused (a private window may throw). */
function indexedDbOf(win: Window): IDBFactory | null {
  try {
    return win.indexedDB ?? null;
  } catch {
    return null;
  }
}

export async function startApp(doc: Document, win: Window): Promise<void> {
  // The page speaks the catalogue's language, in its direction (right to left for Arabic or Persian).
  const locale = activeLocale();
  doc.documentElement.lang = locale.locale;
  doc.documentElement.dir = locale.rtl ? 'rtl' : 'ltr';
  const layout = createLayout(doc);
  const notices = createNotices(layout.notice);
  const storageProblem = (problem: 'unavailable' | 'full') => notices.show(`storage-${problem}`, messages().ui.common.storage[problem]);
  const storage = createStorage(storageProblem);
  const slots = createSaveSlots(indexedDbOf(win), storageProblem);
  const prefs = createPrefs(storage, doc.documentElement);
  const dialogs = createDialogs(layout.dialog);
  const hook = installHook(win);
  const appLock = createAppLock(layout.app);
  const pages = createPageHost(doc, appLock, () => dialogs.isOpen(), () => frames?.hold() ?? (() => {}));
  const announcer = createAnnouncer(layout.live);
  const sound = createSound(() => prefs.get().sound);
  let art: ArtLoader | null = null;
  let game: Phaser.Game | null = null;
  let frames: FrameDemand | null = null;
  /** The canvas is drawn on demand: what changes it from outside Phaser's frames asks for some. */
  const repaint = () => frames?.wake();
  let playModule: Promise<Play> | null = null;
  let readyOnce = false;

  const help = () => void showHelp(dialogs, keys, prefs.get().shortcuts);
  const settings = () => void showSettings(dialogs, prefs);
  const glossary = (focus?: string) => {
    // The glossary's data (with the theory it cites) loads on first use, not with the title.
    // Its case terms are the game's scenario, or the one chosen on the title screen.
    const scenario = playModule ? playModule.then((p) => p.glossaryScenario()) : Promise.resolve(null);
    void Promise.all([import('./ui/glossary-panel.ts'), scenario])
      .then(([m, s]) => m.showGlossary(dialogs, s, focus))
      .catch(() => notices.show('load', notLoaded()));
  };
  const keys = createKeyRouter(doc, {
    enabled: () => prefs.get().shortcuts,
    help,
    glossary: () => glossary(),
    dialogOpen: () => dialogs.isOpen(),
    pageOpen: () => pages.isOpen(),
  });

  /** Starts a main scene and stops the others. */
  const show = (key: SceneKey, data?: object) => {
    if (!game) return;
    for (const other of MAIN_SCENES) if (other !== key && game.scene.isActive(other)) game.scene.stop(other);
    game.scene.start(key, data);
    repaint();
  };

  const sceneHost: SceneHost = {
    layout,
    keys,
    prefs,
    announcer,
    sound,
    glossary,
    repaint,
    ready(key) {
      hook.setScene(key);
      if (!readyOnce && key !== 'preload') {
        readyOnce = true;
        hook.setReady();
      }
    },
  };

  const play = (): Promise<Play> => {
    // Zod's setting must be made before any schema of the game code is built, and the bundler
    // may put schemas in chunks that run before the game code's first line: so it comes first,
    // in a chunk of its own.
    playModule ??= import('./play/zod-jitless.ts')
      .then(() => import('./play/play.ts'))
      .then((m) => {
        const host: PlayHost = { ...sceneHost, doc, storage, slots, dialogs, notices, pages, appLock, hook, game: game!, help, settings, show, art: () => art };
        return m.createPlay(host);
      })
      .catch((error: unknown) => {
        // Not kept: the next try loads afresh (say, once the network is back).
        playModule = null;
        notices.show('load', notLoaded());
        throw error;
      });
    return playModule;
  };

  // The glossary is one button away on every screen, and on every page over the game.
  doc.body.appendChild(el('button', { class: 'glossary-button no-print', text: messages().ui.common.glossaryButton, attrs: { type: 'button', 'data-action': 'glossary', 'aria-keyshortcuts': 't' }, on: { click: () => glossary() } }));

  // The canvas follows its region when the layout changes (title ↔ hall) or the window does:
  // as many pixels as the region shows (no more), then rescaled to fit it.
  const fitCanvas = () => {
    const scale = game?.scale;
    if (!scale) return;
    const box = layout.stage.getBoundingClientRect();
    const width = canvasWidth(box.width, box.height, win.devicePixelRatio || 1);
    if (width !== scale.width) scale.setGameSize(width, Math.round((width * WORLD.height) / WORLD.width));
    scale.getParentBounds();
    scale.refresh();
    // Phaser's own check of its parent's size runs on its frames.
    repaint();
  };
  layout.onResize(fitCanvas);
  win.addEventListener('resize', fitCanvas);

  const renderer = chooseRenderer(doc, win.location.search);
  doc.documentElement.dataset.renderer = renderer;
  const width = canvasWidth(win.innerWidth, win.innerHeight, win.devicePixelRatio || 1);
  // The game the player was in when the page closed comes back at once (after a crash too): its
  // slot is committed with every move. Read before the first scene, so the title is not shown first.
  // A database that does not answer in time (a blocked upgrade in another tab) leaves the title up.
  const inTime = <T>(work: Promise<T>, fallback: T) => Promise.race([work, new Promise<T>((resolve) => win.setTimeout(() => resolve(fallback), 2000))]);
  await inTime(adoptLegacySave(storage, slots, (title) => title || messages().ui.title.earlierGame), undefined);
  const resume = (await inTime(slots.current(), null)) !== null;
  const title = { actions: titleActions({ storage, slots, prefs, pages, dialogs, play, settings, help, print: () => win.print(), classServer: () => win.location.assign('./?class=teach') }), art: () => art, pageOpen: () => pages.isOpen() };
  const boot = new BootScene((loader) => {
    art = loader;
    hook.setScene('boot');
  });
  const resumeFailed = () => {
    show('title');
    notices.show('resume', messages().ui.title.preload.resumeFailed);
  };
  const preload = new PreloadScene({ layout, art: () => art!, showing: (key) => hook.setScene(key), loadGame: play, repaint, resumeFailed }, resume);
  // Boot first (it hosts the art loader), then the title, so the first screen is up before the
  // preload starts fetching the rest.
  game = new Phaser.Game(gameConfig(layout.stage, renderer, width, [boot, new TitleScene(sceneHost, title, !resume), preload]));
  const running = game;
  const demand = demandFrames(game, win, layout.stage);
  frames = demand;
  hook.setFrameCounter(() => demand.drawn);
  hook.setTweenCounter(() => running.scene.getScenes(true).reduce((n, scene) => n + scene.tweens.getTweens().length, 0));
}
