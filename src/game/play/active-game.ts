// The game being played: its session, the chrome that stays on screen from room to room (HUD,
// ladder, concession bars), the autosaver, and the one path every input takes into the game.
import type { GameEvent } from '../../machine/index.ts';
import { downloadText } from '../dom/download.ts';
import { el } from '../dom/el.ts';
import type { Shell } from '../shell/shell.ts';
import { createBars, type Bars } from '../ui/bars.ts';
import { createHud, type Hud } from '../ui/hud.ts';
import { createLadder, type Ladder } from '../ui/ladder.ts';
import { hideWhy } from '../ui/why.ts';
import { createPauseOverlay, type PauseOverlay } from '../teacher/pause-overlay.ts';
import { NOT_LOADED } from '../shell/lazy.ts';
import { announcement } from '../../present/index.ts';
import { createAutosaver, saveFileOf, type Autosaver } from './autosave.ts';
import type { Change, GameSession } from './session.ts';

export interface GameExits {
  toTitle(): void;
  /** The replay viewer on this game (its lines and branches). */
  replays(): void;
}

export class ActiveGame {
  readonly session: GameSession;
  private readonly shell: Shell;
  private readonly hud: Hud;
  private readonly ladder: Ladder;
  private readonly bars: Bars;
  private readonly autosaver: Autosaver;
  private readonly pause: PauseOverlay;
  private readonly unsubscribe: () => void;
  private disposed = false;

  constructor(shell: Shell, session: GameSession, private readonly exits: GameExits) {
    this.shell = shell;
    this.session = session;
    const c = session.c;
    this.hud = createHud(c, { help: () => shell.help(), settings: () => shell.settings(), menu: () => void this.menu() });
    this.ladder = createLadder(c);
    this.bars = createBars(c);
    shell.layout.hud.replaceChildren(this.hud.node);
    shell.layout.ladder.replaceChildren(this.ladder.node);
    shell.layout.bars.replaceChildren(this.bars.node);
    this.redrawChrome(null);
    this.autosaver = createAutosaver(shell.storage, session, window);
    this.pause = createPauseOverlay(shell, () => void this.teacher());
    // A game restored while the teacher held it is still held.
    this.pause.update(session.state.paused === true);
    this.unsubscribe = session.subscribe((change) => this.onChange(change));
  }

  get c() {
    return this.session.c;
  }

  get state() {
    return this.session.state;
  }

  /** Every input ends here: the machine decides; false when the event is not allowed now. */
  send(event: GameEvent): boolean {
    const ok = this.session.send(event);
    if (!ok) this.shell.announcer.say('That is not possible now.');
    return ok;
  }

  /** Writes the save now (a new game is saved before its first action). */
  saveNow(): void {
    this.autosaver.schedule();
    this.autosaver.flush();
  }

  dispose(): void {
    this.disposed = true;
    this.pause.dispose();
    this.unsubscribe();
    this.autosaver.stop();
    this.session.stop();
    hideWhy();
    for (const region of [this.shell.layout.hud, this.shell.layout.ladder, this.shell.layout.bars]) region.replaceChildren();
  }

  /** A save file to keep or hand in (the event log with every branch, replayable by `npx shuttle replay`). */
  download(): void {
    const s = this.session;
    downloadText(`shuttle-${s.scenario.id}-seed${s.settings.seed}.json`, 'application/json', JSON.stringify(saveFileOf(s), null, 2));
  }

  async menu(): Promise<void> {
    const s = this.session;
    const answer = await this.shell.dialogs.open(
      'Menu',
      [
        el('p', { text: `${s.scenario.title}. Seed ${s.settings.seed}: the same seed and the same choices give the same game.` }),
        el('p', { class: 'muted small', text: 'Your game is saved after every action; the title screen can continue it.' }),
      ],
      [
        { id: 'replays', label: 'Replays and branches…', action: 'replays' },
        { id: 'teacher', label: 'Teacher controls…', action: 'teacher-controls' },
        { id: 'download', label: 'Download the save file' },
        { id: 'title', label: 'Back to the title screen' },
        { id: 'close', label: 'Back to the talks', primary: true },
      ],
      'close',
    );
    if (answer === 'replays') this.exits.replays();
    if (answer === 'teacher') await this.teacher();
    if (answer === 'download') this.download();
    if (answer === 'title') this.exits.toTitle();
  }

  /** The teacher's controls (behind the teacher key), loaded on first use. */
  async teacher(): Promise<void> {
    const loaded = await import('../teacher/controls.ts').catch(() => null);
    if (!loaded) return this.shell.notices.show('load', NOT_LOADED);
    const { openTeacherControls } = loaded;
    const s = this.session;
    await openTeacherControls(this.shell, () => (this.disposed ? null : { c: s.c, state: s.state, phase: s.phase, send: (event) => this.send(event) }));
    // While paused the focus goes to the layer; once resumed, where the dialog left it, or (when
    // that control went with the layer) to the scene's first control: never to nowhere.
    if (s.state.paused) this.pause.focus();
    else this.shell.layout.refocus();
  }

  private redrawChrome(change: Change | null): void {
    const state = this.session.state;
    const before = change?.before ?? null;
    this.hud.update(state, before);
    this.ladder.update(state, before);
    this.bars.update(state, before);
  }

  private onChange(change: Change): void {
    this.redrawChrome(change);
    this.pause.update(change.after.paused === true);
    this.shell.announcer.say(announcement(this.session.c, change));
    const after = change.after;
    if (after.pressure > change.before.pressure) this.shell.sound.play('escalate');
    else if (after.sides.some((side, i) => side.accepted === after.draftVersion && change.before.sides[i]!.accepted !== after.draftVersion)) this.shell.sound.play('accept');
    else if (change.event.type === 'WALK') this.shell.sound.play('step');
    else if (change.event.type === 'EDIT_DRAFT') this.shell.sound.play('draft');
    this.autosaver.schedule();
  }
}
