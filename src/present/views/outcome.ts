// The outcome: its name and what it means, and the final text set against each side's fallback
// (its reservation value, revealed now), what its hardliners demand, and the Nash bargaining
// point. The analysis itself is the debrief's (classroom/standing.ts, on the core's
// textStanding), so the outcome screen and the debrief always say the same thing.
import { bargainingChart, textAnalysis, type BargainingChart, type TextAnalysis } from './text-analysis.ts';
import { outcomeName } from '../words/quantities.ts';
import type { CompiledScenario, GameState, OutcomeId } from '../../model/index.ts';
import { reasonText } from '../words/said.ts';

export const OUTCOME_STORIES: Record<OutcomeId, string> = {
  framework: 'Both delegations accepted one text that settles every core issue. It still has to pass at home.',
  interim: 'No full agreement, but both sides accepted a partial package: a first step banked before the deadline.',
  continue: 'No text yet, but enough ground was covered for another round to be scheduled.',
  suspended: 'The talks stopped: a delegation walked out, or the deadline passed with too little progress.',
  collapse: 'A delegation stopped trusting the mediator. This channel is closed; the talks, if any, move elsewhere.',
  strike: 'Diplomacy ran out. The pressure ended in force.',
};

export const TEXT_LABELS: Record<TextAnalysis['kind'], string> = {
  agreed: 'The agreed text',
  banked: 'The partial package both sides accepted',
  draft: 'The last draft on the table',
};

export interface OutcomeAnalysis {
  id: OutcomeId;
  title: string;
  story: string;
  reason: string;
  text: TextAnalysis;
  chart: BargainingChart;
}

export function analyseOutcome(c: CompiledScenario, state: GameState): OutcomeAnalysis | null {
  const outcome = state.outcome;
  if (!outcome) return null;
  const text = textAnalysis(c, state);
  return { id: outcome.id, title: outcomeName(c, outcome.id), story: OUTCOME_STORIES[outcome.id], reason: reasonText(c, outcome.reason), text, chart: bargainingChart(c, text) };
}
