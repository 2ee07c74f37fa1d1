// Which scene shows the game: the briefing, the hall (the majlis), a delegation's room, the news
// between rounds, or the outcome, derived from the mediator's view alone. When it changes, the
// scene on screen may finish an exit (the mediator walking to a door) before the next one is
// mounted. The director decides and sequences; the stage (play.ts, over Phaser) mounts.
import type { MediatorView, Phase } from '../../machine/index.ts';
import type { Location, SideIndex } from '../../model/index.ts';
import type { SceneKey } from '../scenes/keys.ts';
import type { Change } from './session.ts';

export interface SceneTarget {
  key: SceneKey;
  data: { side?: SideIndex; from?: Location };
  id: string;
}

export function targetFor(phase: Phase, state: { round: number; location: Location }, from?: { location: Location }): SceneTarget {
  if (phase === 'briefing') return { key: 'briefing', data: {}, id: 'briefing' };
  if (phase === 'interlude') return { key: 'news', data: {}, id: `news-${state.round}` };
  if (phase === 'over') return { key: 'outcome', data: {}, id: 'outcome' };
  const where = state.location;
  const came = from?.location;
  if (where === 'majlis') return { key: 'hall', data: came === undefined ? {} : { from: came }, id: `hall-${state.round}` };
  return { key: 'room', data: { side: where, from: came }, id: `room-${where}-${state.round}` };
}

/** A scene that may play a short exit before the next one comes. */
export interface Leaving {
  exit(change: Change): Promise<void>;
  /** Keeps the scene on screen until the player goes on (a move that ended the day: endsTheDay). */
  hold?(change: Change): Promise<void>;
}

/** Events after which no reply waits to be read: the mediator's recess, the teacher's controls. */
const NO_REPLY: ReadonlySet<string> = new Set(['RECESS', 'TEACHER_PAUSE', 'TEACHER_RESUME', 'TEACHER_INJECT', 'TEACHER_EXTEND']);

/**
 * A move that ended the day by itself (its hours spent) or ended the talks: its reply must be
 * read before the news, or the outcome, replaces the scene.
 */
export function endsTheDay(change: Pick<Change, 'event' | 'phaseBefore' | 'phase'>): boolean {
  return change.phaseBefore === 'talks' && (change.phase === 'interlude' || change.phase === 'over') && !NO_REPLY.has(change.event.type);
}

/** What the director asks of the stage it directs. */
export interface DirectorStage {
  /** The game as the mediator sees it now. */
  view(): MediatorView;
  /** Makes sure a lazily loaded scene is registered (and its art loaded) before it starts. */
  prepare(key: SceneKey): Promise<void>;
  /** Mounts the scene (the others on screen go). */
  show(target: SceneTarget): void;
  /** Mounts the scene and resolves with it once it is built (null if it cannot say). */
  arrive(target: SceneTarget): Promise<Leaving | null>;
  /** The play scene on screen now, if any. */
  leaving(): Leaving | null;
  /** While the mediator walks out, the old scene's controls take no input. */
  inert(on: boolean): void;
}

export class Director {
  private current: string | null = null;
  private busy = false;
  /** Bumped by stop(): a transition started before it must not show anything after it. */
  private generation = 0;
  private queued: { target: SceneTarget; change: Change | null } | null = null;

  constructor(private readonly stage: DirectorStage) {}

  /** Shows the scene for the game as it stands (a new or resumed game). */
  start(): Promise<void> {
    this.current = null;
    const view = this.stage.view();
    return this.go(targetFor(view.phase, view.state), null);
  }

  onChange(change: Change): void {
    const target = targetFor(change.phase, change.after, change.before);
    if (target.id === this.current) return;
    void this.go(target, change);
  }

  stop(): void {
    this.generation += 1;
    this.current = null;
    this.queued = null;
  }

  private async go(target: SceneTarget, change: Change | null): Promise<void> {
    if (this.busy) {
      this.queued = { target, change };
      return;
    }
    this.busy = true;
    const generation = this.generation;
    let leaving = this.stage.leaving();
    const ends = change !== null && endsTheDay(change);
    // A walk that spent the day's last hours arrives before the day closes: the mediator is seen
    // where it walked to, and the day's end is read there (it used to stay in the room it left).
    const arrival = ends && change.event.type === 'WALK' ? targetFor('talks', change.after, change.before) : null;
    if (arrival && arrival.id !== this.current) {
      await this.leave(leaving, change, arrival.key);
      if (generation !== this.generation) {
        this.busy = false;
        return;
      }
      this.current = arrival.id;
      leaving = await this.stage.arrive(arrival);
    }
    // Not raced with a timer: the player decides when the day's last reply has been read.
    if (leaving?.hold && change && ends) {
      await leaving.hold(change);
      if (generation !== this.generation) {
        this.busy = false;
        return;
      }
    }
    // Having arrived, the mediator does not walk out again: the news comes in its place.
    await this.leave(arrival ? null : leaving, change, target.key);
    try {
      if (generation !== this.generation) return;
      this.current = target.id;
      this.stage.show(target);
    } finally {
      this.busy = false;
    }
    const next = this.queued;
    this.queued = null;
    if (next && next.target.id !== this.current) await this.go(next.target, next.change);
  }

  /** The scene on screen plays its exit (at most 1.5 s) while the next one's art loads; no input meanwhile. */
  private async leave(leaving: Leaving | null, change: Change | null, next: SceneKey): Promise<void> {
    try {
      this.stage.inert(true);
      if (leaving && change) await Promise.race([leaving.exit(change), new Promise<void>((r) => setTimeout(r, 1500))]);
      await this.stage.prepare(next);
    } finally {
      this.stage.inert(false);
    }
  }
}
