// The game being played: its session, the chrome that stays on screen from room to room (HUD,
// ladder, concession bars), the autosaver, the game's menu, and the one path every input takes
// into the game. The screens see it as Talks (the mediator's view); the hot seat also asks it
// for a delegation's own view, for the brief of the person who plays that delegation.
import type { DelegationView, GameEvent, MediatorView } from '../../machine/index.ts';
import type { SideIndex } from '../../model/index.ts';
import type { Announcer } from '../dom/announcer.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import { downloadText } from '../dom/download.ts';
import { el } from '../dom/el.ts';
import type { Layout } from '../dom/layout.ts';
import type { Notices } from '../dom/notice.ts';
import type { SeatGame } from '../hotseat/hot-seat.ts';
import type { SaveSlots } from '../shell/save-slots.ts';
import type { SafeStorage } from '../shell/storage.ts';
import type { Sound } from '../shell/sound.ts';
import { notLoaded } from '../shell/lazy.ts';
import { createBars, type Bars } from '../ui/bars.ts';
import { createHud, type Hud } from '../ui/hud.ts';
import { createLadder, type Ladder } from '../ui/ladder.ts';
import { hideWhy } from '../ui/why.ts';
import { createPauseOverlay, type PauseHost, type PauseOverlay } from '../teacher/pause-overlay.ts';
import type { TeacherHost } from '../teacher/controls.ts';
import { announcement, gameWords, messages } from '../../present/index.ts';
import { createAdvisor, type Advisor } from './advisor.ts';
import type { AdviceReply } from './advisor-protocol.ts';
import { createAutosaver, saveFileOf, type Autosaver, type Slot } from './autosave.ts';import type { Change, GameSession } from './session.ts';
import type { Asked, PanelState, Talks } from './talks.ts';

/** What the game in progress needs of the page. */
export interface ChromeHost extends PauseHost, TeacherHost {
  readonly layout: Layout;
  readonly storage: SafeStorage;
  readonly slots: SaveSlots;
  readonly announcer: Announcer;
  readonly sound: Sound;
  readonly dialogs: Dialogs;
  readonly notices: Notices;
  help(): void;
  settings(): void;
}

export interface GameExits {
  toTitle(): void;
  /** The replay viewer on this game (its lines and branches). */
  replays(): void;
}

export class ActiveGame implements Talks, SeatGame {
  readonly session: GameSession;
  private readonly hud: Hud;
  private readonly ladder: Ladder;
  private readonly bars: Bars;
  private readonly autosaver: Autosaver;
  private readonly pause: PauseOverlay;
  private readonly unsubscribe: () => void;
  private readonly advisor: Advisor = createAdvisor();
  /** Questions to the advisor by line and step: asking again at the same point asks once. */
  private readonly asked = new Map<string, Promise<AdviceReply>>();
  readonly panel: PanelState = { notebookOpen: false };
  private disposed = false;

  constructor(
    private readonly host: ChromeHost,
    session: GameSession,
    readonly slot: Slot,
    private readonly exits: GameExits,
  ) {
    this.session = session;
    const c = session.c;
    this.hud = createHud(c, { help: () => host.help(), settings: () => host.settings(), menu: () => this.menu() });
    this.ladder = createLadder(c);
    this.bars = createBars(c);
    host.layout.hud.replaceChildren(this.hud.node);
    // More than two delegations: a column each (styles.css).
    host.layout.hud.classList.remove('parties-3', 'parties-4');
    if (c.sides.length > 2) host.layout.hud.classList.add(`parties-${c.sides.length}`);
    host.layout.ladder.replaceChildren(this.ladder.node);
    // The region is named as the scenario names its pressure, for screen readers' landmarks.
    host.layout.ladder.setAttribute('aria-label', c.scenario.labels.pressure);
    host.layout.bars.replaceChildren(this.bars.node);
    this.redrawChrome(null);
    this.autosaver = createAutosaver(host.slots, slot, session);
    this.pause = createPauseOverlay(host, () => void this.teacher());
    // A game restored while the teacher held it is still held.
    this.pause.update(session.view.state.paused);
    this.unsubscribe = session.subscribe((change) => this.onChange(change));
  }

  get view(): MediatorView {
    return this.session.view;
  }

  get seed(): number {
    return this.session.settings.seed;
  }

  send(event: GameEvent): boolean {
    const ok = this.session.send(event);
    if (!ok) this.host.announcer.say(messages().ui.common.notPossibleNow);
    return ok;
  }

  subscribe(listener: (change: Change) => void): () => void {
    return this.session.subscribe(listener);
  }

  draftAt(version: number): string | undefined {
    return this.session.draftAt(version);
  }

  delegation(side: SideIndex): DelegationView {
    return this.session.delegation(side);
  }

  allows(event: GameEvent): boolean {
    return this.session.allows(event);
  }

  async advise(): Promise<Asked> {
    const s = this.session;
    const step = s.events.length;
    const line = s.tree.line;
    const key = `${line}:${step}`;
    let question = this.asked.get(key);
    if (!question) {
      question = this.advisor.ask({ scenario: s.scenario, hash: s.hash, settings: s.settings, events: [...s.events] });
      this.asked.set(key, question);
    }
    const reply = await question;
    if (this.disposed || s.events.length !== step || s.tree.line !== line) return { kind: 'earlier' };
    if (reply.type === 'error') {
      this.asked.delete(key);
      return { kind: 'failed' };
    }
    if (!reply.advice) return { kind: 'none' };
    // Shown now: a hint asked, kept in the save (the debrief counts the ones taken).
    s.noteHint(reply.advice.event);
    this.autosaver.schedule();
    return { kind: 'advice', advice: reply.advice };
  }

  /** Writes the save now (a new game is saved before its first action). */
  saveNow(): void {
    this.autosaver.schedule();
  }

  /** How many moves of the line in play are committed to the save slot (null: none yet). */
  get committed(): number | null {
    return this.autosaver.committed;
  }

  /** Resolves once every write of this game has committed. */
  settled(): Promise<void> {
    return this.autosaver.settled();
  }

  dispose(): void {
    this.disposed = true;
    this.advisor.stop();
    this.pause.dispose();
    this.unsubscribe();
    this.autosaver.stop();
    this.session.stop();
    hideWhy();
    for (const region of [this.host.layout.hud, this.host.layout.ladder, this.host.layout.bars]) region.replaceChildren();
  }

  /** A save file to keep or hand in (the event log with every branch, replayable by `npx shuttle replay`). */
  download(): void {
    const s = this.session;
    downloadText(`shuttle-${s.scenario.id}-seed${s.settings.seed}.json`, 'application/json', JSON.stringify(saveFileOf(s), null, 2));
  }

  menu(): void {
    void this.openMenu();
  }

  /** The teacher's controls (behind the teacher key), loaded on first use. */
  async teacher(): Promise<void> {
    const loaded = await import('../teacher/controls.ts').catch(() => null);
    if (!loaded) return this.host.notices.show('load', notLoaded());
    const { openTeacherControls } = loaded;
    await openTeacherControls(this.host, () => (this.disposed ? null : { c: this.session.c, state: this.view.state, phase: this.view.phase, send: (event) => this.send(event) }));
    // While paused the focus goes to the layer; once resumed, where the dialog left it, or (when
    // that control went with the layer) to the scene's first control: never to nowhere.
    if (this.view.state.paused) this.pause.focus();
    else this.host.layout.refocus();
  }

  private async openMenu(): Promise<void> {
    const s = this.session;
    const common = messages().ui.common;
    const w = gameWords().play.menu;
    const answer = await this.host.dialogs.open(
      common.menu,
      [el('p', { text: w.about({ title: s.scenario.title, seed: s.settings.seed }) }), el('p', { class: 'muted small', text: w.saved })],
      [
        { id: 'replays', label: common.replays, action: 'replays' },
        { id: 'teacher', label: common.teacherControls, action: 'teacher-controls' },
        { id: 'download', label: common.downloadSave },
        { id: 'title', label: w.toTitle },
        { id: 'close', label: w.toTalks, primary: true },
      ],
      'close',
    );
    if (answer === 'replays') this.exits.replays();
    if (answer === 'teacher') await this.teacher();
    if (answer === 'download') this.download();
    if (answer === 'title') this.exits.toTitle();
  }

  private redrawChrome(change: Change | null): void {
    const state = this.view.state;
    const before = change?.before ?? null;
    this.hud.update(state, before);
    this.ladder.update(state, before);
    this.bars.update(state, before);
  }

  private onChange(change: Change): void {
    // The move is written first, before the screen's work: the sooner its transaction starts, the
    // sooner it is safe from a crash.
    this.autosaver.schedule();
    this.redrawChrome(change);
    this.pause.update(change.after.paused);
    this.host.announcer.say(announcement(this.session.c, change));
    const after = change.after;
    if (after.pressure > change.before.pressure) this.host.sound.play('escalate');
    else if (after.sides.some((side, i) => side.accepted === after.draftVersion && change.before.sides[i]!.accepted !== after.draftVersion)) this.host.sound.play('accept');
    else if (change.event.type === 'WALK') this.host.sound.play('step');
    else if (change.event.type === 'EDIT_DRAFT') this.host.sound.play('draft');
  }
}
