// The outcome: its name and what it means, and the final text set against each side's fallback
// (its reservation value, revealed now), what its hardliners demand, and the Nash bargaining
// point. The analysis itself is the debrief's (classroom/standing.ts, on the core's
// textStanding), so the outcome screen and the debrief always say the same thing.
import { bargainingChart, textAnalysis, type BargainingChart, type TextAnalysis } from './text-analysis.ts';
import { outcomeName } from '../words/quantities.ts';
import type { CompiledScenario, GameState, OutcomeId } from '../../model/index.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { reasonText } from '../words/said.ts';

/** What an outcome means, in a sentence or two. */
export function outcomeStory(id: OutcomeId): string {
  return gameWords().views.outcomeStories[id];
}

/** The heading of the final text: agreed, banked, or the last draft. */
export function textLabel(kind: TextAnalysis['kind']): string {
  return gameWords().views.textLabels[kind];
}

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
  return { id: outcome.id, title: outcomeName(c, outcome.id), story: outcomeStory(outcome.id), reason: reasonText(c, outcome.reason), text, chart: bargainingChart(c, state, text) };
}
