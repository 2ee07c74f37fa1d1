// One name for each quantity: every meter (the pressure named by the scenario, whose ladder is
// not always military), the fallback, and the outcomes (named by the scenario where it says so).
import type { CompiledScenario, MeterKey, OutcomeId, SideIndex } from '../../model/index.ts';
import { messages } from '../catalogue/index.ts';
import { sideLabel } from './names.ts';

/** "Trust in the mediator", or with a side: "Trust in the mediator: Southland". */
export function meterName(c: CompiledScenario, meter: MeterKey, side: SideIndex | null = null): string {
  const name = meter === 'pressure' ? c.scenario.labels.pressure : messages().meters[meter];
  return side === null ? name : messages().sideMeter(name, sideLabel(c, side));
}

/** The outcome's name as the scenario gives it, else the catalogue's. */
export function outcomeName(c: Pick<CompiledScenario, 'scenario'>, id: OutcomeId): string {
  return c.scenario.labels.outcomes[id] ?? messages().outcomes[id];
}
