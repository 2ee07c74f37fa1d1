// Which figure stands for the mediator: the scenario says how its mediator is drawn (a robe
// and turban, or a dark suit), so no scenario is written into the game.
import type { CompiledScenario } from '../../model/index.ts';

export function mediatorTexture(c: CompiledScenario): 'mediator' | 'mediator-suit' {
  return c.scenario.mediator.figure === 'robe' ? 'mediator' : 'mediator-suit';
}
