// Title: a city at dusk behind the title screen. The screen is interactive at once; the painted
// title art, the game code and the rest of the art load behind it.
import { drawTitleBackdrop } from '../art/title-art.ts';
import { WORLD } from '../phaser/config.ts';
import { readSaveMeta } from '../shell/saved-game.ts';
import type { Shell } from '../shell/shell.ts';
import { titleScreen, type TitleActions } from '../title/title-screen.ts';
import { ShellScene } from './shell-scene.ts';

export class TitleScene extends ShellScene {
  protected readonly layoutMode = 'full';

  /** `first`: the title is the first screen (no game to resume), started with Phaser. */
  constructor(shell: Shell, first: boolean) {
    super('title', shell, first);
  }

  protected build(): void {
    const shell = this.shell;
    drawTitleBackdrop(this, !this.reducedMotion);
    void shell.art?.texture('title').then(() => {
      if (!this.sys.isActive()) return;
      const painting = this.add.image(WORLD.width / 2, WORLD.height / 2, 'title').setAlpha(this.reducedMotion ? 1 : 0);
      this.animate({ targets: painting, alpha: 1, duration: 600 });
    });

    const actions: TitleActions = {
      saved: () => readSaveMeta(shell.storage),
      scenarios: async () => (await shell.play()).catalog.choices(),
      openFile: async (file) => (await shell.play()).catalog.open(await file.text(), file.name),
      newGame: async (key, seed) => (await shell.play()).startNew(key, seed),
      continueGame: async () => (await shell.play()).resumeSaved(),
      savedReplays: async () => {
        const play = await shell.play();
        await play.resumeSaved();
        await play.openReplays();
      },
      settings: () => shell.settings(),
      help: () => shell.help(),
      debriefSave: async (file) => {
        const play = await shell.play();
        const { debriefSaveText } = await import('../pages/save-debrief.ts');
        return debriefSaveText(shell.pages, play, file.name, await file.text(), () => window.print());
      },
      openReplay: async (file) => {
        const play = await shell.play();
        const [{ openSaveText }, { openReplayViewer }] = await Promise.all([import('../replays/open-save.ts'), import('../replays/viewer-page.ts')]);
        const opened = await openSaveText(play.catalog, file.name, await file.text());
        if (!opened.ok) return opened.why;
        openReplayViewer(shell, play, opened.source);
        return null;
      },
      teacherSetup: (choiceKey) =>
        void shell.play().then(async (play) => {
          const [{ showTeacherSetup }, { teacherKeySection }, scenarios, chosen] = await Promise.all([
            import('../title/class-setup.ts'),
            import('../teacher/setup-key.ts'),
            play.catalog.playable(),
            choiceKey ? play.catalog.byKey(choiceKey) : null,
          ]);
          const prefs = shell.prefs.get();
          const defaults = { names: prefs.names, allowDistortion: prefs.allowDistortion, scenarioId: chosen?.scenario.id ?? null };
          await showTeacherSetup(shell.dialogs, scenarios, defaults, (id, settings) => void play.startWith(id, settings), teacherKeySection(shell.storage));
        }),
      joinCode: async (code) => {
        const play = await shell.play();
        const [{ readClassCode }, scenarios] = await Promise.all([import('../title/class-setup.ts'), play.catalog.playable()]);
        const result = readClassCode(code, scenarios.map((s) => s.id));
        if (!result.ok) return result.error;
        void play.startWith(result.scenarioId, result.settings);
        return null;
      },
      chosen: (key) => void shell.play().then((play) => play.choose(key)),
      compareClass: () =>
        void shell.play().then(async (play) => {
          const { openClassPage } = await import('../pages/class-page.ts');
          await openClassPage(shell.pages, play, () => window.print());
        }),
    };
    const screen = titleScreen(actions);
    this.mount(shell.layout.screen, screen.node);
    // A save file dropped anywhere on the title screen opens in the replay viewer (a page over
    // the title takes its own drops); the browser never navigates to a dropped file.
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file && !shell.pages.isOpen()) screen.dropSave(file);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    this.onTeardown(() => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    });
    // Focus after the first frame is laid out: focusing now would force a layout of its own.
    requestAnimationFrame(() => screen.focus());
  }
}
