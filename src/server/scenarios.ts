// The scenarios a class can be opened on: the files in scenarios/, by id, with their hashes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText, type LoadedScenario } from '../scenario/index.ts';

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
}
