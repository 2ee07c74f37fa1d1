// The scenario events a teacher may bring forward now, in words. Which ones is the machine's own
// teacher guard's answer (a scripted event not yet past, or any chance event), asked of the
// mediator's view: the teacher's controls see no more of the game than the mediator does.
import { teacherAllowed, type TeacherGuardState } from '../../machine/index.ts';
import type { CompiledScenario } from '../../model/index.ts';
import { gameWords } from '../catalogue/game-words.ts';

export interface InjectChoice {
  id: string;
  label: string;
}

export function injectChoices(c: CompiledScenario, state: TeacherGuardState): InjectChoice[] {
  const s = c.scenario;
  const allowed = (id: string) => teacherAllowed(c, state, { type: 'TEACHER_INJECT', event: id });
  const words = gameWords().teacher;
  const scripted = s.events.filter((e) => allowed(e.id)).map((e) => ({ id: e.id, label: words.scriptedChoice({ headline: e.headline, date: e.date, afterRound: e.afterRound }) }));
  const chance = s.randomEvents.filter((e) => allowed(e.id)).map((e) => ({ id: e.id, label: words.chanceChoice({ headline: e.headline, incident: e.kind === 'incident' }) }));
  return [...scripted, ...chance];
}
