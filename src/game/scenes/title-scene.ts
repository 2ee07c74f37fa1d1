// Title: a city at dusk behind the title screen. The screen is interactive at once; the painted
// title art, the game code and the rest of the art load behind it.
import { drawTitleBackdrop } from '../art/title-art.ts';
import type { ArtLoader } from '../art/loader.ts';
import { WORLD } from '../phaser/config.ts';
import { titleScreen, type TitleActions } from '../title/title-screen.ts';
import type { SceneHost } from './scene-host.ts';
import { ShellScene } from './shell-scene.ts';

/** What the title needs beside the page: what its controls do, the art, whether a page covers it. */
export interface TitleHost {
  readonly actions: TitleActions;
  art(): ArtLoader | null;
  pageOpen(): boolean;
}

export class TitleScene extends ShellScene {
  protected readonly layoutMode = 'full';

  /** `first`: the title is the first screen (no game to resume), started with Phaser. */
  constructor(
    host: SceneHost,
    private readonly title: TitleHost,
    first: boolean,
  ) {
    super('title', host, first);
  }

  protected build(): void {
    drawTitleBackdrop(this, !this.reducedMotion);
    void this.title.art()?.texture('title').then(() => {
      if (!this.sys.isActive()) return;
      const painting = this.add.image(WORLD.width / 2, WORLD.height / 2, 'title').setAlpha(this.reducedMotion ? 1 : 0);
      this.animate({ targets: painting, alpha: 1, duration: 600 });
    });
    const screen = titleScreen(this.title.actions);
    this.mount(this.host.layout.screen, screen.node);
    // A save file dropped anywhere on the title screen opens in the replay viewer (a page over
    // the title takes its own drops); the browser never navigates to a dropped file.
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file && !this.title.pageOpen()) screen.dropSave(file);
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
