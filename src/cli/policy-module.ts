// Loading a policy module someone wrote: `export default { name, create }` in a .mjs, .js or .ts
// file. Anything wrong with it is one clear line (exit 1), never a stack trace.
import { pathToFileURL } from 'node:url';
import { rngFrom, seedState } from '../model/index.ts';
import { CliError } from './scenarios.ts';

const MAX_NAME = 40;

const firstLine = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).split('\n')[0]!;

let requireHooks: Promise<void> | null = null;

/**
 * `shuttle` registers tsx's ESM hooks only; a .ts file outside an ES-module package (no
 * "type": "module" above it, a student's own folder) is CommonJS to Node and needs tsx's
 * require hooks too. Registered once per thread, when a .ts module is loaded.
 */
function commonJsTypeScript(): Promise<void> {
  requireHooks ??= import('tsx/cjs/api').then((tsx) => void tsx.register());
  return requireHooks;
}

/** A module's default export; a TypeScript module compiled as CommonJS nests it once more. */
function defaultExport(mod: unknown): unknown {
  const first = (mod as { default?: unknown }).default;
  const nested = typeof first === 'object' && first !== null ? (first as { default?: unknown; create?: unknown }) : null;
  return nested && nested.create === undefined && nested.default !== undefined ? nested.default : first;
}

export interface PolicyExport {
  name: string;
  create: (rng: unknown) => unknown;
}

function isPolicyExport(x: unknown): x is PolicyExport {
  if (typeof x !== 'object' || x === null) return false;
  const { name, create } = x as { name?: unknown; create?: unknown };
  return typeof name === 'string' && typeof create === 'function';
}

/**
 * Loads a policy module and checks its shape, with one clear line (exit 1) for what is wrong.
 * `shown` is how the user wrote the path, for the message.
 */
export async function loadPolicyModule(file: string, shown: string = file): Promise<PolicyExport> {
  let mod: unknown;
  try {
    if (file.endsWith('.ts')) await commonJsTypeScript();
    mod = await import(pathToFileURL(file).href);
  } catch (err) {
    const cjs = err instanceof ReferenceError && /\b(module|exports|require) is not defined\b/.test(err.message);
    throw new CliError(cjs ? `${shown}: CommonJS (module.exports) in an ES-module package; write export default { name, create }` : `${shown}: cannot load the module (${firstLine(err)})`, 1);
  }
  const exported = defaultExport(mod);
  if (!isPolicyExport(exported)) throw new CliError(`${shown}: the default export must be { name, create() }`, 1);
  const { name } = exported;
  if (!name.trim() || name.length > MAX_NAME || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new CliError(`${shown}: the name must be 1 to ${MAX_NAME} characters on one line (got ${JSON.stringify(name.slice(0, MAX_NAME + 1))})`, 1);
  }
  // One mediator made now, so a broken create() is named at once rather than counted in every game.
  let made: unknown;
  try {
    made = exported.create(rngFrom(seedState(1)));
  } catch (err) {
    throw new CliError(`${shown}: create() failed (${firstLine(err)})`, 1);
  }
  if (typeof made !== 'object' || made === null || typeof (made as { next?: unknown }).next !== 'function') {
    throw new CliError(`${shown}: create() must return { next(view) }`, 1);
  }
  return exported;
}
