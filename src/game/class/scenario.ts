// The game's scenario on a class device: the server names it by id and content hash; the device
// takes it from the scenarios shipped with the game (never from the network), so scenario text is
// the game's own, shown as text.
import { compiledFor, settingsFor } from '../../machine/index.ts';
import type { CompiledScenario } from '../../model/index.ts';
import type { PublicSettings } from '../../net/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { Catalog } from '../play/catalog.ts';
import type { SafeStorage } from '../shell/storage.ts';

export interface ClassScenario {
  scenario: Scenario;
  c: CompiledScenario;
}

export async function classScenario(storage: SafeStorage, id: string, hash: string, settings: PublicSettings): Promise<ClassScenario | null> {
  for (const e of await new Catalog(storage).entries()) {
    if (!e.result.ok || e.result.scenario.id !== id || e.result.hash !== hash) continue;
    // The seed is the server's secret until the game is over; compiling the scenario does not read it.
    return { scenario: e.result.scenario, c: compiledFor(e.result.scenario, settingsFor(0, settings)) };
  }
  return null;
}

/** The shipped scenarios a class may be opened on. */
export async function classScenarios(storage: SafeStorage): Promise<{ id: string; title: string }[]> {
  return (await new Catalog(storage).playable()).map((s) => ({ id: s.id, title: s.title }));
}
