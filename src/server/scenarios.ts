// The scenarios a class can be opened on: the files in scenarios/, by id, with their hashes, and
// a teacher's own file sent with the class (a class pack), read as untrusted as any file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExactScenario, loadScenarioText, type LoadedScenario } from '../scenario/index.ts';
import type { ClassRecord, Store } from './store/store.ts';

/** Classes whose scenario a process keeps at hand (a bounded cache: a class not in it is read again). */
const KEPT_CLASSES = 64;

export class ScenarioShelf {
  private readonly byId = new Map<string, { loaded: LoadedScenario; text: string }>();
  // The scenario of each recent class, by class id, oldest first.
  private readonly classes = new Map<string, LoadedScenario>();

  constructor(dir: string) {
    for (const name of readdirSync(dir)) {
      if (!/\.ya?ml$/.test(name)) continue;
      const text = readFileSync(join(dir, name), 'utf8');
      const loaded = loadScenarioText(text, name);
      if (loaded.ok) this.byId.set(loaded.scenario.id, { loaded, text });
    }
  }

  get(id: string): LoadedScenario | null {
    return this.byId.get(id)?.loaded ?? null;
  }

  /** Whether this text is exactly the file the server ships under its id (then no copy is kept). */
  isShipped(id: string, text: string): boolean {
    return this.byId.get(id)?.text === text;
  }

  /** The scenario a class was opened on, exactly (its hash): its own file when it has one, else the shipped one; null when neither matches. */
  async forClass(record: ClassRecord, store: Store): Promise<LoadedScenario | null> {
    const kept = this.classes.get(record.id);
    if (kept) return kept;
    const text = await store.classScenario(record.id);
    // A teacher's file is read as untrusted as any file, and must be exactly the one the class named.
    const loaded = text === null ? this.get(record.scenario) : loadExactScenario(text, record.scenario, record.scenarioHash);
    if (!loaded || loaded.hash !== record.scenarioHash) return null;
    this.classes.set(record.id, loaded);
    if (this.classes.size > KEPT_CLASSES) this.classes.delete(this.classes.keys().next().value!);
    return loaded;
  }
}
