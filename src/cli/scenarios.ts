// Finding and loading scenario files for the command line.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenarioText, MAX_FILE_BYTES, type LoadedScenario } from '../scenario/index.ts';

export const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');
export const DEFAULT_SCENARIO = join(SCENARIO_DIR, 'muscat-2026.yaml');

/** A failure the user can fix, told in one line: exit code 2 for a usage error (the default), 1 for a bad file. */
export class CliError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

export function readText(file: string): string {
  if (!existsSync(file)) throw new CliError(`${file}: no such file`);
  const stat = statSync(file);
  if (!stat.isFile()) throw new CliError(`${file}: not a file`);
  if (stat.size > MAX_FILE_BYTES) throw new CliError(`${file}: the file is too large (${stat.size} bytes; at most ${MAX_FILE_BYTES})`);
  return readFileSync(file, 'utf8');
}

export function loadScenarioFile(file: string): LoadedScenario {
  const result = loadScenarioText(readText(file), file);
  if (!result.ok) throw new CliError(`${file}: not a valid scenario\n${result.errors.map((e) => `  ${e}`).join('\n')}`);
  return result;
}

/** The scenario file in scenarios/ with this id, loaded. */
export function findScenarioById(id: string): LoadedScenario | null {
  for (const name of readdirSync(SCENARIO_DIR)) {
    if (!/\.(ya?ml|json)$/.test(name) || name === 'schema.json') continue;
    const result = loadScenarioText(readFileSync(join(SCENARIO_DIR, name), 'utf8'), name);
    if (result.ok && result.scenario.id === id) return result;
  }
  return null;
}
