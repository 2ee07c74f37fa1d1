// The news between rounds: headline cards for the night's events (dated, sourced, reports marked
// as reports), the meters moving with their causes, and the way on to the next day (CONTINUE).
import { el } from '../dom/el.ts';
import { WORLD } from '../phaser/config.ts';
import { newsView } from '../ui/news-view.ts';
import { gameWords, messages } from '../../present/index.ts';
import type { TalksSource } from '../play/talks.ts';
import { PlayScene } from './play-scene.ts';
import type { SceneHost } from './scene-host.ts';

export class NewsScene extends PlayScene {
  protected readonly layoutMode = 'full';

  constructor(host: SceneHost, source: TalksSource) {
    super('news', host, source);
  }

  protected setup(): void {
    this.add.image(WORLD.width / 2, WORLD.height / 2, 'news');
    const g = this.talks;
    const { c, state } = g.view;
    const rounds = c.scenario.rounds;
    const last = state.round >= rounds.length - 1;
    const next = rounds[state.round + 1];
    const w = gameWords().play.news;
    const view = newsView(c, state, !this.reducedMotion);
    const go = () => g.send({ type: 'CONTINUE' });
    const label = last || !next ? w.end : w.next({ round: state.round + 2, date: next.date, venue: next.venue });
    const button = el('button', { class: 'primary', text: label, attrs: { type: 'button', 'data-action': 'continue', 'aria-keyshortcuts': 'n' }, on: { click: go } });
    this.mount(
      this.host.layout.screen,
      el(
        'section',
        { class: 'panel screen-panel', attrs: { 'aria-labelledby': 'news-heading' } },
        el('h1', { id: 'news-heading', text: w.heading(state.round + 1), attrs: { tabindex: -1 } }),
        el('p', { class: 'muted', text: w.overnight(rounds[state.round]!.label) }),
        el(
          'div',
          { class: 'news-columns' },
          el('section', { attrs: { 'aria-label': w.headlines } }, el('h2', { text: w.headlines }), view.cards),
          el('section', { attrs: { 'aria-label': w.moved } }, el('h2', { text: w.movedWhy }), view.moves),
        ),
        el('div', { class: 'panel-foot' }, el('span', { class: 'muted small spacer', text: w.foot }), el('button', { text: messages().ui.common.menu, attrs: { type: 'button' }, on: { click: () => g.menu() } }), button),
      ),
    );
    this.host.keys.setShortcuts('news', [{ key: 'n', label: label, run: go }]);
    this.host.sound.play('news');
    this.host.announcer.say(w.said({ round: state.round + 1, summary: view.summary }));
    button.focus();
  }

  protected redraw(): void {}
}
