// The debrief of any saved game: a save file opened with the file picker or dropped on the title
// screen is parsed, checked by replaying it against its scenario, and debriefed. A file that
// cannot be read says why, in one line.
import { parseSave, replay, settingsOf, verifySave } from '../../replay/index.ts';
import type { Catalog } from '../play/catalog.ts';
import type { PageHost } from './page-host.ts';
import { openDebriefPage } from './debrief-page.ts';

/** Opens the debrief page for a save file's text; returns why not, or null when it opened. */
export async function debriefSaveText(pages: PageHost, catalog: Pick<Catalog, 'find' | 'hasId'>, fileName: string, text: string, print: () => void): Promise<string | null> {
  const parsed = parseSave(text);
  if (!parsed.ok) return `${fileName} is not a save file the game can read: ${parsed.errors.slice(0, 3).join('; ')}.`;
  const save = parsed.save;
  const found = await catalog.find(save.scenario.id, save.scenario.hash);
  if (!found) {
    const why = (await catalog.hasId(save.scenario.id)) ? `scenario “${save.scenario.id}” has changed since the game was saved` : `scenario “${save.scenario.id}” is not available here (open its file first)`;
    return `${fileName} cannot be debriefed: ${why}.`;
  }
  const check = verifySave(save, found.scenario, found.hash);
  if (!check.ok) return `${fileName} cannot be debriefed: ${check.problem ?? 'it does not replay'}.`;
  const state = replay(found.scenario, settingsOf(save), save.events, { checkpoints: false }).snapshot.context;
  await openDebriefPage(pages, found.scenario, state, print);
  return null;
}
