// The scenarios a player can choose: every scenarios/*.yaml shipped with the game (loaded on
// demand and validated; the build parses them, src/build/scenario-plugin.ts), plus files a teacher
// opens from disk, which are kept in storage by content hash so a saved game on them can be resumed.
import type { FoundScenario } from '../../replay/index.ts';
import { loadScenarioFile, loadScenarioText, loadScenarioValue, type LoadResult, type Scenario } from '../../scenario/index.ts';
import { SCENARIO_KEY_PREFIX } from '../shell/saved-game.ts';
import type { SafeStorage } from '../shell/storage.ts';
import type { ScenarioChoice } from '../title/title-screen.ts';

// Each shipped file twice, both loaded only when asked for: parsed (what the game plays) and as
// text (what a class pack carries).
const FILES = import.meta.glob<unknown>('/scenarios/*.yaml', { query: '?parsed', import: 'default' });
const TEXTS = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });
export const DEFAULT_SCENARIO_FILE = 'muscat-2026.yaml';

export interface CatalogEntry {
  key: string;
  fileName: string;
  source: 'built-in' | 'file';
  result: LoadResult;
  /** A file's text as opened (what a class pack carries). */
  text?: string;
}

export interface PlayableScenario {
  scenario: Scenario;
  hash: string;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function toChoice(entry: CatalogEntry): ScenarioChoice {
  const r = entry.result;
  if (!r.ok) return { key: entry.key, fileName: entry.fileName, title: null, errors: r.errors };
  return { key: entry.key, fileName: entry.fileName, title: r.scenario.title, subtitle: r.scenario.subtitle, summary: r.scenario.summary, errors: [] };
}

export class Catalog {
  private builtIns: Promise<CatalogEntry[]> | null = null;
  private opened: CatalogEntry[] = [];

  constructor(private readonly storage: SafeStorage) {}

  /** The shipped scenarios, the default first, then by file name. */
  entries(): Promise<CatalogEntry[]> {
    this.builtIns ??= Promise.all(
      Object.entries(FILES)
        .sort(([a], [b]) => Number(baseName(b) === DEFAULT_SCENARIO_FILE) - Number(baseName(a) === DEFAULT_SCENARIO_FILE) || a.localeCompare(b))
        .map(async ([path, load]) => {
          const fileName = baseName(path);
          return { key: `built-in:${fileName}`, fileName, source: 'built-in' as const, result: loadScenarioValue(await load()) };
        }),
    );
    return this.builtIns.then((b) => [...b, ...this.opened]);
  }

  async choices(): Promise<ScenarioChoice[]> {
    return (await this.entries()).map(toChoice);
  }

  /** A scenario file opened by the player (its bytes, read as the command line reads them): validated, and kept when valid. */
  open(bytes: Uint8Array, fileName: string): ScenarioChoice {
    const result = loadScenarioFile(bytes, fileName);
    const key = result.ok ? `file:${result.hash}` : `file-error:${fileName}`;
    const text = result.ok ? new TextDecoder().decode(bytes) : undefined;
    const entry: CatalogEntry = { key, fileName, source: 'file', result, ...(text === undefined ? {} : { text }) };
    this.opened = [...this.opened.filter((e) => e.key !== key), entry];
    if (result.ok && text !== undefined) this.storage.set(`${SCENARIO_KEY_PREFIX}${result.hash}`, text);
    return toChoice(entry);
  }

  /** The file behind the playable scenario of this id (what a class pack carries), or null. */
  async fileOf(id: string): Promise<{ fileName: string; text: string } | null> {
    const entry = (await this.entries()).find((e) => e.result.ok && e.result.scenario.id === id);
    if (!entry?.result.ok) return null;
    if (entry.source === 'file') {
      const text = entry.text ?? this.storage.get(`${SCENARIO_KEY_PREFIX}${entry.result.hash}`);
      return text === null ? null : { fileName: entry.fileName, text };
    }
    const load = Object.entries(TEXTS).find(([path]) => baseName(path) === entry.fileName)?.[1];
    return load ? { fileName: entry.fileName, text: await load() } : null;
  }

  async byKey(key: string): Promise<PlayableScenario | null> {
    const entry = (await this.entries()).find((e) => e.key === key);
    return entry?.result.ok ? { scenario: entry.result.scenario, hash: entry.result.hash } : null;
  }

  /** The playable scenarios by id (the first of each id, shipped ones first): what class codes name. */
  async playable(): Promise<{ id: string; title: string; rounds: number; delegations: string[] }[]> {
    const seen = new Set<string>();
    const out: { id: string; title: string; rounds: number; delegations: string[] }[] = [];
    for (const e of await this.entries()) {
      if (!e.result.ok || seen.has(e.result.scenario.id)) continue;
      seen.add(e.result.scenario.id);
      out.push({ id: e.result.scenario.id, title: e.result.scenario.title, rounds: e.result.scenario.rounds.length, delegations: e.result.scenario.delegations.map((d) => d.name) });
    }
    return out;
  }

  async byId(id: string): Promise<PlayableScenario | null> {
    const entry = (await this.entries()).find((e) => e.result.ok && e.result.scenario.id === id);
    return entry?.result.ok ? { scenario: entry.result.scenario, hash: entry.result.hash } : null;
  }

  /** The scenario a save names: shipped first, then files kept from earlier sessions. */
  async find(id: string, hash: string): Promise<PlayableScenario | null> {
    for (const e of await this.entries()) {
      if (e.result.ok && e.result.scenario.id === id && e.result.hash === hash) return { scenario: e.result.scenario, hash };
    }
    const kept = this.storage.get(`${SCENARIO_KEY_PREFIX}${hash}`);
    if (kept === null) return null;
    const result = loadScenarioText(kept, `${id}.yaml`);
    if (!result.ok || result.scenario.id !== id || result.hash !== hash) return null;
    this.opened = [...this.opened.filter((e) => e.key !== `file:${hash}`), { key: `file:${hash}`, fileName: `${id}.yaml`, source: 'file', result }];
    return { scenario: result.scenario, hash };
  }

  /** Whether a scenario of this id exists at all (to explain why a save cannot be resumed). */
  async hasId(id: string): Promise<boolean> {
    return (await this.entries()).some((e) => e.result.ok && e.result.scenario.id === id);
  }

  /** The scenario a save names, or why it is not here: what the save reader asks for. */
  async locate(id: string, hash: string): Promise<FoundScenario> {
    const found = await this.find(id, hash);
    if (found) return found;
    const other = await this.byId(id);
    return other ? { missing: 'version', available: other.hash } : { missing: 'id' };
  }
}
