// The outcome, analysed: what was agreed (or what happened), the final text item by item, each
// side's value of that text against its value of no deal (its reservation value, revealed now),
// and the Nash bargaining point on the Pareto frontier (Nash 1950) for comparison.
import { nashPoint, paretoFrontier } from '../../model/bargaining.ts';
import type { CompiledScenario } from '../../model/compile.ts';
import { itemAt, packageOf } from '../../model/package.ts';
import type { GameState, OutcomeId, SideIndex } from '../../model/types.ts';
import { utility } from '../../model/utility.ts';
import { optionLabel } from './draft.ts';
import { sideName } from './names.ts';

export const OUTCOME_TITLES: Record<OutcomeId, string> = {
  framework: 'A framework agreement',
  interim: 'An interim deal',
  continue: 'The talks will continue',
  suspended: 'The talks are suspended',
  collapse: 'The channel collapses',
  strike: 'Military strikes',
};

export const OUTCOME_STORIES: Record<OutcomeId, string> = {
  framework: 'Both delegations accepted one text that settles every core issue. It still has to pass at home.',
  interim: 'No full agreement, but both sides accepted a partial package: a first step banked before the deadline.',
  continue: 'No text yet, but enough ground was covered for another round to be scheduled: “a very good start”.',
  suspended: 'The talks stopped: a delegation walked out, or the deadline passed with too little progress.',
  collapse: 'A delegation stopped trusting the mediator. The channel through Muscat is closed; the talks, if any, move elsewhere.',
  strike: 'Diplomacy ran out. The pressure ended in force, as the real line of talks did at the end of February 2026.',
};

export interface SideResult {
  name: string;
  value: number;
  reservation: number;
  clears: boolean;
  nashValue: number | null;
}

export interface OutcomeAnalysis {
  id: OutcomeId;
  title: string;
  story: string;
  reason: string;
  textLabel: string;
  items: { issue: string; option: string; nash: string | null }[];
  sides: [SideResult, SideResult];
  nash: { u: [number, number] } | null;
  finalPoint: [number, number];
  frontier: [number, number][];
}

export function analyseOutcome(c: CompiledScenario, state: GameState): OutcomeAnalysis | null {
  const outcome = state.outcome;
  if (!outcome) return null;
  const text = outcome.id === 'interim' && state.banked ? state.banked : state.draft;
  const reservations: [number, number] = [state.sides[0].reservation, state.sides[1].reservation];
  const nash = nashPoint(c, reservations);
  const nashText = nash ? packageOf(nash.items) : null;
  const side = (s: SideIndex): SideResult => {
    const value = utility(c.sides[s], text, reservations[s]);
    return {
      name: sideName(c, s),
      value,
      reservation: reservations[s],
      clears: value > reservations[s],
      nashValue: nash ? nash.u[s] : null,
    };
  };
  const sides: [SideResult, SideResult] = [side(0), side(1)];
  return {
    id: outcome.id,
    title: OUTCOME_TITLES[outcome.id],
    story: OUTCOME_STORIES[outcome.id],
    reason: outcome.reason,
    textLabel: outcome.id === 'framework' ? 'The agreed text' : outcome.id === 'interim' ? 'The partial package both sides accepted' : 'The last draft on the table',
    items: c.scenario.issues.map((issue, i) => ({
      issue: issue.name,
      option: optionLabel(c, i, itemAt(text, i)),
      nash: nashText === null ? null : optionLabel(c, i, itemAt(nashText, i)),
    })),
    sides,
    nash: nash ? { u: nash.u } : null,
    finalPoint: [sides[0].value, sides[1].value],
    frontier: paretoFrontier(c).map((p) => p.u),
  };
}
