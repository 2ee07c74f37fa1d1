// Reading a save file: the same reader for the command line and the browser. Bytes or text in
// (UTF-8, a byte-order mark accepted), the save or why not out; every problem names its field
// and its line and column. Nothing here replays the game (save-check.ts does).
import { RULES_VERSION, UNRECORDED_RULES } from '../model/index.ts';
import { decodeFile, formatProblem, issueProblems, parseUntrusted, type Locate, type Problem } from '../scenario/index.ts';
import { treeProblems } from './branches.ts';
import { RULES_RECORDED_FROM, SAVE_FORMAT, SAVE_VERSION, SaveSchema, type SaveFile } from './save-schema.ts';

/** The rules a save was made under and the ones this game plays, when they differ. */
export interface OtherRules {
  made: number;
  plays: number;
}

/**
 * A save read back: the save, or why not. `invalid`: one line per problem, `path: what is wrong
 * (line, column)`. `rules`: a well-labelled save from other rules; the words are the catalogue's.
 */
export type ParsedSave = { ok: true; save: SaveFile; locate: Locate } | { ok: false; kind: 'invalid'; errors: string[] } | { ok: false; kind: 'rules'; rules: OtherRules };

const MAX_RULES = 999;

/** The rules a save says it was made under, or null when it says nothing readable (the schema then says what is wrong). */
function rulesOf(value: { version?: unknown; rules?: unknown }): number | null {
  const { version, rules } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1 && version < RULES_RECORDED_FROM) return UNRECORDED_RULES;
  return typeof rules === 'number' && Number.isInteger(rules) && rules >= 1 && rules <= MAX_RULES ? rules : null;
}

function invalid(problems: readonly Problem[], locate: Locate): ParsedSave {
  return { ok: false, kind: 'invalid', errors: problems.map((p) => formatProblem({ ...p, at: p.at ?? locate(p.path) })) };
}

export function parseSave(input: string | Uint8Array): ParsedSave {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeFile(input);
    if (!decoded.ok) return { ok: false, kind: 'invalid', errors: [formatProblem(decoded.problem)] };
    text = decoded.text;
  }
  const parsed = parseUntrusted(text, 'json');
  if (!parsed.ok) return { ok: false, kind: 'invalid', errors: parsed.problems.map(formatProblem) };
  const { locate } = parsed;
  const value = parsed.value as { format?: unknown; version?: unknown; rules?: unknown } | null;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return invalid([{ path: [], message: 'is not a save file (a save is a JSON object of fields)', at: locate([]) ?? { line: 1, column: 1 } }], locate);
  }
  if (value.format !== SAVE_FORMAT) return invalid([{ path: ['format'], message: `is not a Shuttle Diplomacy save (it must be "${SAVE_FORMAT}")` }], locate);
  // The rules first: a save from other rules is refused by name, however its format has changed.
  const rules = rulesOf(value);
  if (rules !== null && rules !== RULES_VERSION) return { ok: false, kind: 'rules', rules: { made: rules, plays: RULES_VERSION } };
  const version = value.version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return invalid([{ path: ['version'], message: `was made by a newer version of the game (save format ${version}; this game reads up to ${SAVE_VERSION})` }], locate);
  }
  const result = SaveSchema.safeParse(value, { reportInput: true });
  if (!result.success) return invalid(issueProblems(result.error.issues, SaveSchema), locate);
  const save = result.data;
  if (save.version >= 4 && save.rounds === undefined) return invalid([{ path: ['rounds'], message: 'is missing (a save of format 4 records the rounds played)' }], locate);
  const tree = treeProblems(save);
  return tree.length ? invalid(tree, locate) : { ok: true, save, locate };
}
