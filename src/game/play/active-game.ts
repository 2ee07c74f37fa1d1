// The game being played: its session, the chrome that stays on screen from room to room (HUD,
// ladder, concession bars), the autosaver, and the one path every input takes into the game.
import type { GameEvent } from '../../machine/events.ts';
import { downloadText } from '../dom/download.ts';
import { el } from '../dom/el.ts';
import type { Shell } from '../shell/shell.ts';
import { createBars, type Bars } from '../ui/bars.ts';
import { createHud, type Hud } from '../ui/hud.ts';
import { createLadder, type Ladder } from '../ui/ladder.ts';
import { hideWhy } from '../ui/why.ts';
import { announcement } from './announce.ts';
import { createAutosaver, saveFileOf, type Autosaver } from './autosave.ts';
import type { Change, GameSession } from './session.ts';

export interface GameExits {
  toTitle(): void;
}

export class ActiveGame {
  readonly session: GameSession;
  private readonly shell: Shell;
  private readonly hud: Hud;
  private readonly ladder: Ladder;
  private readonly bars: Bars;
  private readonly autosaver: Autosaver;
  private readonly unsubscribe: () => void;

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
    this.unsubscribe();
    this.autosaver.stop();
    this.session.stop();
    hideWhy();
    for (const region of [this.shell.layout.hud, this.shell.layout.ladder, this.shell.layout.bars]) region.replaceChildren();
  }

  /** A save file to keep or hand in (the event log, replayable by `npx shuttle replay`). */
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
        { id: 'download', label: 'Download the save file' },
        { id: 'title', label: 'Back to the title screen' },
        { id: 'close', label: 'Back to the talks', primary: true },
      ],
      'close',
    );
    if (answer === 'download') this.download();
    if (answer === 'title') this.exits.toTitle();
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
    this.shell.announcer.say(announcement(this.session.c, change));
    const after = change.after;
    if (after.pressure > change.before.pressure) this.shell.sound.play('escalate');
    else if (after.sides.some((side, i) => side.accepted === after.draftVersion && change.before.sides[i]!.accepted !== after.draftVersion)) this.shell.sound.play('accept');
    else if (change.event.type === 'WALK') this.shell.sound.play('step');
    else if (change.event.type === 'EDIT_DRAFT') this.shell.sound.play('draft');
    this.autosaver.schedule();
  }
}
