// A save file opened from disk as a replay source: parsed (size, nesting and schema limits),
// matched to a scenario the game has, and checked by replaying every line against its recorded
// hashes. Anything wrong is said in one line; nothing is stored.
import { lineEvents, parseSave, replay, settingsOf, verifySave } from '../../replay/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { ReplaySource } from '../../present/index.ts';

export interface ScenarioFinder {
  find(id: string, hash: string): Promise<{ scenario: Scenario; hash: string } | null>;
  hasId(id: string): Promise<boolean>;
}

export type OpenedSave = { ok: true; source: ReplaySource } | { ok: false; why: string };

export async function openSaveText(finder: ScenarioFinder, fileName: string, text: string): Promise<OpenedSave> {
  const fail = (why: string): OpenedSave => ({ ok: false, why: `${fileName} cannot be opened: ${why}.` });
  const parsed = parseSave(text);
  if (!parsed.ok) return fail(`it is not a save file the game can read (${parsed.errors.slice(0, 2).join('; ')})`);
  const save = parsed.save;
  const found = await finder.find(save.scenario.id, save.scenario.hash);
  if (!found) {
    return fail((await finder.hasId(save.scenario.id)) ? `it was made with another version of scenario “${save.scenario.id}”` : `it is for scenario “${save.scenario.id}”, which is not available here (open its file first)`);
  }
  const check = verifySave(save, found.scenario, found.hash);
  if (!check.ok) return fail(`it has been changed or damaged: ${check.problem ?? 'it does not replay'}`);
  // Branches carry no hashes: each must at least be a line of moves the game allows.
  for (const b of save.branches) {
    const events = lineEvents(save, b.id);
    const refused = replay(found.scenario, settingsOf(save), events, { checkpoints: false }).refusedAt;
    if (refused !== null) return fail(`branch “${b.name}” has a move the game does not allow (event ${refused + 1}, ${events[refused]!.type})`);
  }
  return { ok: true, source: { scenario: found.scenario, hash: found.hash, save, fileName } };
}
