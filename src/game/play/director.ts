// Which scene shows the game: the briefing, the hall (the majlis), a delegation's room, the news
// between rounds, or the outcome, derived from the snapshot alone. When it changes, the scene on
// screen may finish an exit (the mediator walking to a door) before the next one starts.
import type { Phase } from '../../machine/index.ts';
import type { GameState } from '../../model/index.ts';
import type { SceneKey } from '../scenes/keys.ts';
import type { PlayScene } from '../scenes/play-scene.ts';
import type { Shell } from '../shell/shell.ts';
import type { Change } from './session.ts';

export interface SceneTarget {
  key: SceneKey;
  data: { side?: 0 | 1; from?: 'majlis' | 0 | 1 };
  id: string;
}

export function targetFor(phase: Phase, state: GameState, from?: GameState): SceneTarget {
  if (phase === 'briefing') return { key: 'briefing', data: {}, id: 'briefing' };
  if (phase === 'interlude') return { key: 'news', data: {}, id: `news-${state.round}` };
  if (phase === 'over') return { key: 'outcome', data: {}, id: 'outcome' };
  const where = state.location;
  const came = from?.location;
  if (where === 'majlis') return { key: 'hall', data: came === undefined ? {} : { from: came }, id: `hall-${state.round}` };
  return { key: 'room', data: { side: where, from: came }, id: `room-${where}-${state.round}` };
}

export interface DirectorHooks {
  /** Makes sure a lazily loaded scene is registered before it starts. */
  prepare(key: SceneKey): Promise<void>;
  phase(): Phase;
  state(): GameState;
}

export class Director {
  private current: string | null = null;
  private busy = false;
  /** Bumped by stop(): a transition started before it must not show anything after it. */
  private generation = 0;
  private queued: { target: SceneTarget; change: Change | null } | null = null;

  constructor(
    private readonly shell: Shell,
    private readonly hooks: DirectorHooks,
  ) {}

  /** Shows the scene for the game as it stands (a new or resumed game). */
  start(): Promise<void> {
    this.current = null;
    return this.go(targetFor(this.hooks.phase(), this.hooks.state()), null);
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
    try {
      // While the mediator walks out, the old scene's controls take no input.
      this.setInert(true);
      const leaving = this.currentScene();
      if (leaving && change) await Promise.race([leaving.exit(change), new Promise<void>((r) => window.setTimeout(r, 1500))]);
      await this.hooks.prepare(target.key);
    } finally {
      this.setInert(false);
    }
    try {
      if (generation !== this.generation) return;
      this.current = target.id;
      this.shell.show(target.key, target.data);
    } finally {
      this.busy = false;
    }
    const next = this.queued;
    this.queued = null;
    if (next && next.target.id !== this.current) await this.go(next.target, next.change);
  }

  private currentScene(): PlayScene | null {
    const game = this.shell.game;
    if (!game) return null;
    for (const key of ['hall', 'room', 'briefing', 'news'] as const) {
      if (game.scene.isActive(key)) return game.scene.getScene(key) as unknown as PlayScene;
    }
    return null;
  }

  private setInert(on: boolean): void {
    for (const region of [this.shell.layout.side, this.shell.layout.screen]) region.inert = on;
  }
}
