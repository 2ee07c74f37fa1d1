// The briefing: a dossier on the desk (who is who, each side's case, the issues, the facts with
// their sources) and the button that opens the talks (BEGIN).
import { el } from '../dom/el.ts';
import { WORLD } from '../phaser/config.ts';
import type { Shell } from '../shell/shell.ts';
import { createDossier } from '../ui/dossier.ts';
import { PlayScene, type GameSource } from './play-scene.ts';

export class BriefingScene extends PlayScene {
  protected readonly layoutMode = 'full';

  constructor(shell: Shell, game: GameSource) {
    super('briefing', shell, game);
  }

  protected setup(): void {
    this.add.image(WORLD.width / 2, WORLD.height / 2, 'briefing');
    const g = this.talks;
    const dossier = createDossier(g.c, this.shell.prefs.get().names, (id) => this.shell.glossary(id));
    const begin = () => g.send({ type: 'BEGIN' });
    const beginButton = el('button', { class: 'primary', text: 'Begin the talks', attrs: { type: 'button', 'data-action': 'begin', 'aria-keyshortcuts': 'b' }, on: { click: begin } });
    this.mount(
      this.shell.layout.screen,
      el(
        'section',
        { class: 'panel screen-panel', attrs: { 'aria-labelledby': 'briefing-heading' } },
        el('h1', { id: 'briefing-heading', text: 'The briefing dossier', attrs: { tabindex: -1 } }),
        dossier.node,
        el('div', { class: 'panel-foot' }, el('span', { class: 'muted small spacer', text: `Seed ${g.session.settings.seed}. Press B to begin, or ? for the keys.` }), el('button', { text: 'Menu', attrs: { type: 'button' }, on: { click: () => void g.menu() } }), beginButton),
      ),
    );
    this.shell.keys.setShortcuts('briefing', [{ key: 'b', label: 'Begin the talks', run: begin }]);
    this.shell.announcer.say(`The briefing dossier for ${g.c.scenario.title}. Read it, then begin the talks.`);
    dossier.focus();
  }

  protected redraw(): void {}
}

