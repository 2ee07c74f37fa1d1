// The game's scenario on a class device: the server names it by id and content hash; the device
// takes it from its own copy of the game (shipped, or a file opened here before). A class opened
// on the teacher's own file (a class pack) sends that file's text to a seat that lacks it: read
// as untrusted as any file, kept only if it is exactly the scenario named, and shown as text.
import { compiledFor, settingsFor } from '../../machine/index.ts';
import type { CompiledScenario } from '../../model/index.ts';
import type { PublicSettings } from '../../net/index.ts';
import { loadScenarioText, type Scenario } from '../../scenario/index.ts';
import { Catalog } from '../play/catalog.ts';
import type { SafeStorage } from '../shell/storage.ts';

export interface ClassScenario {
  scenario: Scenario;
  c: CompiledScenario;
}

/** The server's copy of a class's own scenario file (null when the class is on a shipped one). */
export type SentScenario = () => Promise<{ ok: true; value: { text: string } } | { ok: false }>;

/** The class's scenario: from this copy of the game, else (a class pack) the file the server kept with the class. */
export async function classScenario(storage: SafeStorage, id: string, hash: string, settings: PublicSettings, sent?: SentScenario): Promise<ClassScenario | null> {
  for (const e of await new Catalog(storage).entries()) {
    if (!e.result.ok || e.result.scenario.id !== id || e.result.hash !== hash) continue;
    // The seed is the server's secret until the game is over; compiling the scenario does not read it.
    return { scenario: e.result.scenario, c: compiledFor(e.result.scenario, settingsFor(0, settings)) };
  }
  const r = sent ? await sent() : null;
  return r?.ok ? classScenarioFromText(r.value.text, id, hash, settings) : null;
}

/** The class's own scenario, from the text the server kept with the class: null unless it is exactly the one named. */
export function classScenarioFromText(text: string, id: string, hash: string, settings: PublicSettings): ClassScenario | null {
  const loaded = loadScenarioText(text, `${id}.yaml`);
  if (!loaded.ok || loaded.scenario.id !== id || loaded.hash !== hash) return null;
  return { scenario: loaded.scenario, c: compiledFor(loaded.scenario, settingsFor(0, settings)) };
}

export interface ClassScenarioChoice {
  id: string;
  title: string;
  /** A file opened on this device, not shipped: its text goes to the server with the class. */
  text?: string;
}

/** The scenarios a class may be opened on: shipped ones, and files opened on this device (sent with the class). */
export async function classScenarios(storage: SafeStorage): Promise<ClassScenarioChoice[]> {
  const catalog = new Catalog(storage);
  const out: ClassScenarioChoice[] = [];
  for (const s of await catalog.playable()) {
    const source = await catalog.sourceOf(s.id);
    const file = source === 'file' ? await catalog.fileOf(s.id) : null;
    out.push({ id: s.id, title: s.title, ...(file ? { text: file.text } : {}) });
  }
  return out;
}
