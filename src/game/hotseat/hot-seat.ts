// Hot-seat play: when the mediator asks a delegation a person plays, a privacy screen covers the
// whole game until that person says who they are; only then is the confidential brief built,
// from the delegation's own view. Once they answer, the brief is removed from the page, not
// hidden, and a second screen hands the device back to the mediator. The screens are one modal
// <dialog> (showModal: the page beneath is inert and the focus stays in it), as the other
// dialogs are; it fills the window, so nothing of the mediator's screen shows through.
import type { DelegationView, GameEvent, MediatorView } from '../../machine/index.ts';
import type { SideIndex } from '../../model/index.ts';
import type { AppLock } from '../dom/app-lock.ts';
import { el } from '../dom/el.ts';
import { gameWords } from '../../present/index.ts';
import { createBrief, createReadingBrief } from './brief-dom.ts';
import './hotseat.css';

type Stage = 'arrival' | 'privacy' | 'brief' | 'reading' | 'handback';

/** What the hot seat sees of the game in progress: the mediator's view, and for the brief only, the delegation's own. */
export interface SeatGame {
  readonly view: MediatorView;
  send(event: GameEvent): boolean;
  delegation(side: SideIndex): DelegationView;
  /** Whether the machine takes this event now (an answer is checked before it is sent). */
  allows(event: GameEvent): boolean;
}

/** What the hot seat needs of the page. */
export interface SeatHost {
  readonly doc: Document;
  /** The game beneath is held inert while the screens are up (pages and overlays count on it). */
  readonly appLock: AppLock;
  /** Gives the focus to the scene's first control when it is nowhere. */
  refocus(): void;
}

/** What a room asks of the hot-seat screens. */
export interface HotSeatScreens {
  /** On every redraw of a room: a question waiting for a person opens the privacy screen. */
  sync(afterClose: () => void): void;
  /** The mediator has come into a room a person plays: the device is offered to that player. */
  arrive(side: SideIndex, afterClose: () => void): void;
  /** The room is leaving the screen. */
  abandon(): void;
}

class HotSeat implements HotSeatScreens {
  private dialog: HTMLDialogElement | null = null;
  private stage: Stage | null = null;
  /** The question being answered (its step), so redraws do not open it twice. */
  private asked: number | null = null;
  private afterClose: (() => void) | null = null;
  private release: (() => void) | null = null;
  /** The game the question belongs to: a new game (or a restart) asks afresh. */
  private game: SeatGame | null = null;

  constructor(
    private readonly host: SeatHost,
    private readonly current: () => SeatGame | null,
  ) {}

  sync(afterClose: () => void): void {
    const game = this.current();
    if (!game) return;
    if (game !== this.game) {
      this.game = game;
      this.asked = null;
    }
    const { phase, state } = game.view;
    if (phase !== 'answering' || state.question === null) return;
    if (this.asked === state.step && this.dialog) return;
    this.asked = state.step;
    this.afterClose = afterClose;
    this.privacy(game);
  }

  arrive(side: SideIndex, afterClose: () => void): void {
    const game = this.current();
    if (this.dialog || !game) return;
    this.game = game;
    this.afterClose = afterClose;
    const w = gameWords().hotseat;
    const name = w.delegation(game.view.c.scenario.delegations[side]!.name);
    const heading = el('h1', { id: 'hotseat-heading', text: w.arrival.heading(name) });
    const show = el('button', { class: 'primary', text: w.showBrief(name), attrs: { type: 'button', 'data-hotseat-action': 'show-brief' }, on: { click: () => this.reading(game, side) } });
    const skip = el('button', { text: w.arrival.skip, attrs: { type: 'button', 'data-hotseat-action': 'skip' }, on: { click: () => this.close(true) } });
    this.show(
      'arrival',
      heading.id,
      heading,
      el('p', { text: w.arrival.text(name) }),
      el('div', { class: 'row' }, show, skip),
    );
    show.focus();
  }

  abandon(): void {
    if (this.stage !== 'handback') this.close(false);
    // The room that would take the focus back is gone: the hand-back finds the scene's first control.
    else this.afterClose = null;
  }

  private reading(game: SeatGame, side: SideIndex): void {
    const w = gameWords().hotseat.handBack;
    const form = createReadingBrief(
      game.view.c,
      game.delegation(side),
      () => this.handBack(w.read),
      (event) => {
        if (!game.send(event)) return false;
        this.handBack(w.spoke);
        return true;
      },
    );
    this.show('reading', form.node.getAttribute('aria-labelledby')!, form.node);
    form.focus();
  }

  private open(): HTMLDialogElement {
    if (this.dialog) return this.dialog;
    const dialog = el('dialog', { class: 'hotseat', attrs: { 'data-hotseat': '' } });
    // Keys pressed here are this player's: no shortcut of the game or of a page behind reaches them.
    dialog.addEventListener('keydown', (event) => event.stopPropagation());
    dialog.addEventListener('cancel', (event) => {
      // Escape closes a brief read unasked (as its close button does) and skips the offer; a
      // question waits for its answer, and the hand-back for the mediator.
      event.preventDefault();
      if (this.stage === 'arrival') this.close(true);
      else if (this.stage === 'reading') this.handBack(gameWords().hotseat.handBack.read);
    });
    // The browser may close a modal on a second Escape whatever the page says: the screen comes back.
    dialog.addEventListener('close', () => {
      if (this.dialog === dialog && dialog.isConnected) dialog.showModal();
    });
    this.host.doc.body.appendChild(dialog);
    dialog.showModal();
    this.release = this.host.appLock.hold();
    this.dialog = dialog;
    return dialog;
  }

  private show(stage: Stage, headingId: string, ...children: HTMLElement[]): HTMLElement {
    const dialog = this.open();
    this.stage = stage;
    dialog.dataset.hotseat = stage === 'reading' ? 'brief' : stage;
    dialog.setAttribute('aria-labelledby', headingId);
    // replaceChildren removes the previous screen (and with it any brief) from the document.
    const panel = el('div', { class: 'hotseat-panel' }, ...children);
    dialog.replaceChildren(panel);
    dialog.scrollTop = 0;
    return panel;
  }

  private privacy(game: SeatGame): void {
    const q = game.view.state.question!;
    const w = gameWords().hotseat;
    const name = w.delegation(game.view.c.scenario.delegations[q.side]!.name);
    const heading = el('h1', { id: 'hotseat-heading', text: w.privacy.heading(name) });
    const button = el('button', { class: 'primary', text: w.showBrief(name), attrs: { type: 'button', 'data-hotseat-action': 'show-brief' }, on: { click: () => this.brief(game, q.side) } });
    this.show('privacy', heading.id, heading, el('p', { text: w.privacy.text(name) }), button);
    button.focus();
  }

  private brief(game: SeatGame, side: SideIndex): void {
    const scene = { question: game.view.state.question, draft: game.view.state.draft, allows: (event: GameEvent) => game.allows(event) };
    const form = createBrief(game.view.c, game.delegation(side), scene, (event) => {
      if (!game.send(event)) return false;
      this.handBack();
      return true;
    });
    if (!form) return this.close(true);
    this.show('brief', form.node.getAttribute('aria-labelledby')!, form.node);
    form.focus();
  }

  private handBack(said = gameWords().hotseat.handBack.answered): void {
    const w = gameWords().hotseat.handBack;
    const heading = el('h1', { id: 'hotseat-heading', text: w.heading });
    const button = el('button', { class: 'primary', text: w.resume, attrs: { type: 'button', 'data-hotseat-action': 'resume' }, on: { click: () => this.close(true) } });
    this.show('handback', heading.id, heading, el('p', { text: said }), button);
    button.focus();
  }

  private close(restoreFocus: boolean): void {
    const dialog = this.dialog;
    this.dialog = null;
    this.stage = null;
    if (!dialog) return;
    dialog.close();
    dialog.remove();
    this.release?.();
    this.release = null;
    const after = this.afterClose;
    this.afterClose = null;
    if (!restoreFocus) return;
    after?.();
    // The scene may have changed beneath (the day ended): the focus goes to its first control.
    this.host.refocus();
  }
}

/** The hot-seat screens of this page, on the game in progress. */
export function createHotSeat(host: SeatHost, game: () => SeatGame | null): HotSeatScreens {
  return new HotSeat(host, game);
}
