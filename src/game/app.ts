// The shell: builds the page's services, installs the test hook, starts Phaser with the first
// three scenes. Everything else (the game machine, the play scenes) is loaded on first use.
import Phaser from 'phaser';
import { createAnnouncer } from './dom/announcer.ts';
import { createAppLock } from './dom/app-lock.ts';
import { createDialogs } from './dom/dialogs.ts';
import { createKeyRouter } from './dom/keys.ts';
import { createLayout } from './dom/layout.ts';
import { createNotices } from './dom/notice.ts';
import { canvasWidth, gameConfig, WORLD } from './phaser/config.ts';
import { chooseRenderer } from './phaser/renderer.ts';
import { BootScene } from './scenes/boot-scene.ts';
import { MAIN_SCENES, type SceneKey } from './scenes/keys.ts';
import { PreloadScene } from './scenes/preload-scene.ts';
import { TitleScene } from './scenes/title-scene.ts';
import { installHook } from './shell/hook.ts';
import { NOT_LOADED } from './shell/lazy.ts';
import { readSaveMeta } from './shell/saved-game.ts';
import { createPrefs } from './shell/prefs.ts';
import type { Shell } from './shell/shell.ts';
import { createSound } from './shell/sound.ts';
import { createStorage, type StorageProblem } from './shell/storage.ts';
import { showHelp } from './title/help.ts';
import { createPageHost } from './pages/page-host.ts';
import { el } from './dom/el.ts';
import { showSettings } from './title/settings.ts';
import type { Play } from './play/play.ts';

const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  unavailable: 'This browser does not let the game save (storage is off or private). You can keep playing, but a reload will lose the game.',
  full: 'The browser’s storage is full, so the game could not be saved. You can keep playing; free some space or download a save file from the menu.',
};

export function startApp(doc: Document, win: Window): Shell {
  const layout = createLayout(doc);
  const notices = createNotices(layout.notice);
  const storage = createStorage((problem) => notices.show(`storage-${problem}`, STORAGE_MESSAGES[problem]));
  const prefs = createPrefs(storage, doc.documentElement);
  const dialogs = createDialogs(layout.dialog);
  const hook = installHook(win);
  const appLock = createAppLock(layout.app);
  const pages = createPageHost(doc, appLock, () => dialogs.isOpen());
  let playModule: Promise<Play> | null = null;
  let readyOnce = false;

  const shell: Shell = {
    doc,
    layout,
    prefs,
    storage,
    announcer: createAnnouncer(layout.live),
    notices,
    dialogs,
    keys: createKeyRouter(doc, {
      enabled: () => prefs.get().shortcuts,
      help: () => shell.help(),
      glossary: () => shell.glossary(),
      dialogOpen: () => dialogs.isOpen(),
      pageOpen: () => pages.isOpen(),
    }),
    pages,
    appLock,
    hook,
    sound: createSound(() => prefs.get().sound),
    art: null,
    game: null,
    show(key: SceneKey, data?: object) {
      const game = shell.game;
      if (!game) return;
      for (const other of MAIN_SCENES) if (other !== key && game.scene.isActive(other)) game.scene.stop(other);
      game.scene.start(key, data);
    },
    sceneReady(key) {
      hook.setScene(key);
      if (!readyOnce && key !== 'preload') {
        readyOnce = true;
        hook.setReady();
      }
    },
    play() {
      // Zod's setting must be made before any schema of the game code is built, and the bundler
      // may put schemas in chunks that run before the game code's first line: so it comes first,
      // in a chunk of its own.
      playModule ??= import('./play/zod-jitless.ts')
        .then(() => import('./play/play.ts'))
        .then((m) => m.createPlay(shell))
        .catch((error: unknown) => {
          // Not kept: the next try loads afresh (say, once the network is back).
          playModule = null;
          notices.show('load', NOT_LOADED);
          throw error;
        });
      return playModule;
    },
    help() {
      void showHelp(dialogs, shell.keys, prefs.get().shortcuts);
    },
    glossary(focus) {
      // The glossary's data (with the theory it cites) loads on first use, not with the title.
      // Its case terms are the game's scenario, or the one chosen on the title screen.
      const scenario = playModule ? playModule.then((p) => p.glossaryScenario()) : Promise.resolve(null);
      void Promise.all([import('./ui/glossary-panel.ts'), scenario])
        .then(([m, s]) => m.showGlossary(dialogs, s, focus))
        .catch(() => notices.show('load', NOT_LOADED));
    },
    settings() {
      void showSettings(dialogs, prefs);
    },
  };
  // The glossary is one button away on every screen, and on every page over the game.
  doc.body.appendChild(el('button', { class: 'glossary-button no-print', text: 'Glossary (T)', attrs: { type: 'button', 'data-action': 'glossary', 'aria-keyshortcuts': 't' }, on: { click: () => shell.glossary() } }));

  // The canvas follows its region when the layout changes (title ↔ hall) or the window does:
  // as many pixels as the region shows (no more), then rescaled to fit it.
  const fitCanvas = () => {
    const scale = shell.game?.scale;
    if (!scale) return;
    const box = layout.stage.getBoundingClientRect();
    const width = canvasWidth(box.width, box.height, win.devicePixelRatio || 1);
    if (width !== scale.width) scale.setGameSize(width, Math.round((width * WORLD.height) / WORLD.width));
    scale.getParentBounds();
    scale.refresh();
  };
  layout.onResize(fitCanvas);
  win.addEventListener('resize', fitCanvas);

  const renderer = chooseRenderer(doc, win.location.search);
  doc.documentElement.dataset.renderer = renderer;
  const width = canvasWidth(win.innerWidth, win.innerHeight, win.devicePixelRatio || 1);
  const resume = readSaveMeta(storage) !== null;
  // Boot first (it hosts the art loader), then the title, so the first screen is up before the
  // preload starts fetching the rest.
  const game = new Phaser.Game(gameConfig(layout.stage, renderer, width, [new BootScene(shell), new TitleScene(shell, !resume), new PreloadScene(shell, resume)]));
  shell.game = game;
  hook.setTweenCounter(() => game.scene.getScenes(true).reduce((n, scene) => n + scene.tweens.getTweens().length, 0));
  return shell;
}
