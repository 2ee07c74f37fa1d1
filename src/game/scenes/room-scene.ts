// A delegation's room: the delegates at the table, what they say, and the actions the mediator
// can take there (listen, carry a message, present the draft, ask, trade, propose, paint,
// guarantee). Proposing a trade opens its form over the room; the offers on the table show in
// the side panel.
// In a room a person plays, a question waits for that person's answer on the hot-seat screens.
import type { Location, SideIndex } from '../../model/index.ts';
import { RoomArt } from '../art/room-art.ts';
import type { Change } from '../play/session.ts';
import type { TalksSource } from '../play/talks.ts';
import type { HotSeatScreens } from '../hotseat/hot-seat.ts';
import { el } from '../dom/el.ts';
import { createActionMenu, type ActionMenu } from '../ui/action-menu.ts';
import { createAids, type Aids } from '../ui/aids.ts';
import { createDialogueLog, type DialogueLog } from '../ui/dialogue.ts';
import { createOffersList, type OffersList } from '../ui/offers-list.ts';
import { createSidePanel, type SidePanel } from '../ui/side-panel.ts';
import { createTradeForm, type TradeFormPanel } from '../ui/trade-form.ts';
import { createSpeech, membersBox, type Speech } from '../ui/speech.ts';
import { type ActionSpec, gameWords, roomActions, roomName, sideName } from '../../present/index.ts';
import { PlayScene } from './play-scene.ts';
import type { SceneHost } from './scene-host.ts';

export class RoomScene extends PlayScene<{ side?: SideIndex; from?: Location }> {
  protected readonly layoutMode = 'play';
  private side: SideIndex = 0;
  private art!: RoomArt;
  private menu!: ActionMenu;
  private log!: DialogueLog;
  private panel!: SidePanel;
  private aids!: Aids;
  private speech!: Speech;
  private offers!: OffersList;
  private trade!: TradeFormPanel;
  private tradeOpen = false;

  constructor(
    host: SceneHost,
    source: TalksSource,
    private readonly seat: HotSeatScreens,
  ) {
    super('room', host, source);
  }

  protected setup(data: { side?: SideIndex; from?: Location }): void {
    const { c, state, phase } = this.talks.view;
    const side = data.side ?? (state.location === 'majlis' ? 0 : state.location);
    const person = state.settings.people[side];
    this.side = side;
    this.art = new RoomArt(this, c, side, !this.reducedMotion);
    this.art.enter(data.from !== undefined && data.from !== side);
    const w = gameWords().play;
    this.menu = createActionMenu(w.hall.actions(roomName(c, side)), {
      run: (spec) => this.run(spec),
      blocked: (spec) => this.host.announcer.say(w.blocked({ label: spec.label, reason: spec.reason })),
    });
    this.log = createDialogueLog(c, w.room.log, w.room.empty, () => this.host.prefs.get().names, (id) => this.host.glossary(id));
    this.offers = createOffersList({ write: (event) => this.talks.send(event), blocked: (reason) => this.host.announcer.say(reason) });
    this.aids = createAids(this.talks, this.log);
    this.panel = createSidePanel(c, side, this.menu, this.aids.said, this.aids.advice, this.offers.node);
    this.tradeOpen = false;
    this.trade = createTradeForm(side, {
      propose: (event) => {
        // The answer comes at once: the form makes way for it (the dialogue and the speech).
        const sent = this.talks.send(event);
        if (sent) this.closeTrade();
        return sent;
      },
      close: () => this.closeTrade(),
    });
    this.onTeardown(() => this.trade.node.remove());
    this.mount(this.host.layout.side, this.panel.node);
    if (person) {
      const note = el('p', { class: 'muted small', text: w.room.person(c.scenario.delegations[side]!.name), attrs: { 'data-people-note': '' } });
      this.panel.node.querySelector('.where')?.appendChild(note);
    }
    this.onTeardown(() => this.seat.abandon());
    // Coming in (not a reload): the player of this delegation may read the brief first.
    if (person && data.from !== undefined && data.from !== side && phase === 'talks') this.seat.arrive(side, () => this.menu.focusFirst());
    this.speech = createSpeech(c, side, () => this.host.prefs.get().names);
    this.mount(this.host.layout.screen, this.speech.node);
    let members = this.mount(this.host.layout.screen, membersBox(c, side, this.host.prefs.get().names));
    // Names or titles: the table updates as soon as the setting changes.
    const off = this.host.prefs.subscribe((prefs) => {
      const next = membersBox(c, side, prefs.names);
      members.replaceWith(next);
      members = next;
    });
    this.onTeardown(() => {
      off();
      members.remove();
    });
  }

  protected redraw(change: Change | null): void {
    const view = this.talks.view;
    const state = view.state;
    // The mediator has walked out: while the walk plays, the trade form would offer the next
    // room's trades under this one's words. (A key pressed meanwhile sends its event, which the
    // machine judges where the mediator now is.)
    if (state.location !== this.side) {
      this.closeTrade(false);
      return;
    }
    if (!this.holding) {
      this.menu.update(roomActions(view, this.side));
      this.host.keys.setShortcuts('room', [...this.menu.shortcuts(), ...this.aids.shortcuts()]);
      this.aids.update(view);
    }
    this.log.update(state.transcript.filter((t) => t.round === state.round && t.where === this.side));
    this.panel.update(state);
    this.offers.update(view);
    if (this.tradeOpen) this.trade.update(view);
    this.art.update(state);
    if (this.speech.update(state) && change) this.art.speak();
    if (change === null) this.menu.focusFirst();
    if (!this.holding) this.seat.sync(() => this.menu.focusFirst());
  }

  protected override sidePanel(): SidePanel {
    return this.panel;
  }

  override exit(): Promise<void> {
    this.closeTrade(false);
    return this.art.leave();
  }

  private run(spec: ActionSpec): void {
    if (spec.ui === 'open-trade') {
      if (this.talks.view.state.location === this.side) this.openTrade();
    }
    else if (spec.event) this.talks.send(spec.event);
  }

  private openTrade(): void {
    if (!this.tradeOpen) {
      this.tradeOpen = true;
      this.trade.update(this.talks.view);
      this.host.layout.screen.appendChild(this.trade.node);
      this.host.announcer.say(gameWords().trades.opened(sideName(this.talks.view.c, this.side)));
    }
    this.trade.focus();
  }

  private closeTrade(refocus = true): void {
    if (!this.tradeOpen) return;
    this.tradeOpen = false;
    this.trade.node.remove();
    if (refocus) this.panel.node.querySelector<HTMLElement>('[data-action="trade"]')?.focus();
  }
}
