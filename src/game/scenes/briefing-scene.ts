// The briefing: a dossier on the desk (who is who, each side's case, the issues, the facts with
// their sources) and the button that opens the talks (BEGIN).
import { el } from '../dom/el.ts';
import { WORLD } from '../phaser/config.ts';
import { createDossier } from '../ui/dossier.ts';
import { gameWords, messages } from '../../present/index.ts';
import type { TalksSource } from '../play/talks.ts';
import { PlayScene } from './play-scene.ts';
import type { SceneHost } from './scene-host.ts';

export class BriefingScene extends PlayScene {
  protected readonly layoutMode = 'full';

  constructor(host: SceneHost, source: TalksSource) {
    super('briefing', host, source);
  }

  protected setup(): void {
    this.add.image(WORLD.width / 2, WORLD.height / 2, 'briefing');
    const g = this.talks;
    const c = g.view.c;
    const dossier = createDossier(c, this.host.prefs.get().names, (id) => this.host.glossary(id));
    const w = gameWords().play.briefing;
    const begin = () => g.send({ type: 'BEGIN' });
    const beginButton = el('button', { class: 'primary', text: w.begin, attrs: { type: 'button', 'data-action': 'begin', 'aria-keyshortcuts': 'b' }, on: { click: begin } });
    this.mount(
      this.host.layout.screen,
      el(
        'section',
        { class: 'panel screen-panel', attrs: { 'aria-labelledby': 'briefing-heading' } },
        el('h1', { id: 'briefing-heading', text: w.heading, attrs: { tabindex: -1 } }),
        dossier.node,
        el('div', { class: 'panel-foot' }, el('span', { class: 'muted small spacer', text: w.foot(g.seed) }), el('button', { text: messages().ui.common.menu, attrs: { type: 'button' }, on: { click: () => g.menu() } }), beginButton),
      ),
    );
    this.host.keys.setShortcuts('briefing', [{ key: 'b', label: w.begin, run: begin }]);
    this.host.announcer.say(w.said(c.scenario.title));
    dossier.focus();
  }

  protected redraw(): void {}
}

