// Checks for a scenario's glossary and debrief notes: unique term ids and spellings, aliases long
// enough to be linked, and sources that exist in the file.
import { MIN_ALIAS_LENGTH, type Scenario } from './schema.ts';
import { type CheckProblem } from './check-problem.ts';

export type GlossaryProblem = CheckProblem;

export function checkGlossary(s: Scenario): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const sourceIds = new Set(s.sources.map((x) => x.id));
  const missing = (path: (string | number)[], id: string) => {
    if (!sourceIds.has(id)) problems.push({ path, message: `names the source "${id}", which is not in sources` });
  };
  const ids = new Set<string>();
  const names = new Map<string, string>();
  (s.glossary ?? []).forEach((t, i) => {
    if (ids.has(t.id)) problems.push({ path: ['glossary', i, 'id'], message: `the id "${t.id}" is used twice` });
    ids.add(t.id);
    // One spelling links to one term, or a line of dialogue could not say which it means.
    [t.term, ...t.aliases].forEach((name, k) => {
      const key = name.trim().toLowerCase();
      const owner = names.get(key);
      if (owner !== undefined && owner !== t.id) problems.push({ path: k === 0 ? ['glossary', i, 'term'] : ['glossary', i, 'aliases', k - 1], message: `"${name}" already names the term "${owner}"` });
      else names.set(key, t.id);
    });
    t.aliases.forEach((alias, k) => {
      const length = alias.trim().length;
      if (length < MIN_ALIAS_LENGTH) problems.push({ path: ['glossary', i, 'aliases', k], message: `"${alias}" is too short: an alias needs at least ${MIN_ALIAS_LENGTH} characters (it has ${length}), and the game never links a shorter one (it would match too much ordinary text); write it out in full or leave it out` });
    });
    t.sources.forEach((src, k) => missing(['glossary', i, 'sources', k], src));
    if (t.kind !== 'game' && t.sources.length === 0) problems.push({ path: ['glossary', i, 'sources'], message: 'must name at least one source (only a term of kind game may have none)' });
  });
  for (const [id, note] of Object.entries(s.debrief?.theory ?? {})) {
    note?.sources.forEach((src, k) => missing(['debrief', 'theory', id, 'sources', k], src));
  }
  return problems;
}
