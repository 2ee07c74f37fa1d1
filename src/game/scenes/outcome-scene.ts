// The outcome (loaded lazily): what was agreed or what happened, the final text against each
// side's reservation value and the Nash point, and the ways on: a new game, replaying this one
// from the start (same scenario and seed), the save file, and the full debrief (a page). The
// game is over, so its hidden values are shown: the finished state is read here, and only here.
import { hallPicture } from '../art/venue.ts';
import type { GameState } from '../../model/index.ts';
import { el } from '../dom/el.ts';
import { WORLD } from '../phaser/config.ts';
import type { TalksSource } from '../play/talks.ts';
import { outcomeContent } from '../ui/outcome-view.ts';
import { analyseOutcome, gameWords, messages } from '../../present/index.ts';
import { PlayScene } from './play-scene.ts';
import type { SceneHost } from './scene-host.ts';

/** The finished game and the ways on from it. */
export interface OutcomeExits {
  /** The whole final state (null while the game is not over). */
  finished(): GameState | null;
  /** Moves the game took. */
  actions(): number;
  download(): void;
  debrief(): void;
  /** The replay viewer on this game: scrub, branch, compare, what if. */
  replays(): void;
  restart(): void;
  newGame(): void;
}

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
    host: SceneHost,
    source: TalksSource,
    private readonly exits: OutcomeExits,
  ) {
    super('outcome', host, source);
  }

  protected setup(): void {
    const g = this.talks;
    const c = g.view.c;
    const final = this.exits.finished();
    const a = final ? analyseOutcome(c, final) : null;
    // The scenario's own hall behind the verdict (the title's painting is one venue's).
    this.add.image(WORLD.width / 2, WORLD.height / 2, hallPicture(c.scenario.setting.venue).texture);
    const [color, alpha] = TONE[a?.id ?? 'suspended']!;
    this.add.rectangle(WORLD.width / 2, WORLD.height / 2, WORLD.width, WORLD.height, color, alpha);
    const exits = this.exits;
    const common = messages().ui.common;
    const w = gameWords().play.outcome;
    const buttons = el(
      'div',
      { class: 'panel-foot' },
      el('span', { class: 'muted small spacer', text: w.foot({ seed: g.seed, actions: exits.actions() }) }),
      el('button', { text: common.downloadSave, attrs: { type: 'button' }, on: { click: () => exits.download() } }),
      el('button', { text: w.debrief, attrs: { type: 'button', 'data-action': 'debrief' }, on: { click: () => exits.debrief() } }),
      el('button', { text: common.replays, attrs: { type: 'button', 'data-action': 'replays' }, on: { click: () => exits.replays() } }),
      el('button', { text: w.again, attrs: { type: 'button', 'data-action': 'replay' }, on: { click: () => exits.restart() } }),
      el('button', { class: 'primary', text: w.newGame, attrs: { type: 'button', 'data-action': 'new-game' }, on: { click: () => exits.newGame() } }),
    );
    const panel = el(
      'section',
      { class: 'panel screen-panel', attrs: { 'aria-labelledby': 'outcome-heading' } },
      el('h1', { id: 'outcome-heading', text: a ? a.title : w.over, attrs: { tabindex: -1 } }),
      a ? el('p', { class: 'verdict', text: a.story }) : null,
      a ? el('p', { class: 'muted', text: w.reason({ reason: a.reason, round: g.view.state.round + 1 }) }) : null,
      ...(a ? outcomeContent(c, a) : []),
      buttons,
    );
    this.mount(this.host.layout.screen, panel);
    this.host.announcer.say(a ? w.said({ title: a.title, story: a.story, reason: a.reason }) : w.overSaid);
    panel.querySelector<HTMLElement>('h1')?.focus();
  }

  protected redraw(): void {}
}
