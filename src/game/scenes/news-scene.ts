// The news between rounds: headline cards for the night's events (dated, sourced, reports marked
// as reports), the meters moving with their causes, and the way on to the next day (CONTINUE).
import { el } from '../dom/el.ts';
import { WORLD } from '../phaser/config.ts';
import { newsView } from '../ui/news-view.ts';
import { longDate } from '../../present/index.ts';
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
    const view = newsView(c, state, !this.reducedMotion);
    const go = () => g.send({ type: 'CONTINUE' });
    const label = last || !next ? 'See how the talks end' : `On to round ${state.round + 2}: ${longDate(next.date)}, ${next.venue}`;
    const button = el('button', { class: 'primary', text: label, attrs: { type: 'button', 'data-action': 'continue', 'aria-keyshortcuts': 'n' }, on: { click: go } });
    this.mount(
      this.host.layout.screen,
      el(
        'section',
        { class: 'panel screen-panel', attrs: { 'aria-labelledby': 'news-heading' } },
        el('h1', { id: 'news-heading', text: `The news after round ${state.round + 1}`, attrs: { tabindex: -1 } }),
        el('p', { class: 'muted', text: `${rounds[state.round]!.label}. Overnight, the capitals consult and the world moves.` }),
        el(
          'div',
          { class: 'news-columns' },
          el('section', { attrs: { 'aria-label': 'Headlines' } }, el('h2', { text: 'Headlines' }), view.cards),
          el('section', { attrs: { 'aria-label': 'What moved overnight' } }, el('h2', { text: 'What moved overnight, and why' }), view.moves),
        ),
        el('div', { class: 'panel-foot' }, el('span', { class: 'muted small spacer', text: 'Press N to go on.' }), el('button', { text: 'Menu', attrs: { type: 'button' }, on: { click: () => g.menu() } }), button),
      ),
    );
    this.host.keys.setShortcuts('news', [{ key: 'n', label: label, run: go }]);
    this.host.sound.play('news');
    this.host.announcer.say(`The news after round ${state.round + 1}. ${view.summary}`);
    button.focus();
  }

  protected redraw(): void {}
}
