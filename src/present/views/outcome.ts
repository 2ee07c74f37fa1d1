// The outcome: its name and what it means, and the final text set against each side's fallback
// (its reservation value, revealed now), what its hardliners demand, and the Nash bargaining
// point. The analysis itself is the debrief's (classroom/standing.ts, on the core's
// textStanding), so the outcome screen and the debrief always say the same thing.
import { bargainingChart, textAnalysis, type BargainingChart, type TextAnalysis } from './text-analysis.ts';
import { outcomeName } from '../words/quantities.ts';
import type { CompiledScenario, GameState, OutcomeId } from '../../model/index.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { reasonText } from '../words/said.ts';

/** What an outcome means, in a sentence or two; `sides`: how many delegations (more than two are not "both"). */
export function outcomeStory(id: OutcomeId, sides = 2): string {
  const w = gameWords().views;
  const many: Partial<Record<OutcomeId, string>> = w.outcomeStoriesMany;
  return (sides > 2 ? many[id] : undefined) ?? w.outcomeStories[id];
}

/** The heading of the final text: agreed, banked, or the last draft; `sides` as for outcomeStory. */
export function textLabel(kind: TextAnalysis['kind'], sides = 2): string {
  const w = gameWords().views;
  const many: Partial<Record<TextAnalysis['kind'], string>> = w.textLabelsMany;
  return (sides > 2 ? many[kind] : undefined) ?? w.textLabels[kind];
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
  return { id: outcome.id, title: outcomeName(c, outcome.id), story: outcomeStory(outcome.id, c.sideIndices.length), reason: reasonText(c, outcome.reason), text, chart: bargainingChart(c, state, text) };
}
