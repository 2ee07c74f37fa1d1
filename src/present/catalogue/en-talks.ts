// The English catalogue's words for what is said at the table: the delegations' replies, what a
// message carries, the narrator's notices, the game's own news, and why a game ended. Names
// (sides, issues, options) arrive resolved; part of `en` (catalogue/en.ts).
import type { Formatters } from '../intl.ts';
import { cap } from './en-forms.ts';

type Level = 'h' | 'm' | 'l';
// The delegation is the subject: an issue's name may be plural ("the terms", say), a delegation is one.
// A high level is one of several issues that weigh most, not the first of them: "a great deal", not "most".
const LEVEL: Record<Level, string> = { h: 'cares a great deal about', m: 'cares about', l: 'cares less about' };

export const talks = {
  /** What kind of evidence a source is: its badge, and one sentence on how to read it. */
  sourceKinds: {
    news: { label: 'news report', note: 'A news report: what journalists reported at the time, not settled history.' },
    memoir: { label: 'participant’s memoir', note: 'A participant’s own account of events: partisan; other participants may remember it differently.' },
    official: { label: 'official record', note: 'An official record or a government’s statement: what an office recorded or said.' },
    treaty: { label: 'treaty text', note: 'The text of a treaty or agreement.' },
    book: { label: 'book', note: 'A book or a scholarly work.' },
    reference: { label: 'reference work', note: 'A reference work, such as an encyclopaedia or a dictionary.' },
    analysis: { label: 'analysis', note: 'Analysis by a think tank, a scholar or an expert.' },
  },
  /** A badge with "reported" added: "participant’s memoir, reported". */
  reportedBadge: (label: string) => `${label}, reported`,
  /** How a line is marked beside it. */
  marks: { reported: 'reported quote', student: 'written by a student', simulated: 'simulated' },
  /** A real quote, marked by what its source is (a memoir is one participant's account). */
  quoteMarks: {
    news: 'reported quote',
    memoir: 'quote from a memoir',
    official: 'quote from the official record',
    treaty: 'quote from the treaty text',
    book: 'quote from a book',
    reference: 'quote from a reference work',
    analysis: 'quote from an analysis',
  },
  /** A report that names no source. */
  reportedPlain: 'reported',
  replies: {
    priority: (p: { side: string; issue: string; level: Level }) => `${cap(p.side)} ${LEVEL[p.level]} ${p.issue}.`,
    position: (p: { side: string; f: Formatters; issues: string[] }) => `${cap(p.side)} states its position on ${p.f.list(p.issues)}.`,
    conceded: (p: { side: string; issue: string; from: string; to: string }) => `${cap(p.side)} moves on ${p.issue}: from “${p.from}” to “${p.to}”.`,
    exhausted: (p: { side: string; issue: string }) => `${cap(p.side)} has nothing further to give on ${p.issue}.`,
    redLine: (p: { side: string; issue: string }) => `${cap(p.side)} will not take the next step on ${p.issue}: a red line.`,
    tooSoon: (p: { side: string; issue: string }) => `${cap(p.side)} cannot go that far on ${p.issue}: it would fall below what it can accept at home.`,
    noReciprocity: (p: { side: string; other: string; issue: string; many?: boolean }) => `${cap(p.side)} will not move on ${p.issue} yet: it asks what ${p.other} ${p.many ? 'have' : 'has'} given in return.`,
    pastTheirs: (p: { side: string; other: string; issue: string }) => `${cap(p.side)} already stands where ${p.other} does on ${p.issue}: there is nothing to close.`,
    /** More than two delegations: a step may not pass the nearest delegation ahead, nor go where none stands. */
    pastNearest: (p: { side: string; issue: string }) => `${cap(p.side)} sees nothing to close on ${p.issue}: one more step would pass the nearest delegation’s position, or go where no delegation asks it to.`,
    accepted: (p: { side: string; version: number }) => `${cap(p.side)} accepts draft ${p.version}.`,
    criticised: (p: { side: string; version: number; f: Formatters; items: string[]; need: string | null }) =>
      `${cap(p.side)} turns draft ${p.version} down${p.items.length ? `, objecting to ${p.f.list(p.items)}` : ''}${p.need ? `; it needs more on ${p.need}` : ''}.`,
    tiedHands: (side: string) => `${cap(side)} points to its hardliners at home: it cannot sell less.`,
    trade: (p: { side: string; other: string; give: string; want: string }) => `${cap(p.side)} offers a trade: it would move on ${p.give} if ${p.other} moves on ${p.want}.`,
    condition: (p: { side: string; version: number; want: string }) => `${cap(p.side)} could accept draft ${p.version} if ${p.want} were written in.`,
    tradeAccepted: (p: { side: string; trade: string }) => `${cap(p.side)} takes the trade (${p.trade}).`,
    tradeDeclined: (p: { side: string; trade: string }) => `${cap(p.side)} turns the trade down (${p.trade}).`,
  },
  /** One side of a trade: "the stockpile (to “…”)". */
  tradeItem: (p: { issue: string; option: string }) => `${p.issue} (to “${p.option}”)`,
  /** A scenario line's {issue} and {option} when the line names none. */
  placeholders: { issue: 'this point', option: 'that' },
  /** An issue whose name is also a delegation's, in running text. */
  issueNamedAsParty: (phrase: string) => `the question of ${phrase}`,
  /** A whole trade, in short. */
  tradeShort: (p: { from: string; give: string; other: string; want: string }) => `${p.from} on ${p.give}, ${p.other} on ${p.want}`,

  /** What a message carries, item by item (joined into one sentence). */
  message: {
    moved: (p: { issue: string; option: string }) => `it moved on ${p.issue} to “${p.option}”`,
    stated: (p: { issue: string; option: string }) => `its position on ${p.issue} is “${p.option}”`,
    accepted: (version: number) => `it accepted draft ${version}`,
    criticised: (p: { version: number; f: Formatters; items: string[]; need: string | null }) => `it objected to draft ${p.version}${p.items.length ? ` on ${p.f.list(p.items)}` : ' in parts'}${p.need ? ` and needs more on ${p.need}` : ''}`,
    offer: (trade: string) => `it offers a trade: ${trade}`,
    tradeAccepted: (trade: string) => `it took the trade (${trade})`,
    tradeDeclined: (trade: string) => `it turned the trade down (${trade})`,
    tiedHands: 'its hardliners will not accept less',
    words: (text: string) => `it says: “${text}”`,
    /** The whole message: "the side: it moved on …; its position on … ." */
    whole: (p: { side: string; items: string[] }) => `${cap(p.side)}: ${p.items.join('; ')}.`,
    empty: (side: string) => `${cap(side)} has nothing new to say.`,
    /** Who sends a message and to whom, with more than two delegations. */
    fromTo: (p: { from: string; to: string }) => `${p.from} to ${p.to}`,
  },
  tones: { warm: 'warm', neutral: 'neutral', hostile: 'hostile' },

  notices: {
    paused: 'The teacher has paused the talks. Nothing moves until they resume.',
    resumed: 'The teacher resumes the talks.',
    seat: (p: { seat: string; ai: boolean }) => (p.ai ? `The AI now plays ${p.seat} while the team is away.` : `The team is back: people play ${p.seat} again.`),
    banked: (version: number) => `Both sides accept draft ${version}: a partial package is banked.`,
    bankedBy: (version: number) => `Every delegation that signs accepts draft ${version}: a partial package is banked.`,
    ratified: (p: { side: string; passed: boolean }) => (p.passed ? `At home, ${p.side}’s leadership approves the deal.` : `At home, ${p.side}’s hardliners reject the deal.`),
  },

  news: {
    discovery: (p: { side: string; mode: string; round: number }) => ({
      headline: `${cap(p.side)} learns a message was ${p.mode}`,
      body: `A message carried in round ${p.round} was not what was said. Trust in the mediator falls.`,
    }),
    extended: (p: { f: Formatters; hours: number }) => ({ headline: 'More time for the talks', body: `The teacher gives the day ${p.f.number(p.hours)} more ${p.f.pluralCategory(p.hours) === 'one' ? 'hour' : 'hours'}.` }),
    incident: { headline: 'An incident raises tension', body: 'An incident raises the pressure.' },
    ratification: (side: string) => ({ headline: `The deal fails at home in ${side}`, body: `${cap(side)}’s hardliners reject the text its delegation accepted.` }),
    agenda: (p: { side: string; wide: boolean }) => ({
      headline: p.wide ? `Critics in ${p.side} attack a text that reaches too far` : `Critics in ${p.side} attack a text that leaves too much out`,
      body: p.wide
        ? `At home, ${p.side}’s hardliners say the wider issues have no place in this deal. Each day the agenda stays as it is, the deal ${p.side} could sell shrinks.`
        : `At home, ${p.side}’s hardliners say a deal that leaves the wider issues to some later day is no deal. Each day the agenda stays as it is, the deal ${p.side} could sell shrinks.`,
    }),
  },

  reasons: {
    agreed: 'Both delegations accepted a text covering the core issues, and it passed at home.',
    notRatified: (side: string) => `Both delegations accepted a text, but it did not pass at home: ${side}’s hardliners rejected it.`,
    walkout: (side: string) => `${cap(side)} walked out.`,
    discredited: (side: string) => `${cap(side)} no longer trusts the mediator; the talks move elsewhere.`,
    /** `ladder`: the scenario's name for its ladder ("Risk of breakdown"), else the escalation. */
    topRung: (ladder: string | null) => (ladder ? `${cap(ladder)} reached its top rung.` : 'The escalation reached its top rung.'),
    banked: 'The deadline passed with a partial package banked.',
    unobjected: 'No full text, but what one side accepted and the other did not object to is banked as an interim deal.',
    converged: 'No full text, but the points both sides already agree on are banked as an interim deal.',
    /** The same four, where more than two delegations sign. */
    many: {
      agreed: 'Every delegation that had to sign accepted a text covering the core issues, and it passed at home.',
      notRatified: (side: string) => `Every delegation that had to sign accepted a text, but it did not pass at home: ${side}’s hardliners rejected it.`,
      unobjected: 'No full text, but what some accepted and the others did not object to is banked as an interim deal.',
      converged: 'No full text, but the points every delegation that had to sign already agreed on are banked as an interim deal.',
    },
    betterWithout: (side: string) => `The deadline passed; ${side} judged it was better off without the deal.`,
    progress: 'No text yet, but enough progress to schedule another round.',
    noProgress: 'The deadline passed without enough progress; the talks are suspended.',
    unfinished: 'The game was not finished.',
  },
};
