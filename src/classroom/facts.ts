// What the analysis and the questions read: the game and everything already worked out from
// its record, computed once.
import type { CompiledScenario, GameState, OutcomeId } from '../model/index.ts';
import { messages, outcomeName } from '../present/index.ts';
import type { MediatorRecord, MeterHistory } from '../replay/index.ts';
import type { Blame, Escalation, SideReveal, TextAnalysis, TurningPoint } from './types.ts';

export interface GameFacts {
  c: CompiledScenario;
  state: GameState;
  history: MeterHistory;
  record: MediatorRecord;
  escalations: Escalation[];
  blame: Blame;
  turningPoints: TurningPoint[];
  sides: SideReveal[];
  text: TextAnalysis;
}

/** The outcome as the scenario names it, else the catalogue's name; or "Unfinished". */
export function outcomeLabel(c: CompiledScenario, id: OutcomeId | 'unfinished'): string {
  return id === 'unfinished' ? messages().unfinished : outcomeName(c, id);
}

