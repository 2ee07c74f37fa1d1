// Scenario files in, a checked Scenario (with its content hash) or a list of problems out. The
// command line and the browser read a file the same way: its bytes (decode.ts: UTF-8, a mark at
// the start dropped), then its text, so both give the same verdict and the same words.
import { hashValue } from '../lib/index.ts';
import { checkScenario } from './check.ts';
import { decodeFile } from './decode.ts';
import { formatOf, parseUntrusted, type TextFormat } from './guard.ts';
import { issueProblems } from './issue-words.ts';
import type { Locate } from './locate.ts';
import { formatProblem, type Problem } from './path.ts';
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
  // The setting is how the case is pictured (the hall, an icon), the ending how it really ended: a file that gains one keeps its saves.
  const { $schema: _schema, glossary: _glossary, debrief: _debrief, setting: _setting, ending: _ending, ...rules } = scenario;
  // A source's kind and citation say how to read it, like the glossary: they stay out too, so a
  // file written before they existed keeps its hash. So do the words for names (articles, the
  // mediator's form of address) and how the real talks ended: none of them changes play.
  const sources = rules.sources.map(({ kind: _kind, citation: _citation, ...rest }) => rest);
  const { countryArticle: _countryArticle, address: _address, addressByName: _byName, ...mediator } = rules.mediator;
  const delegations = rules.delegations.map(({ article: _article, ...rest }) => rest);
  return hashValue({ ...rules, mediator, delegations, sources });
}

const noPlace: Locate = () => null;

/** Problems as lines, each placed in the file when it can be. */
function located(problems: readonly Problem[], locate: Locate): string[] {
  return problems.map((p) => formatProblem({ ...p, at: p.at ?? locate(p.path) }));
}

export function loadScenarioValue(value: unknown, locate: Locate = noPlace): LoadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: located([{ path: [], message: 'must be a scenario (a YAML or JSON mapping of fields), not a single value or a list', at: locate([]) ?? { line: 1, column: 1 } }], locate) };
  }
  const parsed = ScenarioSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: located(issueProblems(parsed.error.issues, ScenarioSchema), locate) };
  const problems = checkScenario(parsed.data);
  if (problems.length) return { ok: false, errors: located(problems, locate) };
  return { ok: true, scenario: parsed.data, hash: scenarioHash(parsed.data) };
}

export function loadScenarioText(text: string, fileName = 'scenario.yaml', format?: TextFormat): LoadResult {
  const parsed = parseUntrusted(text, format ?? formatOf(fileName, text));
  if (!parsed.ok) return { ok: false, errors: parsed.problems.map(formatProblem) };
  return loadScenarioValue(parsed.value, parsed.locate);
}

/**
 * A scenario text that must be exactly the one named, by id and content hash (a class's own file,
 * sent back by the class server or read from its store): null when it is anything else. Named
 * without an extension, so the content says whether it is JSON or YAML.
 */
export function loadExactScenario(text: string, id: string, hash: string): LoadedScenario | null {
  const loaded = loadScenarioText(text, id);
  return loaded.ok && loaded.scenario.id === id && loaded.hash === hash ? { scenario: loaded.scenario, hash: loaded.hash } : null;
}

/** A scenario file as read from disk or a file picker: its bytes. */
export function loadScenarioFile(bytes: Uint8Array, fileName = 'scenario.yaml'): LoadResult {
  const decoded = decodeFile(bytes);
  if (!decoded.ok) return { ok: false, errors: [formatProblem(decoded.problem)] };
  return loadScenarioText(decoded.text, fileName);
}
