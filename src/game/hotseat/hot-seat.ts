// Hot-seat play: when the mediator asks a delegation a person plays, a privacy screen covers the
// whole game (the page beneath inert) until that person says who they are; only then is the
// confidential brief built. Once they answer, the brief is removed from the page, not hidden,
// and a second screen hands the device back to the mediator.
import { phaseOf } from '../../machine/index.ts';
import { el } from '../dom/el.ts';
import type { ActiveGame } from '../play/active-game.ts';
import type { Shell } from '../shell/shell.ts';
import { createBrief, createReadingBrief } from './brief-dom.ts';
import type { SideIndex } from '../../model/index.ts';
import './hotseat.css';

type Stage = 'arrival' | 'privacy' | 'brief' | 'handback';

export class HotSeat {
  private layer: HTMLElement | null = null;
  private stage: Stage | null = null;
  /** The question being answered (its step), so redraws do not open it twice. */
  private asked: number | null = null;
  private afterClose: (() => void) | null = null;
  private release: (() => void) | null = null;
  /** The game the question belongs to: a new game (or a restart) asks afresh. */
  private game: ActiveGame | null = null;
  private readonly guardKeys = (event: KeyboardEvent) => {
    const layer = this.layer;
    if (!layer) return;
    // Tab stays within the layer (a modal: nothing behind it is for this player), wrapping round.
    if (event.key === 'Tab') return this.wrapFocus(layer, event);
    // Outside the layer no shortcut key reaches the game (the router skips prevented events).
    if (event.key.length === 1 && !(event.target instanceof Node && layer.contains(event.target))) event.preventDefault();
  };

  private wrapFocus(layer: HTMLElement, event: KeyboardEvent): void {
    const focusable = [...layer.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex="0"]')].filter((n) => !n.hasAttribute('disabled') && n.offsetParent !== null);
    if (focusable.length === 0) return;
    const first = focusable[0]!;
    const last = focusable.at(-1)!;
    const active = this.shell.doc.activeElement;
    const inside = active instanceof Node && layer.contains(active);
    // From the heading (not in the list) Shift+Tab would leave the layer too.
    const at = active instanceof HTMLElement ? focusable.indexOf(active) : -1;
    if (!inside || (event.shiftKey && at <= 0) || (!event.shiftKey && active === last)) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  }

  constructor(private readonly shell: Shell) {}

  get open(): boolean {
    return this.layer !== null;
  }

  /** Called on every redraw of a room: a question waiting for a person opens the privacy screen. */
  sync(game: ActiveGame, afterClose: () => void): void {
    const state = game.state;
    if (game !== this.game) {
      this.game = game;
      this.asked = null;
    }
    if (phaseOf(game.session.snapshot) !== 'answering' || state.question === null) return;
    if (this.asked === state.step && this.layer) return;
    this.asked = state.step;
    this.afterClose = afterClose;
    this.privacy(game);
  }

  /**
   * The mediator has come into a room a person plays: the device is offered to that player to
   * read the brief first (or the mediator goes on). Nothing is asked, so nothing is sent.
   */
  arrive(game: ActiveGame, side: SideIndex, afterClose: () => void): void {
    if (this.layer) return;
    this.game = game;
    this.afterClose = afterClose;
    const name = `the ${game.c.scenario.delegations[side]!.name}`;
    const heading = el('h1', { id: 'hotseat-heading', text: `The mediator comes into the room of ${name}` });
    const show = el('button', { class: 'primary', text: `I am ${name}: show our brief`, attrs: { type: 'button', 'data-hotseat-action': 'show-brief' }, on: { click: () => this.reading(game, side) } });
    const skip = el('button', { text: 'Not now: the mediator goes on', attrs: { type: 'button', 'data-hotseat-action': 'skip' }, on: { click: () => this.close(true) } });
    this.show(
      'arrival',
      heading.id,
      heading,
      el('p', { text: `Hand the device to the player of ${name} to read the brief before the talks in this room. Mediator, please look away: what follows is confidential.` }),
      el('div', { class: 'row' }, show, skip),
    );
    show.focus();
  }

  private reading(game: ActiveGame, side: SideIndex): void {
    const form = createReadingBrief(
      game.c,
      game.state,
      side,
      () => this.handBack('Our brief is closed. The mediator may speak with us.'),
      (event) => {
        if (!game.send(event)) return false;
        this.handBack('Our words are said and our brief is closed. The mediator will carry them.');
        return true;
      },
    );
    this.show('brief', form.node.getAttribute('aria-labelledby')!, form.node);
    form.focus();
  }

  /** The room is leaving the screen: a brief never outlives it; handing back may. */
  abandon(): void {
    if (this.stage !== 'handback') this.close(false);
    // The room that would take the focus back is gone: the hand-back finds the scene's first control.
    else this.afterClose = null;
  }

  private mountLayer(): HTMLElement {
    if (this.layer) return this.layer;
    const layer = el('div', { class: 'hotseat', attrs: { role: 'dialog', 'aria-modal': 'true', 'data-hotseat': '' } });
    layer.addEventListener('keydown', (event) => event.stopPropagation());
    this.shell.doc.body.appendChild(layer);
    this.release = this.shell.appLock.hold();
    this.shell.doc.addEventListener('keydown', this.guardKeys, true);
    this.layer = layer;
    return layer;
  }

  private show(stage: Stage, headingId: string, ...children: HTMLElement[]): HTMLElement {
    const layer = this.mountLayer();
    this.stage = stage;
    layer.dataset.hotseat = stage;
    layer.setAttribute('aria-labelledby', headingId);
    // replaceChildren removes the previous screen (and with it any brief) from the document.
    const panel = el('div', { class: 'hotseat-panel' }, ...children);
    layer.replaceChildren(panel);
    layer.scrollTop = 0;
    return panel;
  }

  private privacy(game: ActiveGame): void {
    const q = game.state.question!;
    const name = `the ${game.c.scenario.delegations[q.side]!.name}`;
    const heading = el('h1', { id: 'hotseat-heading', text: `Hand the device to the player of ${name}` });
    const button = el('button', { class: 'primary', text: `I am ${name}: show our brief`, attrs: { type: 'button', 'data-hotseat-action': 'show-brief' }, on: { click: () => this.brief(game) } });
    this.show('privacy', heading.id, heading, el('p', { text: `The mediator has asked ${name} a question. Mediator, please look away: what follows is confidential.` }), button);
    button.focus();
  }

  private brief(game: ActiveGame): void {
    const form = createBrief(game.c, game.state, (event) => {
      if (!game.send(event)) return false;
      this.handBack();
      return true;
    });
    if (!form) return this.close(true);
    this.show('brief', form.node.getAttribute('aria-labelledby')!, form.node);
    form.focus();
  }

  private handBack(said = 'Our answer is given and our brief is closed. The mediator will carry our words.'): void {
    const heading = el('h1', { id: 'hotseat-heading', text: 'Hand the device back to the mediator' });
    const button = el('button', { class: 'primary', text: 'I am the mediator: continue', attrs: { type: 'button', 'data-hotseat-action': 'resume' }, on: { click: () => this.close(true) } });
    this.show('handback', heading.id, heading, el('p', { text: said }), button);
    button.focus();
  }

  private close(restoreFocus: boolean): void {
    const layer = this.layer;
    this.layer = null;
    this.stage = null;
    this.shell.doc.removeEventListener('keydown', this.guardKeys, true);
    if (!layer) return;
    layer.remove();
    this.release?.();
    this.release = null;
    const after = this.afterClose;
    this.afterClose = null;
    if (!restoreFocus) return;
    after?.();
    // The scene may have changed beneath (the day ended): the focus goes to its first control.
    this.shell.layout.refocus();
  }
}

const seats = new WeakMap<Shell, HotSeat>();

/** The one hot-seat screen of this page. */
export function hotSeatOf(shell: Shell): HotSeat {
  let seat = seats.get(shell);
  if (!seat) {
    seat = new HotSeat(shell);
    seats.set(shell, seat);
  }
  return seat;
}
