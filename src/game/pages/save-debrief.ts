// The debrief of any saved game: a save file opened with the file picker or dropped on the title
// screen is read and checked by the one save reader (as the command line and the replay viewer
// read it), and debriefed from its replay. A file that cannot be read says why, in the reader's words.
import { visible } from '../../lib/index.ts';
import { MAIN, openSaveAsync } from '../../replay/index.ts';
import type { Catalog } from '../play/catalog.ts';
import type { PageHost } from './page-host.ts';
import { openDebriefPage } from './debrief-page.ts';
import { classroomWords, saveRefusalLines } from '../../present/index.ts';

/** Opens the debrief page for a save file; returns why not, or null when it opened. */
export async function debriefSaveText(pages: PageHost, catalog: Pick<Catalog, 'locate'>, fileName: string, input: string | Uint8Array, print: () => void): Promise<string | null> {
  const verdict = await openSaveAsync(input, (id, hash) => catalog.locate(id, hash));
  if (!verdict.ok) return classroomWords().compareClass.debrief.cannot({ file: visible(fileName), why: saveRefusalLines(verdict.refusal).slice(0, 3).join('; ') });
  const { save } = verdict;
  await openDebriefPage(pages, verdict.scenario, verdict.replayed.state, print, { hints: save.hints ?? [], line: MAIN, events: save.events });  return null;
}
