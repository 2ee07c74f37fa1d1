// The entrants of a tournament from its --policy arguments: built-in policies by name, `all`
// for every one of them, or policy modules by path. A module is loaded here and again in each
// worker (by its path), so an entrant travels between threads as a spec, never as code.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { POLICIES, policyByName, type Entrant } from '../sim/index.ts';
import { loadPolicyModule } from './policy-module.ts';
import { CliError } from './scenarios.ts';

/** An entrant as it can be sent to a worker: a built-in by name, or a module by absolute path. */
export type EntrantSpec = { kind: 'builtin'; name: string } | { kind: 'module'; file: string; name: string };

const MODULE_EXTENSIONS = /\.(mjs|js|ts)$/;

function builtin(name: string): Entrant {
  const policy = policyByName(name);
  if (!policy) throw new Error(`no built-in policy "${name}"`);
  // The project's own policies only read their view: no need to freeze it for them.
  return { name: policy.name, create: (rng) => policy.create(rng), trusted: true };
}

/** The entrant a spec names, ready to play (in the main thread or a worker). */
export async function loadEntrant(spec: EntrantSpec): Promise<Entrant> {
  if (spec.kind === 'builtin') return builtin(spec.name);
  const policy = await loadPolicyModule(spec.file);
  return { name: spec.name, create: (rng) => policy.create(rng) };
}

const looksLikePath = (arg: string) => arg.includes('/') || arg.includes('\\') || /\.[a-z]+$/i.test(arg);

function moduleFile(arg: string): string {
  if (!MODULE_EXTENSIONS.test(arg)) throw new CliError(`${arg}: a policy module must be a .mjs, .js or .ts file`);
  const file = resolve(arg);
  if (!existsSync(file)) throw new CliError(`${arg}: no such file`, 1);
  if (!statSync(file).isFile()) throw new CliError(`${arg}: not a file`, 1);
  return file;
}

/** A name not taken yet: the module's own, or with " (2)", " (3)"... after it. */
function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  let n = 2;
  while (taken.has(`${name} (${n})`)) n++;
  return `${name} (${n})`;
}

export interface ResolvedEntrants {
  specs: EntrantSpec[];
  entrants: Entrant[];
}

/** The entrants of the --policy arguments, in the order given (`all`: every built-in policy, default). */
export async function resolveEntrants(args: readonly string[]): Promise<ResolvedEntrants> {
  const given = args.length ? args : ['all'];
  const seen = new Set<string>();
  // `viaAll`: the second time is inside `all`, which holds every built-in policy.
  const once = (key: string, shown: string, viaAll = false) => {
    if (seen.has(key)) throw new CliError(`policy "${shown}" is given twice${viaAll ? ' (all holds every built-in policy)' : ''}; give each policy once`);
    seen.add(key);
  };
  const specs: EntrantSpec[] = [];
  const files: { spec: EntrantSpec & { kind: 'module' }; arg: string }[] = [];
  for (const arg of given) {
    if (arg === 'all') {
      once('all', 'all');
      for (const p of POLICIES) {
        once(`builtin:${p.name}`, p.name, true);
        specs.push({ kind: 'builtin', name: p.name });
      }
    } else if (policyByName(arg)) {
      once(`builtin:${arg}`, arg, seen.has('all'));
      specs.push({ kind: 'builtin', name: arg });
    } else if (looksLikePath(arg)) {
      const file = moduleFile(arg);
      once(`module:${file}`, arg);
      const spec = { kind: 'module' as const, file, name: '' };
      specs.push(spec);
      files.push({ spec, arg });
    } else {
      throw new CliError(`unknown policy "${arg}" (choose ${POLICIES.map((p) => p.name).join(', ')}, all, or a path to a .mjs, .js or .ts module)`);
    }
  }
  // Modules are named once all built-ins are known, so a clash suffixes the module, never the built-in.
  const taken = new Set(specs.flatMap((s) => (s.kind === 'builtin' ? [s.name] : [])));
  const entrants = new Map<EntrantSpec, Entrant>();
  for (const { spec, arg } of files) {
    const policy = await loadPolicyModule(spec.file, arg);
    spec.name = uniqueName(policy.name, taken);
    taken.add(spec.name);
    entrants.set(spec, { name: spec.name, create: (rng) => policy.create(rng) });
  }
  return { specs, entrants: specs.map((s) => entrants.get(s) ?? builtin(s.name)) };
}
