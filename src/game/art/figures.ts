// Which figure stands for the mediator: the Omani foreign minister's robe and turban for an Omani
// mediator (the default scenario), a dark suit for any other.
import type { CompiledScenario } from '../../model/compile.ts';

export function mediatorTexture(c: CompiledScenario): 'mediator' | 'mediator-suit' {
  return c.scenario.mediator.country.trim().toLowerCase() === 'oman' ? 'mediator' : 'mediator-suit';
}
