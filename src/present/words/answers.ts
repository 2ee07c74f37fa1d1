// What a person playing a delegation answered the mediator, one sentence per answer (the
// debrief's description): the record keeps the answer as data (replay/record.ts: PersonAnswer).
import type { CompiledScenario } from '../../model/index.ts';
import type { PersonAnswer } from '../../replay/index.ts';
import { classroomWords } from '../catalogue/classroom-words.ts';
import { fmt } from '../catalogue/index.ts';
import { issueInText } from './names.ts';

/** "The south delegation (a person) rejected draft 3, objecting to border and water (round 1)." */
export function answerText(c: CompiledScenario, a: PersonAnswer): string {
  const issues = fmt().list(a.issues.map((i) => issueInText(c, i)));
  return classroomWords().debrief.answer({ delegation: c.scenario.delegations[a.side]!.name, kind: a.kind, accept: a.accept, issues, version: a.version, round: a.round + 1 });
}
