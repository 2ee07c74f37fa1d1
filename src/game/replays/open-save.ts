// A save file opened from disk as a replay source: parsed (size, nesting and schema limits),
// matched to a scenario the game has, and checked by replaying every line against its recorded
// hashes. Anything wrong is said in one line; nothing is stored.
import { lineEvents, parseSave, replay, settingsOf, verifySave } from '../../replay/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { gameWords, otherRulesText, saveProblemText, type ReplaySource } from '../../present/index.ts';

export interface ScenarioFinder {
  find(id: string, hash: string): Promise<{ scenario: Scenario; hash: string } | null>;
  hasId(id: string): Promise<boolean>;
}

export type OpenedSave = { ok: true; source: ReplaySource } | { ok: false; why: string };

export async function openSaveText(finder: ScenarioFinder, fileName: string, text: string): Promise<OpenedSave> {
  const w = gameWords().replays.open;
  const fail = (why: string): OpenedSave => ({ ok: false, why: w.cannot({ file: fileName, why }) });
  const parsed = parseSave(text);
  if (!parsed.ok) return fail(parsed.kind === 'rules' ? otherRulesText(parsed.rules) : w.unreadable(parsed.errors.slice(0, 2)));
  const save = parsed.save;
  const found = await finder.find(save.scenario.id, save.scenario.hash);
  if (!found) {
    return fail((await finder.hasId(save.scenario.id)) ? w.otherVersion(save.scenario.id) : w.missing(save.scenario.id));
  }
  const check = verifySave(save, found.scenario, found.hash);
  if (!check.ok) return fail(w.damaged(check.problem ? saveProblemText(check.problem) : null));
  // Branches carry no hashes: each must at least be a line of moves the game allows.
  for (const b of save.branches) {
    const events = lineEvents(save, b.id);
    const refused = replay(found.scenario, settingsOf(save), events, { checkpoints: false }).refusedAt;
    if (refused !== null) return fail(w.badBranch({ name: b.name, event: refused + 1, type: events[refused]!.type }));
  }
  return { ok: true, source: { scenario: found.scenario, hash: found.hash, save, fileName } };
}
