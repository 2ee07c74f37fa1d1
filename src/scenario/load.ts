// Scenario text in, a checked Scenario (with its content hash) or a list of problems out.
import { hashValue } from '../lib/index.ts';
import { checkScenario } from './check.ts';
import { formatOf, parseUntrusted, type TextFormat } from './guard.ts';
import { formatProblem } from './path.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';

export interface LoadedScenario {
  scenario: Scenario;
  /** Hash of the validated content: a save names it so a replay runs on the same rules. */
  hash: string;
}

export type LoadResult = ({ ok: true } & LoadedScenario) | { ok: false; errors: string[] };

/**
 * The hash a save names its scenario by. The glossary and the debrief's notes are reading aids,
 * not rules: a teacher may improve them without orphaning the class's saves, so they are left out.
 */
export function scenarioHash(scenario: Scenario): string {
  const { $schema: _schema, glossary: _glossary, debrief: _debrief, ...rules } = scenario;
  // A source's kind and citation say how to read it, like the glossary: they stay out too, so a
  // file written before they existed keeps its hash.
  const sources = rules.sources.map(({ kind: _kind, citation: _citation, ...rest }) => rest);
  return hashValue({ ...rules, sources });
}

export function loadScenarioValue(value: unknown): LoadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: ['(file): must be a scenario (a YAML or JSON mapping of fields), not a single value or a list'] };
  }
  const parsed = ScenarioSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => formatProblem({ path: i.path, message: humanMessage(i) })) };
  }
  const problems = checkScenario(parsed.data);
  if (problems.length) return { ok: false, errors: problems.map(formatProblem) };
  return { ok: true, scenario: parsed.data, hash: scenarioHash(parsed.data) };
}

export function loadScenarioText(text: string, fileName = 'scenario.yaml', format?: TextFormat): LoadResult {
  const parsed = parseUntrusted(text, format ?? formatOf(fileName, text));
  if (!parsed.ok) return { ok: false, errors: parsed.problems.map(formatProblem) };
  return loadScenarioValue(parsed.value);
}

/** Zod's generic messages made to read after a field name. */
function humanMessage(issue: { code: string; message: string; keys?: string[] }): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.message.startsWith('Invalid input: expected') && issue.message.endsWith('received undefined')) return 'is missing';
  return issue.message;
}
