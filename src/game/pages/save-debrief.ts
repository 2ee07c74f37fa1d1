// The debrief of any saved game: a save file opened with the file picker or dropped on the title
// screen is parsed, checked by replaying it against its scenario, and debriefed. A file that
// cannot be read says why, in one line.
import { MAIN, parseSave, replay, settingsOf, verifySave } from '../../replay/index.ts';
import type { Catalog } from '../play/catalog.ts';
import type { PageHost } from './page-host.ts';
import { openDebriefPage } from './debrief-page.ts';
import { classroomWords, otherRulesText, saveProblemText } from '../../present/index.ts';

/** Opens the debrief page for a save file's text; returns why not, or null when it opened. */
export async function debriefSaveText(pages: PageHost, catalog: Pick<Catalog, 'find' | 'hasId'>, fileName: string, text: string, print: () => void): Promise<string | null> {
  const w = classroomWords().compareClass.debrief;
  const parsed = parseSave(text);
  if (!parsed.ok) return parsed.kind === 'rules' ? w.cannot({ file: fileName, why: otherRulesText(parsed.rules) }) : w.unreadable({ file: fileName, errors: parsed.errors.slice(0, 3) });
  const save = parsed.save;
  const found = await catalog.find(save.scenario.id, save.scenario.hash);
  if (!found) {
    const why = (await catalog.hasId(save.scenario.id)) ? w.changed(save.scenario.id) : w.missing(save.scenario.id);
    return w.cannot({ file: fileName, why });
  }
  const check = verifySave(save, found.scenario, found.hash);
  if (!check.ok) return w.cannot({ file: fileName, why: check.problem ? saveProblemText(check.problem) : w.noReplay });
  const state = replay(found.scenario, settingsOf(save), save.events, { checkpoints: false }).snapshot.context;
  await openDebriefPage(pages, found.scenario, state, print, { hints: save.hints ?? [], line: MAIN, events: save.events });
  return null;
}
