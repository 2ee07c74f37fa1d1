// The game's scenario on a class device: the server names it by id and content hash; the device
// takes it from its own copy of the game (shipped, or a file opened on this device before). A
// class opened on the teacher's own file (a class pack) sends that file's text to a device that
// lacks it: read as untrusted as any file, used only if it is exactly the scenario named, and
// shown as text.
import { compiledFor, settingsFor } from '../../machine/index.ts';
import type { CompiledScenario } from '../../model/index.ts';
import type { PublicSettings, SentScenarioText } from '../../net/index.ts';
import type { Answer } from './api.ts';
import { loadExactScenario, type Scenario } from '../../scenario/index.ts';
import { Catalog } from '../play/catalog.ts';
import type { SafeStorage } from '../shell/storage.ts';

export interface ClassScenario {
  scenario: Scenario;
  c: CompiledScenario;
}

/** Asks the server for a class's own scenario file (refused when the class is on a shipped one). */
export type SentScenario = () => Promise<Answer<SentScenarioText>>;

/** The class's scenario: from this copy of the game, else (a class pack) the file the server kept with the class. */
export async function classScenario(storage: SafeStorage, id: string, hash: string, settings: PublicSettings, sent?: SentScenario): Promise<ClassScenario | null> {
  // Shipped, or a file opened on this device before (kept by its hash).
  const found = await new Catalog(storage).find(id, hash);
  if (found) return compiled(found.scenario, settings);
  const r = sent ? await sent() : null;
  return r?.ok ? classScenarioFromText(r.value.text, id, hash, settings) : null;
}

/** The class's own scenario, from the text the server kept with the class: null unless it is exactly the one named. */
export function classScenarioFromText(text: string, id: string, hash: string, settings: PublicSettings): ClassScenario | null {
  const loaded = loadExactScenario(text, id, hash);
  return loaded ? compiled(loaded.scenario, settings) : null;
}

/** The seed is the server's secret until the game is over; compiling the scenario does not read it. */
function compiled(scenario: Scenario, settings: PublicSettings): ClassScenario {
  return { scenario, c: compiledFor(scenario, settingsFor(0, settings)) };
}

export interface ClassScenarioChoice {
  id: string;
  title: string;
  /** How many delegations it has (a seat each); two when not known. */
  delegations?: number;
  /** The delegations' names, in order (the boxes of who plays them are labelled with them). */
  names?: string[];
  /** A file the teacher opened on the class page: its text goes to the server with the class. */
  text?: string;
}

/** The shipped scenarios a class may be opened on (the class page can open a file besides). */
export async function classScenarios(storage: SafeStorage): Promise<ClassScenarioChoice[]> {
  return (await new Catalog(storage).playable()).map((s) => ({ id: s.id, title: s.title, delegations: s.delegations.length, names: s.delegations }));
}
