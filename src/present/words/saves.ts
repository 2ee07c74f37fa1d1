// Why a save cannot be opened, in words: one line per problem, `path: what is wrong (line,
// column)`. The command line prints these lines and the screens show them: the same words for
// the same file everywhere. Values from the file are shown with their control characters escaped.
import { visible } from '../../lib/index.ts';
import type { OtherRules, ParsedSave, SaveProblem, SaveRefusal } from '../../replay/index.ts';
import { formatProblem, type Position } from '../../scenario/index.ts';
import { messages } from '../catalogue/index.ts';

/** "it was made under version 1 of the game's rules, and this copy plays version 2: …" */
export function otherRulesText(rules: OtherRules): string {
  return messages().ui.common.otherRules(rules);
}

/** The problems of a save that was not read, one line each (a refusal by rules is `rules: …`). */
export function saveProblems(parsed: Extract<ParsedSave, { ok: false }>): string[] {
  return parsed.kind === 'rules' ? [`rules: ${otherRulesText(parsed.rules)}`] : parsed.errors;
}

const text = (v: string | number | null) => (typeof v === 'string' ? visible(v) : v);

function problemWords(p: SaveProblem): string {
  const w = messages().ui.saves;
  switch (p.kind) {
    case 'scenario':
      return p.path[1] === 'id' ? w.otherScenario({ recorded: visible(p.recorded), available: visible(p.available) }) : w.scenarioVersion({ id: visible(p.id), recorded: p.recorded, available: p.available });
    case 'refused':
      return p.line === 'main' ? w.refused(p) : w.refusedInBranch({ ...p, line: visible(p.line) });
    case 'diverged':
      return w.diverged(p);
    case 'differs': {
      const field = p.path.join('.');
      if (field === 'outcome') return w.outcomeDiffers({ recorded: p.recorded === null ? null : String(p.recorded), replayed: p.replayed === null ? null : String(p.replayed) });
      if (field === 'rounds') return w.roundsDiffer({ recorded: Number(p.recorded), replayed: Number(p.replayed) });
      if (field === 'checkpoints') return w.checkpointsDiffer({ recorded: Number(p.recorded), replayed: Number(p.replayed) });
      if (field === 'trail') return w.trailDiffers({ recorded: Number(p.recorded), replayed: Number(p.replayed) });
      return w.differs({ recorded: text(p.recorded), replayed: text(p.replayed) });
    }
  }
}

/** One line for a problem found by replaying a save. */
export function saveProblemLine(problem: SaveProblem, at: Position | null = null): string {
  return formatProblem({ path: problem.path, message: problemWords(problem), at });
}

/** Why a save was refused, one line per problem. */
export function saveRefusalLines(refusal: SaveRefusal): string[] {
  const w = messages().ui.saves;
  switch (refusal.kind) {
    case 'invalid':
      return refusal.errors;
    case 'rules':
      return [`rules: ${otherRulesText(refusal.rules)}`];
    case 'scenario':
      return refusal.missing === 'id'
        ? [formatProblem({ path: ['scenario', 'id'], message: w.scenarioMissing(visible(refusal.id)) })]
        : [formatProblem({ path: ['scenario', 'hash'], message: w.scenarioVersion({ id: visible(refusal.id), recorded: refusal.hash, available: refusal.available }) })];
    case 'check':
      return [saveProblemLine(refusal.problem, refusal.at)];
  }
}
