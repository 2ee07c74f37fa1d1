// Why a save disagrees with its own replay, as data: the field, and what the save records against
// what the replay gives (present/words/saves.ts words it). Its own file, since both the main
// line's check and the branches' check produce it.
export type Path = (string | number)[];

export type SaveProblem =
  /** The save names another scenario, or another version of this one. */
  | { kind: 'scenario'; path: Path; id: string; recorded: string; available: string }
  /** A move the game does not allow where the line stands (main line or a branch). */
  | { kind: 'refused'; path: Path; event: number; type: string; round: number; line: string }
  /** The replayed state after this event differs from the one the save recorded. */
  | { kind: 'diverged'; path: Path; event: number; type: string; round: number }
  /** A recorded value that is not what the replay gives. */
  | { kind: 'differs'; path: Path; recorded: string | number | null; replayed: string | number | null };
