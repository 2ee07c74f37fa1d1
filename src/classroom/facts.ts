// What the analysis and the questions read: the game and everything already worked out from
// its record, computed once.
import type { CompiledScenario } from '../model/compile.ts';
import type { GameState } from '../model/types.ts';
import type { MediatorRecord } from './record.ts';
import type { MeterHistory } from './series.ts';
import type { Blame, Escalation, SideReveal, TextAnalysis, TurningPoint } from './types.ts';

export interface GameFacts {
  c: CompiledScenario;
  state: GameState;
  history: MeterHistory;
  record: MediatorRecord;
  escalations: Escalation[];
  blame: Blame;
  turningPoints: TurningPoint[];
  sides: [SideReveal, SideReveal];
  text: TextAnalysis;
}

/** Used when a scenario does not name its outcomes. */
export const OUTCOME_LABELS: Record<string, string> = {
  framework: 'Framework agreement',
  interim: 'Interim deal',
  continue: 'Talks continue',
  suspended: 'Talks suspended',
  collapse: 'Channel collapse',
  strike: 'Breakdown',
  unfinished: 'Unfinished',
};

/** The outcome as the scenario names it (its labels), else the default name. */
export function outcomeLabel(c: CompiledScenario, id: string): string {
  const named = (c.scenario.labels?.outcomes as Record<string, string> | undefined)?.[id];
  return named ?? OUTCOME_LABELS[id] ?? id;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
