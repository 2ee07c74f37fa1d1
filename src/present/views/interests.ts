// The mediator's own interests, for the briefing (Kydd: a mediator is neutral in manner, not in
// interest): the scenario's paragraphs as written, the sources they rest on, and what follows
// for the game (a warning against the mediator's interest is believed more; model/rules/relay.ts).
import type { CompiledScenario } from '../../model/index.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { mediatorCountry } from '../words/names.ts';

type Source = CompiledScenario['scenario']['sources'][number];

export interface InterestsView {
  heading: string;
  intro: string;
  /** The scenario's own paragraphs (text, never markup). */
  paragraphs: readonly string[];
  sources: readonly Source[];
  believed: string;
  sourcesHeading: string;
}

/** The briefing's section on the mediator's interests; null when the scenario says nothing of them. */
export function mediatorInterests(c: CompiledScenario): InterestsView | null {
  const m = c.scenario.mediator;
  const interests = m.interests;
  if (interests.text.length === 0) return null;
  const w = gameWords().advisor.interests;
  const byId = new Map(c.scenario.sources.map((s) => [s.id, s]));
  return {
    heading: w.heading,
    intro: w.intro(mediatorCountry(c)),
    paragraphs: interests.text,
    sources: interests.sources.map((id) => byId.get(id)).filter((s): s is Source => s !== undefined),
    believed: w.believed,
    sourcesHeading: w.sources,
  };
}
