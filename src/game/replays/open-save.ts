// A save file opened from disk as a replay source: read and checked by the one save reader
// (replay/save-open.ts: limits, schema, every line of the branch tree replayed, everything it
// records compared with its replay), against the scenarios the game has. Anything wrong is said
// in the reader's own lines, the ones the command line prints; nothing is stored.
import { visible } from '../../lib/index.ts';
import { openSaveAsync, type FoundScenario } from '../../replay/index.ts';
import { gameWords, saveRefusalLines, type ReplaySource } from '../../present/index.ts';

export interface ScenarioFinder {
  locate(id: string, hash: string): Promise<FoundScenario>;
}

export type OpenedSave = { ok: true; source: ReplaySource } | { ok: false; why: string };

/** How many of the reader's lines a one-line message quotes. */
export const QUOTED_LINES = 3;

export async function openSaveText(finder: ScenarioFinder, fileName: string, input: string | Uint8Array): Promise<OpenedSave> {
  const verdict = await openSaveAsync(input, (id, hash) => finder.locate(id, hash));
  if (!verdict.ok) return { ok: false, why: gameWords().replays.open.cannot({ file: visible(fileName), why: saveRefusalLines(verdict.refusal).slice(0, QUOTED_LINES).join('; ') }) };
  return { ok: true, source: { scenario: verdict.scenario, hash: verdict.hash, save: verdict.save, fileName } };
}
