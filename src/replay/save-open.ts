// The one way a save file is opened, on the command line, in the replay viewer, the debrief, the
// class comparison and when a game is resumed: read it (save-read.ts), find the scenario it
// names, check it against its replay (save-check.ts). The verdict is the same everywhere; so are
// its words (present/words/saves.ts).
import type { Position, Scenario } from '../scenario/index.ts';
import { checkSave, type Replayed, type SaveProblem } from './save-check.ts';
import { parseSave, type OtherRules, type ParsedSave } from './save-read.ts';
import type { SaveFile } from './save-schema.ts';

/** The scenario a save names, as the caller found it (by id and content hash). */
export type FoundScenario = { scenario: Scenario; hash: string } | { missing: 'id' } | { missing: 'version'; available: string | null };

export type SaveRefusal =
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'rules'; rules: OtherRules }
  /** The scenario is not here, or only another version of it (`available`: that version's hash). */
  | { kind: 'scenario'; id: string; hash: string; available: string | null; missing: 'id' | 'version' }
  | { kind: 'check'; problem: SaveProblem; at: Position | null };

export type SaveVerdict = { ok: true; save: SaveFile; scenario: Scenario; hash: string; replayed: Replayed } | { ok: false; refusal: SaveRefusal };

type Read = Extract<ParsedSave, { ok: true }>;

function refusedRead(parsed: Exclude<ParsedSave, Read>): SaveVerdict {
  return { ok: false, refusal: parsed.kind === 'rules' ? { kind: 'rules', rules: parsed.rules } : { kind: 'invalid', errors: parsed.errors } };
}

function judge(read: Read, found: FoundScenario): SaveVerdict {
  const { save } = read;
  if ('missing' in found) {
    const available = found.missing === 'version' ? found.available : null;
    return { ok: false, refusal: { kind: 'scenario', id: save.scenario.id, hash: save.scenario.hash, available, missing: found.missing } };
  }
  const check = checkSave(save, found.scenario, found.hash);
  if (!check.ok) return { ok: false, refusal: { kind: 'check', problem: check.problem, at: read.locate(check.problem.path) } };
  return { ok: true, save, scenario: found.scenario, hash: found.hash, replayed: check.replayed };
}

/** Opens a save whose scenario is found at once (the command line, the class comparison). */
export function openSave(input: string | Uint8Array, find: (id: string, hash: string) => FoundScenario): SaveVerdict {
  const read = parseSave(input);
  return read.ok ? judge(read, find(read.save.scenario.id, read.save.scenario.hash)) : refusedRead(read);
}

/** The same, for a finder that loads scenarios on demand (the browser's catalogue). */
export async function openSaveAsync(input: string | Uint8Array, find: (id: string, hash: string) => Promise<FoundScenario>): Promise<SaveVerdict> {
  const read = parseSave(input);
  return read.ok ? judge(read, await find(read.save.scenario.id, read.save.scenario.hash)) : refusedRead(read);
}
