// A delegation's room: the delegates at the table, what they say, and the actions the mediator
// can take there (listen, carry a message, present the draft, ask, propose, paint, guarantee).
// In a room a person plays, a question waits for that person's answer on the hot-seat screens.
import type { Location, SideIndex } from '../../model/index.ts';
import { RoomArt } from '../art/room-art.ts';
import type { Change } from '../play/session.ts';
import { hotSeatOf } from '../hotseat/hot-seat.ts';
import type { Shell } from '../shell/shell.ts';
import { el } from '../dom/el.ts';
import { createActionMenu, type ActionMenu } from '../ui/action-menu.ts';
import { createDialogueLog, type DialogueLog } from '../ui/dialogue.ts';
import { createSidePanel, type SidePanel } from '../ui/side-panel.ts';
import { createSpeech, membersBox, type Speech } from '../ui/speech.ts';
import { roomActions, roomName, type ActionSpec } from '../../present/index.ts';
import { PlayScene, type GameSource } from './play-scene.ts';

export class RoomScene extends PlayScene<{ side?: SideIndex; from?: Location }> {
  protected readonly layoutMode = 'play';
  private side: SideIndex = 0;
  private art!: RoomArt;
  private menu!: ActionMenu;
  private log!: DialogueLog;
  private panel!: SidePanel;
  private speech!: Speech;

  constructor(shell: Shell, game: GameSource) {
    super('room', shell, game);
  }

  protected setup(data: { side?: SideIndex; from?: Location }): void {
    const g = this.talks;
    const c = g.c;
    const side = data.side ?? (g.state.location === 'majlis' ? 0 : g.state.location);
    this.side = side;
    this.art = new RoomArt(this, c, side, !this.reducedMotion);
    this.art.enter(data.from !== undefined && data.from !== side);
    this.menu = createActionMenu(`Actions in ${roomName(c, side)}`, {
      run: (spec) => this.run(spec),
      blocked: (spec) => this.shell.announcer.say(`${spec.label}: ${spec.reason ?? 'not possible now'}`),
    });
    this.log = createDialogueLog(c, 'Said in this room today', 'Nothing has been said in this room today.', (id) => this.shell.glossary(id));
    this.panel = createSidePanel(c, side, this.menu, this.log);
    this.mount(this.shell.layout.side, this.panel.node);
    if (g.session.settings.people[side]) {
      const note = el('p', { class: 'muted small', text: `A person plays the ${c.scenario.delegations[side]!.name}: they answer your questions themselves.`, attrs: { 'data-people-note': '' } });
      this.panel.node.querySelector('.where')?.appendChild(note);
    }
    const seat = hotSeatOf(this.shell);
    this.onTeardown(() => seat.abandon());
    // Coming in (not a reload): the player of this delegation may read the brief first.
    if (g.session.settings.people[side] && data.from !== undefined && data.from !== side && g.session.phase === 'talks') seat.arrive(g, side, () => this.menu.focusFirst());
    this.speech = createSpeech(c, side);
    this.mount(this.shell.layout.screen, this.speech.node);
    let members = this.mount(this.shell.layout.screen, membersBox(c, side, this.shell.prefs.get().names));
    // Names or titles: the table updates as soon as the setting changes.
    const off = this.shell.prefs.subscribe((prefs) => {
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
    const state = this.talks.state;
    if (state.location !== this.side) return;
    this.menu.update(roomActions(this.talks.c, state, this.side));
    this.shell.keys.setShortcuts('room', this.menu.shortcuts());
    this.log.update(state.transcript.filter((t) => t.round === state.round && t.where === this.side));
    this.panel.update(state);
    this.art.update(state);
    if (this.speech.update(state) && change) this.art.speak();
    if (change === null) this.menu.focusFirst();
    hotSeatOf(this.shell).sync(this.talks, () => this.menu.focusFirst());
  }

  override exit(): Promise<void> {
    return this.art.leave();
  }

  private run(spec: ActionSpec): void {
    if (spec.event) this.talks.send(spec.event);
  }
}
