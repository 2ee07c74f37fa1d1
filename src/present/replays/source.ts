// What the replay pages share: a saved game (its event log and its branch tree) with the
// scenario it was played on. The viewer, the compare view and the what-if explorer all read it.
import type { SaveFile } from '../../replay/index.ts';
import type { Scenario } from '../../scenario/index.ts';

export interface ReplaySource {
  scenario: Scenario;
  /** The scenario's content hash (the save names it). */
  hash: string;
  /** The save, with its branches: lines are 'main' or a branch id (see replay/branches.ts). */
  save: SaveFile;
  /** The file it came from, when it was opened from disk (for messages and downloads). */
  fileName?: string;
}

/** The other side of a comparison: another line of the same save, or what really happened. */
export type CompareTarget = { line: string } | { history: true };
