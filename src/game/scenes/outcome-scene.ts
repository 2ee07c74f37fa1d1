// The outcome (loaded lazily): what was agreed or what happened, the final text against each
// side's reservation value and the Nash point, and the ways on: a new game, replaying this one
// from the start (same scenario and seed), the save file, and the full debrief (a page).
import { el } from '../dom/el.ts';
import { WORLD } from '../phaser/config.ts';
import type { Play } from '../play/play.ts';
import type { Shell } from '../shell/shell.ts';
import { openDebriefPage } from '../pages/debrief-page.ts';
import { outcomeContent } from '../ui/outcome-view.ts';
import { analyseOutcome } from '../../present/index.ts';
import { PlayScene, type GameSource } from './play-scene.ts';

const TONE: Record<string, [number, number]> = {
  framework: [0xffd27a, 0.18],
  interim: [0xf4d28b, 0.12],
  continue: [0x9cc6e4, 0.12],
  suspended: [0x5a6a7a, 0.35],
  collapse: [0x3a3a4a, 0.45],
  strike: [0xa02a14, 0.4],
};

export class OutcomeScene extends PlayScene {
  protected readonly layoutMode = 'full';

  constructor(
    shell: Shell,
    game: GameSource,
    private readonly play: () => Play,
  ) {
    super('outcome', shell, game);
  }

  protected setup(): void {
    const g = this.talks;
    const c = g.c;
    const a = analyseOutcome(c, g.state);
    this.add.image(WORLD.width / 2, WORLD.height / 2, 'title');
    const [color, alpha] = TONE[a?.id ?? 'suspended']!;
    this.add.rectangle(WORLD.width / 2, WORLD.height / 2, WORLD.width, WORLD.height, color, alpha);
    const buttons = el(
      'div',
      { class: 'panel-foot' },
      el('span', { class: 'muted small spacer', text: `Seed ${g.session.settings.seed} · ${g.session.events.length} actions` }),
      el('button', { text: 'Download the save file', attrs: { type: 'button' }, on: { click: () => g.download() } }),
      el('button', { text: 'The full debrief', attrs: { type: 'button', 'data-action': 'debrief' }, on: { click: () => void openDebriefPage(this.shell.pages, g.session.scenario, g.state, () => window.print()) } }),
      // Where did it turn? The replay viewer on this game: scrub, branch, compare, what if.
      el('button', { text: 'Replays and branches…', attrs: { type: 'button', 'data-action': 'replays' }, on: { click: () => void this.play().openReplays() } }),
      el('button', { text: 'Play again from the start', attrs: { type: 'button', 'data-action': 'replay' }, on: { click: () => void this.play().restart() } }),
      el('button', { class: 'primary', text: 'New game', attrs: { type: 'button', 'data-action': 'new-game' }, on: { click: () => this.play().toTitle() } }),
    );
    const panel = el(
      'section',
      { class: 'panel screen-panel', attrs: { 'aria-labelledby': 'outcome-heading' } },
      el('h1', { id: 'outcome-heading', text: a ? a.title : 'The talks are over', attrs: { tabindex: -1 } }),
      a ? el('p', { class: 'verdict', text: a.story }) : null,
      a ? el('p', { class: 'muted', text: `${a.reason} (Round ${g.state.round + 1}.)` }) : null,
      ...(a ? outcomeContent(c, a) : []),
      buttons,
    );
    this.mount(this.shell.layout.screen, panel);
    this.shell.announcer.say(a ? `${a.title}. ${a.story} ${a.reason}` : 'The talks are over.');
    panel.querySelector<HTMLElement>('h1')?.focus();
  }

  protected redraw(): void {}
}
