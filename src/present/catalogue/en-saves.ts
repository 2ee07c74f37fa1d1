// The English words for a save file that cannot be opened: each finishes the line
// "path.to.field: …", the same on the command line and on every screen.
import { num } from './en-forms.ts';

const quoted = (v: string | number | null) => (v === null ? 'none' : typeof v === 'number' ? num(v) : `“${v}”`);

export const saves = {
  scenarioMissing: (id: string) => `the scenario “${id}” is not available here (open its file first)`,
  scenarioVersion: (p: { id: string; recorded: string; available: string | null }) =>
    p.available ? `the save was made with another version of the scenario “${p.id}” (the save names ${p.recorded}; the one here is ${p.available})` : `the save was made with another version of the scenario “${p.id}” (the save names ${p.recorded})`,
  otherScenario: (p: { recorded: string; available: string }) => `the save is for the scenario “${p.recorded}”, not “${p.available}”`,
  /** A recorded value against the replayed one: the field is named before the colon. */
  differs: (p: { recorded: string | number | null; replayed: string | number | null }) => `the save records ${quoted(p.recorded)}, but its replay gives ${quoted(p.replayed)}`,
  outcomeDiffers: (p: { recorded: string | null; replayed: string | null }) =>
    `the save records the outcome ${p.recorded === null ? 'as unfinished' : `“${p.recorded}”`}, but its replay ${p.replayed === null ? 'does not finish' : `ends in “${p.replayed}”`}`,
  roundsDiffer: (p: { recorded: number; replayed: number }) => `the save records ${num(p.recorded)} rounds played, but its replay plays ${num(p.replayed)}`,
  checkpointsDiffer: (p: { recorded: number; replayed: number }) =>
    `the save records ${num(p.recorded)} checkpoints, but its replay makes ${num(p.replayed)}: ${p.recorded < p.replayed ? 'checkpoints were removed' : 'checkpoints were added'}`,
  trailDiffers: (p: { recorded: number; replayed: number }) => `the save records ${num(p.recorded)} steps, but its log has ${num(p.replayed)} events`,
  diverged: (p: { event: number; type: string; round: number }) => `the game leaves the recorded line at event ${num(p.event)} (${p.type}, round ${num(p.round)}): the replayed state differs from the one the save records`,
  refused: (p: { event: number; type: string; round: number }) => `event ${num(p.event)} (${p.type}) is not a move the game allows where it stands (round ${num(p.round)})`,
  refusedInBranch: (p: { line: string; event: number; type: string; round: number }) => `in the branch “${p.line}”, event ${num(p.event)} (${p.type}) is not a move the game allows where that line stands (round ${num(p.round)})`,
};
