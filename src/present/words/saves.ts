// Why a save cannot be read, in words: the core's problems (one line each, `path: what is wrong`)
// or, for a save from other rules, the catalogue's sentence naming both versions; and why a save
// failed its replay.
import type { OtherRules, ParsedSave, SaveProblem } from '../../replay/index.ts';
import { messages } from '../catalogue/index.ts';

/** "it was made under version 1 of the game's rules, and this copy plays version 2: …" */
export function otherRulesText(rules: OtherRules): string {
  return messages().ui.common.otherRules(rules);
}

/** The problems of a save that was not read, one line each (a refusal by rules is `rules: …`). */
export function saveProblems(parsed: Extract<ParsedSave, { ok: false }>): string[] {
  return parsed.kind === 'rules' ? [`rules: ${otherRulesText(parsed.rules)}`] : parsed.errors;
}

/** Why a save failed its replay, as a clause ("diverges at event 12 (LISTEN, round 2): …"). */
export function saveProblemText(problem: SaveProblem): string {
  const w = messages().ui.common.saveCheck;
  switch (problem.kind) {
    case 'otherScenario':
      return w.otherScenario(problem);
    case 'otherVersion':
      return w.otherVersion(problem);
    case 'diverged':
      return w.diverged(problem);
    case 'refused':
      return w.refused(problem);
    case 'trail':
      return w.trail(problem);
    case 'checkpoint':
      return w.checkpoint(problem);
    case 'final':
      return w.final(problem);
  }
}
