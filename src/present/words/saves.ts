// Why a save cannot be read, in words: the core's problems (one line each, `path: what is wrong`)
// or, for a save from other rules, the catalogue's sentence naming both versions.
import type { OtherRules, ParsedSave } from '../../replay/index.ts';
import { messages } from '../catalogue/index.ts';

/** "it was made under version 1 of the game's rules, and this copy plays version 2: …" */
export function otherRulesText(rules: OtherRules): string {
  return messages().ui.common.otherRules(rules);
}

/** The problems of a save that was not read, one line each (a refusal by rules is `rules: …`). */
export function saveProblems(parsed: Extract<ParsedSave, { ok: false }>): string[] {
  return parsed.kind === 'rules' ? [`rules: ${otherRulesText(parsed.rules)}`] : parsed.errors;
}
