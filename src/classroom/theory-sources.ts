// The concepts of negotiation theory the debrief may name, with their thinkers and sources:
// reference content (like the glossary's entries), written once for every game. Which of them
// fits a game, and why, is worked out in theory.ts with the catalogue's words.
import type { TheoryId } from '../scenario/index.ts';

export interface TheorySource {
  id: TheoryId;
  name: string;
  thinker: string;
  citation: string;
  url: string;
  idea: string;
}

export const THEORY: readonly TheorySource[] = [
  {
    id: 'ripeness',
    name: 'Ripeness',
    thinker: 'I. William Zartman',
    citation: 'I. William Zartman, "Ripeness: The Hurting Stalemate and Beyond", in International Conflict Resolution After the Cold War (National Academies Press, 2000)',
    url: 'https://doi.org/10.17226/9897',
    idea: 'Parties settle when both feel a mutually hurting stalemate and see a way out.',
  },
  {
    id: 'mediator-roles',
    name: "The mediator's roles",
    thinker: 'Saadia Touval and I. William Zartman',
    citation: 'Saadia Touval and I. William Zartman, "International Mediation: Conflict Resolution and Power Politics", Journal of Social Issues 41(2), 1985',
    url: 'https://doi.org/10.1111/j.1540-4560.1985.tb00853.x',
    idea: 'A mediator acts as communicator (carrying messages), formulator (proposing the terms) and manipulator (changing what each side gains or loses).',
  },
  {
    id: 'credibility',
    name: 'Mediator bias and credibility',
    thinker: 'Andrew Kydd',
    citation: 'Andrew Kydd, "Which Side Are You On? Bias, Credibility, and Mediation", American Journal of Political Science 47(4), 2003',
    url: 'https://doi.org/10.1111/1540-5907.00042',
    idea: "A mediator's advice is believed when the mediator is seen as close to the side hearing it; a mediator caught distorting loses credibility.",
  },
  {
    id: 'two-level',
    name: 'Two-level games',
    thinker: 'Robert Putnam',
    citation: 'Robert D. Putnam, "Diplomacy and Domestic Politics: The Logic of Two-Level Games", International Organization 42(3), 1988',
    url: 'https://www.cambridge.org/core/journals/international-organization/article/diplomacy-and-domestic-politics-the-logic-of-twolevel-games/B2E11FB757C4465C4097015BD421035F',
    idea: 'A deal must also pass at home; hardliners shrink the set of deals that can be ratified (the win-set).',
  },
  {
    id: 'bargaining-war',
    name: 'The bargaining model of war',
    thinker: 'James Fearon',
    citation: 'James D. Fearon, "Rationalist Explanations for War", International Organization 49(3), 1995',
    url: 'https://www.cambridge.org/core/journals/international-organization/article/rationalist-explanations-for-war/E3B716A4034C11ECF8CE8732BC2F80DD',
    idea: 'War is costly, so some bargain both sides prefer to it usually exists; wars happen through private information with incentives to bluff, and through commitment problems.',
  },
  {
    id: 'single-text',
    name: 'The single negotiating text',
    thinker: 'Roger Fisher',
    citation: 'Roger Fisher and William Ury, Getting to Yes (1981), on the one-text procedure',
    url: 'https://www.beyondintractability.org/artsum/fisher-principled',
    idea: "The mediator drafts one text and revises it from both sides' criticism: criticising is easier than conceding.",
  },
  {
    id: 'shuttle',
    name: 'Shuttle diplomacy',
    thinker: 'Henry Kissinger',
    citation: 'Office of the Historian, US Department of State, "Shuttle Diplomacy and the Arab-Israeli Dispute, 1974–1975"',
    url: 'https://history.state.gov/milestones/1969-1976/shuttle-diplomacy',
    idea: "A go-between travelling between parties who will not meet: Kissinger's shuttles of 1974 reached two disengagement agreements, one in 8 days and one in a month.",
  },
];

export function theorySource(id: TheoryId): TheorySource {
  return THEORY.find((t) => t.id === id)!;
}
