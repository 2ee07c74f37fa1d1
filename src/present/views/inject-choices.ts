// The scenario events a teacher may bring forward now, in words, from the model's own rule
// (a scripted event not yet past, or any chance event).
import { canInject, type CompiledScenario, type GameState } from '../../model/index.ts';

export interface InjectChoice {
  id: string;
  label: string;
}

export function injectChoices(c: CompiledScenario, state: GameState): InjectChoice[] {
  const s = c.scenario;
  const scripted = s.events
    .filter((e) => canInject(c, state, e.id))
    .map((e) => ({ id: e.id, label: `${e.headline} (dated ${e.date}, due after day ${e.afterRound})` }));
  const chance = s.randomEvents
    .filter((e) => canInject(c, state, e.id))
    .map((e) => ({ id: e.id, label: `${e.headline} (${e.kind === 'incident' ? 'an incident: one rung up' : 'background news'})` }));
  return [...scripted, ...chance];
}
