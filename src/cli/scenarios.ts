// Finding and reading files for the command line: bytes from disk, read by the same reader as
// the browser's (UTF-8, a byte-order mark accepted), so both give the same verdict and words.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FoundScenario } from '../replay/index.ts';
import { loadScenarioFile as loadScenarioBytes, MAX_FILE_BYTES, type LoadedScenario } from '../scenario/index.ts';

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

export function readBytes(file: string): Uint8Array {
  if (!existsSync(file)) throw new CliError(`${file}: no such file`);
  const stat = statSync(file);
  if (!stat.isFile()) throw new CliError(`${file}: not a file`);
  if (stat.size > MAX_FILE_BYTES) throw new CliError(`${file}: (file): the file is too large (${stat.size} bytes; at most ${MAX_FILE_BYTES})`, 1);
  return new Uint8Array(readFileSync(file));
}

export function loadScenarioFile(file: string): LoadedScenario {
  const result = loadScenarioBytes(readBytes(file), file);
  if (!result.ok) throw new CliError(`${file}: not a valid scenario\n${result.errors.map((e) => `  ${e}`).join('\n')}`);
  return result;
}

/** A scenario named on the command line: one that cannot be used is a bad file (exit 1), its problems named by field. */
export function scenarioArg(file: string): LoadedScenario {
  try {
    return loadScenarioFile(file);
  } catch (err) {
    if (err instanceof CliError) throw new CliError(err.message, 1);
    throw err;
  }
}

function shipped(): LoadedScenario[] {
  const out: LoadedScenario[] = [];
  for (const name of readdirSync(SCENARIO_DIR)) {
    if (!/\.(ya?ml|json)$/.test(name) || name === 'schema.json') continue;
    const result = loadScenarioBytes(new Uint8Array(readFileSync(join(SCENARIO_DIR, name))), name);
    if (result.ok) out.push(result);
  }
  return out;
}

/** The scenario file in scenarios/ with this id, loaded. */
export function findScenarioById(id: string): LoadedScenario | null {
  return shipped().find((s) => s.scenario.id === id) ?? null;
}

/** The scenario a save names, among the shipped ones (or the one given with --scenario). */
export function scenarioForSave(id: string, hash: string, given?: LoadedScenario): FoundScenario {
  const candidates = given ? [given] : shipped();
  const same = candidates.filter((s) => s.scenario.id === id);
  const exact = same.find((s) => s.hash === hash);
  if (exact) return { scenario: exact.scenario, hash: exact.hash };
  // A scenario given by hand is used whatever its id, so the check can say what differs.
  if (given) return { scenario: given.scenario, hash: given.hash };
  return same.length ? { missing: 'version', available: same[0]!.hash } : { missing: 'id' };
}
