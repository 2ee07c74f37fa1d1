// The scenarios a class can be opened on: the files in scenarios/, by id, with their hashes, and
// a teacher's own file sent with the class (a class pack), read as untrusted as any file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText, type LoadedScenario } from '../scenario/index.ts';
import type { ClassRecord, Store } from './store/store.ts';

export class ScenarioShelf {
  private readonly byId = new Map<string, LoadedScenario>();

  constructor(dir: string) {
    for (const name of readdirSync(dir)) {
      if (!/\.ya?ml$/.test(name)) continue;
      const loaded = loadScenarioText(readFileSync(join(dir, name), 'utf8'), name);
      if (loaded.ok) this.byId.set(loaded.scenario.id, loaded);
    }
  }

  get(id: string): LoadedScenario | null {
    return this.byId.get(id) ?? null;
  }

  // Classes' own scenarios, read once per process (by content hash: many classes may share one).
  private readonly own = new Map<string, LoadedScenario>();

  /** The scenario a class was opened on, exactly (its hash): shipped, or the class's own file; null when neither matches. */
  async forClass(record: ClassRecord, store: Store): Promise<LoadedScenario | null> {
    const shipped = this.get(record.scenario);
    if (shipped && shipped.hash === record.scenarioHash) return shipped;
    const kept = this.own.get(record.scenarioHash);
    if (kept) return kept;
    const text = await store.classScenario(record.id);
    if (text === null) return null;
    const loaded = loadScenarioText(text, `${record.scenario}.yaml`);
    if (!loaded.ok || loaded.hash !== record.scenarioHash) return null;
    this.own.set(loaded.hash, loaded);
    return loaded;
  }
}
