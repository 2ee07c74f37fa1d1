// What the fuzz counts as a failure beyond a crash or a hang: a refusal line that says neither
// which field nor where in the file; a save accepted though what it records is not what its own
// replay gives (or a branch holds a move the game does not allow); text with control characters
// accepted where a name goes; and a save edited harmlessly but refused.
import { hasControl } from '../../src/lib/index.ts';
import { createSave, lineEvents, replay, settingsOf, type SaveFile } from '../../src/replay/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';

const PLACE = /\(line \d+, column \d+\)\.?$/;
/** Problems of the whole file that no field or line could name better. */
const WHOLE_FILE = /^\(file\): the file is too large \(/;

/** Whether a refusal line names a field, or the line and column of the file. */
export function placed(line: string): boolean {
  if (WHOLE_FILE.test(line) || PLACE.test(line)) return true;
  return !line.startsWith('(file)') && /^\S[^:]*: \S/.test(line);
}

/** Strings in a tree (scenario or save) with a control character other than tab and line feed. */
export function controlStrings(value: unknown, allowed = '\t\n'): string[] {
  const found: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (hasControl(v, allowed)) found.push(JSON.stringify(v).slice(0, 60));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return found;
}

/** Why an accepted save should not have been: what it records differs from a save written from its own moves. */
export function inconsistency(save: SaveFile, scenario: Scenario, hash: string): string | null {
  if (save.scenario.id !== scenario.id || save.scenario.hash !== hash) return 'names another scenario';
  const written = createSave(scenario, hash, settingsOf(save), save.events, save.branches);
  for (const field of ['outcome', 'finalStateHash', 'trail'] as const) if (save[field] !== written[field]) return `${field} differs from its replay`;
  if (save.rounds !== undefined && save.rounds !== written.rounds) return 'rounds differ from its replay';
  if (JSON.stringify(save.checkpoints) !== JSON.stringify(written.checkpoints)) return 'checkpoints differ from its replay';
  if (replay(scenario, settingsOf(save), save.events, { checkpoints: false }).refusedAt !== null) return 'the main line holds a move the game does not allow';
  for (const b of save.branches) {
    if (replay(scenario, settingsOf(save), lineEvents(save, b.id), { checkpoints: false }).refusedAt !== null) return `branch ${b.id} holds a move the game does not allow`;
  }
  const names = [save.player ?? '', ...save.branches.map((b) => b.name)];
  if (names.some((n) => hasControl(n))) return 'a name with control characters';
  return null;
}
