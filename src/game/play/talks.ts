// What the screens of a game in progress see of it: the mediator's view (made once per change,
// never the machine's state), the changes as they come, and the one input path. The game in
// progress (active-game.ts) is one; scenes take a source of it, so they never import it.
import type { GameEvent, MediatorView } from '../../machine/index.ts';
import type { Advice } from '../../sim/index.ts';
import type { Change } from './session.ts';

/** The advisor's answer: its advice for the game as it stands, none, or why not. */
export type Asked = { kind: 'advice'; advice: Advice } | { kind: 'none' } | { kind: 'earlier' } | { kind: 'failed' };

/** What the side panel remembers from room to room while a game is played. */
export interface PanelState {
  notebookOpen: boolean;
}

export interface Talks {
  readonly view: MediatorView;
  /** The game's seed (the same seed and the same choices give the same game). */
  readonly seed: number;
  readonly panel: PanelState;
  /** Every input ends here: the machine decides; false when the event is not allowed now. */
  send(event: GameEvent): boolean;
  subscribe(listener: (change: Change) => void): () => void;
  /** The game's menu: replays, the teacher's controls, the save file, the title screen. */
  menu(): void;
  /** The text of an earlier draft version, when this game wrote it. */
  draftAt(version: number): string | undefined;
  /**
   * What a seasoned mediator would do now (the planner, seeded by the game's seed and step).
   * Advice shown is recorded as a hint asked; 'earlier' when the game moved on meanwhile.
   */
  advise(): Promise<Asked>;
}

/** The game in progress, when there is one. */
export type TalksSource = () => Talks | null;
