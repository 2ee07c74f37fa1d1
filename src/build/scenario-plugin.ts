// The build plugin that ships the scenario files already parsed: a page that read the three YAML
// files itself spent about half a second of its start (more on a school laptop) in the YAML
// parser before the title could list them. At build time each file is checked as the game checks
// any file (a shipped file that would be refused fails the build, with its problems), and its
// parsed value is written as JSON, which the browser reads in milliseconds. The page still
// validates that value and hashes it like any scenario, so a save names the same hash.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem, loadScenarioValue, parseUntrusted } from '../scenario/index.ts';

/** The query that asks for a scenario file's parsed value: `import.meta.glob('/scenarios/*.yaml', { query: '?parsed' })`. */
export const PARSED_QUERY = 'parsed';

/** The file a module id asks to be parsed, or null (the dev server may add queries of its own). */
export function parsedFileOf(id: string): string | null {
  const at = id.indexOf('?');
  return at >= 0 && new URLSearchParams(id.slice(at + 1)).has(PARSED_QUERY) ? id.slice(0, at) : null;
}

/** A shipped scenario file's parsed value, or an error listing its problems when the game would refuse it. */
export function shippedScenarioValue(file: string): unknown {
  const name = basename(file);
  const refused = (errors: string[]) => new Error(`The shipped scenario ${name} would be refused by the game:\n${errors.join('\n')}`);
  // As loadScenarioText reads a file, keeping the parsed value it checks.
  const parsed = parseUntrusted(readFileSync(file, 'utf8'), 'yaml');
  if (!parsed.ok) throw refused(parsed.problems.map(formatProblem));
  const loaded = loadScenarioValue(parsed.value, parsed.locate);
  if (!loaded.ok) throw refused(loaded.errors);
  return parsed.value;
}

/** The module a parsed scenario becomes: one JSON string (engines parse JSON faster than the same object literal). */
export function parsedModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

export function shippedScenarios(): Plugin {
  return {
    name: 'shuttle-shipped-scenarios',
    load(id) {
      const file = parsedFileOf(id);
      if (file === null) return null;
      this.addWatchFile(file);
      try {
        return parsedModule(shippedScenarioValue(file));
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
