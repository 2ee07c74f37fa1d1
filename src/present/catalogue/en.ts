// The English catalogue: the words of the game's moves, quantities, outcomes and causes. Names
// (sides, issues, options, places) arrive already resolved from the scenario; numbers, dates,
// plurals and lists come through the formatters, so another language is another catalogue of
// the same shape (see catalogue/index.ts), not a change to the code that uses it.
import type { Formatters } from '../intl.ts';
import { cap, counted, midSentence, num } from './en-forms.ts';
import { fmt } from './formatters.ts';
import { talks } from './en-talks.ts';
import { ui } from './en-ui.ts';

type Plural = (f: Formatters, n: number) => string;
const hours: Plural = (f, n) => `${f.number(n, 2)} ${f.pluralCategory(n) === 'one' ? 'hour' : 'hours'}`;
const items: Plural = (f, n) => `${f.number(n)} ${f.pluralCategory(n) === 'one' ? 'item' : 'items'}`;

/** Who did a move, as the past form names them: the player ("you") or, in comparisons, "the mediator". */
export type Person = 'you' | 'mediator';
const SUBJECT: Record<Person, string> = { you: 'you', mediator: 'the mediator' };

export const en = {
  /** The screens' and pages' own words. */
  ui,
  /** What is said at the table: replies, messages, notices, the game's news, why a game ended. */
  talks,

  /** The first letter of a sentence (English: upper case). */
  sentence: (text: string) => text.charAt(0).toUpperCase() + text.slice(1),
  subject: (person: Person) => SUBJECT[person],

  places: {
    room: (side: string) => `${cap(side)}’s room`,
  },
  /** Who speaks in the transcript, besides the delegations. */
  speakers: { mediator: 'You', news: 'News' },
  /** A delegation's word sent from its own room (at the day's end), not said in the room where it is filed. */
  byMessage: (speaker: string) => `${speaker}, by message`,
  /** "Round 2 of 5, 10 Feb 2026". */
  roundOf: (p: { round: number; of: number; date: string }) => `Round ${num(p.round)} of ${num(p.of)}, ${p.date}`,
  /** "Played by people: the A and the B." (delegations' names as the scenario gives them). */
  playedBy: (names: readonly string[]) => `Played by ${counted(names.length, { one: 'a person', other: 'people' })}: ${fmt().list(names.map((n) => `the ${n}`))}.`,

  relayModes: {
    faithful: { name: 'As it was given', hint: 'Carry it word for word. Honest, and builds trust.', adverb: 'faithfully' },
    softened: { name: 'Softened', hint: 'Make it sound warmer than it was. Helps now; may be found out.', adverb: 'softened' },
    sharpened: { name: 'Sharpened', hint: 'Say they are ready to leave. Raises the pressure; may be found out.', adverb: 'sharpened' },
    withheld: { name: 'Withheld', hint: 'Keep it to yourself. The sender may learn of it.', adverb: 'withheld' },
  },

  agendaMoves: {
    widen: { name: 'Widen the agenda', hint: 'Bring the wider issues into the deal.' },
    narrow: { name: 'Narrow the agenda', hint: 'Keep the deal to the core file.' },
    parallel: { name: 'A parallel track', hint: 'The wider issues go to separate talks: the middle way.' },
  },

  /**
   * Every move and event in four forms: imperative (menus, the what-if explorer, the command
   * line), past (the ledger, the debrief, comparisons; `who` is already the subject's words),
   * short (timelines and charts) and gist (a cause when only the kind of move is known).
   */
  moves: {
    BEGIN: { imperative: () => 'Begin the talks', past: () => 'the talks opened', short: () => 'The talks open', gist: () => 'the talks opened' },
    WALK: {
      imperative: (p: { place: string }) => `Walk to ${p.place}`,
      past: (p: { who: string; place: string }) => `${p.who} walked to ${p.place}`,
      short: (p: { place: string }) => `Walk to ${p.place}`,
      gist: (who: string) => `${who} walked through the hall`,
    },
    LISTEN: {
      imperative: (p: { side: string | null }) => (p.side ? `Listen to ${p.side}` : 'Listen'),
      past: (p: { who: string; side: string | null }) => `${p.who} listened${p.side ? ` to ${p.side}` : ''}`,
      short: (p: { side: string | null }) => (p.side ? `Listen to ${p.side}` : 'Listen'),
      gist: (who: string) => `${who} listened`,
    },
    RELAY: {
      imperative: (p: { from: string; mode: 'faithful' | 'softened' | 'sharpened' | 'withheld' }) =>
        p.mode === 'withheld' ? `Withhold ${p.from}’s message` : p.mode === 'faithful' ? `Carry ${p.from}’s message as it was given` : `Carry ${p.from}’s message, ${p.mode}`,
      /** `from` null: whose message is not known (a record with more than two delegations that does not say). */
      past: (p: { who: string; from: string | null; to: string | null; mode: 'faithful' | 'softened' | 'sharpened' | 'withheld' }) =>
        p.mode === 'withheld'
          ? `${p.who} withheld ${p.from ? `${p.from}’s message` : 'a message'}${p.to ? ` from ${p.to}` : ''}`
          : `${p.who} carried ${p.from ? `${p.from}’s message` : 'a message'}${p.to ? ` to ${p.to}` : ''}${p.mode === 'faithful' ? ' faithfully' : `, ${p.mode}`}`,
      short: (p: { mode: 'faithful' | 'softened' | 'sharpened' | 'withheld' }) => (p.mode === 'withheld' ? 'Withhold the message' : `Carry the message (${p.mode === 'faithful' ? 'as given' : p.mode})`),
      gist: (who: string) => `${who} carried a message`,
    },
    PRESENT_DRAFT: {
      imperative: (p: { version: number }) => `Present draft ${p.version}`,
      past: (p: { who: string; version: number; side: string | null }) => `${p.who} presented draft ${p.version}${p.side ? ` to ${p.side}` : ''}`,
      short: (p: { version: number }) => `Present draft ${p.version}`,
      gist: (who: string) => `${who} presented the draft`,
    },
    ASK_CONCESSION: {
      imperative: (p: { issue: string }) => `Ask for a concession on ${p.issue}`,
      past: (p: { who: string; side: string | null; issue: string }) => `${p.who} asked ${p.side ?? 'a delegation'} for a concession on ${p.issue}`,
      short: (p: { issueName: string }) => `Ask a concession: ${p.issueName}`,
      gist: (who: string) => `${who} asked for a concession`,
    },
    EDIT_DRAFT: {
      imperative: (p: { changes: string }) => `Work on the draft: ${p.changes}`,
      past: (p: { who: string; changes: string }) => `${p.who} revised the draft (${p.changes})`,
      short: (p: { f: Formatters; count: number }) => `Revise the draft (${items(p.f, p.count)})`,
      gist: (who: string) => `${who} revised the draft`,
    },
    PROPOSE_AGENDA: {
      imperative: (p: { move: 'widen' | 'narrow' | 'parallel' }) => (p.move === 'parallel' ? 'Put the wider issues on a parallel track' : `${p.move === 'widen' ? 'Widen' : 'Narrow'} the agenda`),
      past: (p: { who: string; side: string | null; move: 'widen' | 'narrow' | 'parallel' }) =>
        p.move === 'parallel' ? `${p.who} proposed${p.side ? ` to ${p.side}` : ''} a parallel track for the wider issues` : `${p.who} proposed${p.side ? ` to ${p.side}` : ''} to ${p.move} the agenda`,
      short: (p: { move: 'widen' | 'narrow' | 'parallel' }) => `Agenda: ${p.move === 'parallel' ? 'a parallel track' : p.move}`,
      gist: (who: string) => `${who} proposed a change to the agenda`,
    },
    PROPOSE_TRADE: {
      imperative: (p: { give: string; get: string; other: string }) => `Propose a trade: they move on ${p.give}, ${p.other} on ${p.get}`,
      past: (p: { who: string; side: string | null; give: string; get: string; other: string }) => `${p.who} proposed a trade to ${p.side ?? 'a delegation'}: it moves on ${p.give}, ${p.other} on ${p.get}`,
      short: (p: { give: string; get: string }) => `Trade: ${p.give} for ${p.get}`,
      gist: (who: string) => `${who} proposed a trade`,
    },
    PAINT_STALEMATE: {
      imperative: () => 'Paint the stalemate',
      past: (p: { who: string; side: string | null }) => `${p.who} painted the stalemate${p.side ? ` to ${p.side}` : ''}`,
      short: () => 'Paint the stalemate',
      gist: (who: string) => `${who} painted the stalemate`,
    },
    OFFER_GUARANTEE: {
      imperative: (p: { guarantee: string }) => `Offer a guarantee: ${p.guarantee}`,
      past: (p: { who: string; side: string | null; guarantee: string }) => `${p.who} offered ${p.side ?? 'a delegation'} a guarantee (${p.guarantee})`,
      short: (p: { guarantee: string }) => `Offer: ${p.guarantee}`,
      gist: (who: string) => `${who} offered a guarantee`,
    },
    RECESS: {
      imperative: () => 'End the day: call a recess',
      past: (p: { who: string; round: number }) => `${p.who} called a recess, ending round ${p.round}`,
      short: () => 'Recess',
      gist: () => 'the recess',
    },
    ANSWER: {
      imperative: (p: { side: string; accept: boolean }) => `${cap(p.side)} answers ${p.accept ? 'yes' : 'no'}`,
      // What was answered: a yes to a draft is not a yes to "where do you stand?".
      past: (p: { side: string; accept: boolean; kind: 'draft' | 'concession' | 'listen' | 'trade' }) =>
        `${cap(p.side)} ${
          p.kind === 'listen'
            ? 'said where it stands'
            : p.kind === 'concession'
              ? p.accept
                ? 'agreed to move'
                : 'declined to move'
              : p.kind === 'trade'
                ? p.accept
                  ? 'took the trade'
                  : 'turned the trade down'
                : `answered ${p.accept ? 'yes' : 'no'} to the draft`
        }`,
      short: (p: { side: string; accept: boolean }) => `${cap(p.side)} answers: ${p.accept ? 'yes' : 'no'}`,
      gist: () => 'a delegation answered',
    },
    SPEAK: {
      imperative: (p: { side: string }) => `${cap(p.side)} takes the floor`,
      past: (p: { side: string }) => `${cap(p.side)} took the floor`,
      short: (p: { side: string }) => `${cap(p.side)} takes the floor`,
      gist: () => 'a delegation took the floor',
    },
    CONTINUE: { imperative: () => 'Go on to the next day of talks', past: () => 'the next day of talks began', short: () => 'The next day', gist: () => 'a new day of talks' },
    TEACHER_PAUSE: { imperative: () => 'Pause the talks', past: () => 'the teacher paused the talks', short: () => 'The teacher pauses the talks', gist: () => 'the teacher paused the talks' },
    TEACHER_RESUME: { imperative: () => 'Resume the talks', past: () => 'the teacher resumed the talks', short: () => 'The teacher resumes the talks', gist: () => 'the teacher resumed the talks' },
    TEACHER_INJECT: {
      imperative: (p: { headline: string | null }) => (p.headline ? `Bring forward “${p.headline}”` : 'Bring an event forward'),
      past: (p: { headline: string | null }) => (p.headline ? `the teacher brought forward “${p.headline}”` : 'the teacher brought an event forward'),
      short: (p: { headline: string | null }) => (p.headline ? `The teacher brings forward “${p.headline}”` : 'The teacher brings an event forward'),
      gist: () => 'the teacher brought an event forward',
    },
    TEACHER_EXTEND: {
      imperative: (p: { f: Formatters; hours: number }) => `Give the day ${hours(p.f, p.hours)} more`,
      past: (p: { f: Formatters; hours: number }) => `the teacher gave the day ${hours(p.f, p.hours)} more`,
      short: (p: { f: Formatters; hours: number }) => `The teacher adds ${hours(p.f, p.hours)}`,
      gist: () => 'the teacher gave the day more hours',
    },
    TEACHER_SEAT: {
      imperative: (p: { seat: string; ai: boolean }) => (p.ai ? `Hand ${p.seat} to the AI` : `Give ${p.seat} back to the people`),
      past: (p: { seat: string; ai: boolean }) => (p.ai ? `the teacher handed ${p.seat} to the AI` : `the teacher gave ${p.seat} back to the people`),
      short: (p: { seat: string; ai: boolean }) => (p.ai ? `The AI takes over ${p.seat}` : `People take ${p.seat} back`),
      gist: () => 'the teacher handed a seat over',
    },
  },

  /** The first point of a line's timeline, before any move. */
  timelineStart: 'The start',
  timelineEnd: 'The end of the talks',

  /** One draft item in a revision: "Water share: Half each", or "leave Water share open". */
  // The option quoted: option texts may hold their own ";" (a right of return; a property commission).
  draftChange: (p: { issue: string; option: string | null }) => (p.option === null ? `leave ${midSentence(p.issue)} open` : `${p.issue}: “${p.option}”`),
  draftChanges: (changes: readonly string[]) => changes.join('; '),
  /** An item the text leaves open, where an option would stand. */
  leftOpen: 'Left open',

  /** One name for every quantity, on every screen, page and report. */
  meters: {
    scope: 'Agenda scope',
    pressure: 'Pressure',
    progress: 'Progress',
    patience: 'Patience',
    credibility: 'Trust in the mediator',
    closeness: 'Closeness',
    concession: 'Concessions',
    hurt: 'Hurt',
    wayOut: 'Way out',
    hardliners: 'Hardliners',
    reservation: 'Fallback (value of no deal)',
    hours: 'Hours left today',
    paused: 'Paused by the teacher',
    ai: 'Played by the AI',
  },
  /** One change in the ledger's tooltip and the live region. */
  changeLine: (p: { delta: string; cause: string; round: number }) => `${p.delta}: ${p.cause} (round ${p.round})`,
  /** A side's meter: "Patience: Southland". */
  sideMeter: (meter: string, side: string) => `${meter}: ${side}`,
  hours,

  outcomes: {
    framework: 'Framework agreement',
    interim: 'Interim deal',
    continue: 'Talks continue',
    suspended: 'Talks suspended',
    collapse: 'Channel collapse',
    strike: 'Breakdown',
  },
  /** A game not played to its end. */
  unfinished: 'Unfinished',

  /** Who did something, as the ledger and the news name them (model/types.ts: Actor). */
  actors: {
    mediator: 'the mediator',
    teacher: 'the teacher',
    hardliners: 'the hardliners at home',
    time: 'the passage of time',
    rest: 'a night’s rest',
    discovery: 'the mediator (a distorted message came to light)',
    chance: 'chance',
    /** The person playing a delegation. */
    person: (side: string) => `${cap(side)} (a person)`,
    /** The AI covering for the person who plays a delegation (a seat handed over). */
    ai: (side: string) => `${cap(side)} (the AI)`,
    /** The pressure's weight at a rung: "war at rung 3 (Strikes)". */
    pressure: (p: { pressure: string; rung: number; name: string | null }) => `${p.pressure.toLowerCase()} at rung ${num(p.rung)} (${p.name ?? num(p.rung)})`,
  },

  /** What made a meter move, when it was not the mediator's move. */
  causes: {
    event: (p: { headline: string; actor: string }) => `“${p.headline}” (${p.actor})`,
    incident: (p: { headline: string; actor: string }) => `Incident: “${p.headline}” (${p.actor})`,
    /** A delegation's own coercive move (crisis bargaining as a choice). */
    coerced: (p: { side: string; move: string }) => `${p.side} chose to coerce: “${p.move}”`,
    discovered: (p: { side: string | null; mode: string }) => `${p.side ?? 'A delegation'} discovered that a message had been ${p.mode}`,
    pressure: (actor: string) => `the weight of ${actor}`,
    drift: 'time passing: the fallbacks drift',
    agendaAtHome: 'critics at home attacking the agenda',
    rest: 'a night’s rest',
    eased: 'tension eased with visible progress',
    answered: (actor: string) => `${actor} answered the mediator`,
    spoke: (actor: string) => `${actor} took the floor`,
    other: (p: { rule: string; actor: string }) => `${p.rule} (${p.actor})`,
    /** How a move the mediator made turned out, when the record knows it. */
    accepted: (p: { side: string; version: number | null }) => `${p.side} accepted ${p.version ? `draft ${p.version}` : 'the draft'}`,
    criticised: (p: { side: string; version: number | null }) => `${p.side} criticised ${p.version ? `draft ${p.version}` : 'the draft'}`,
    conceded: (p: { side: string; who: string }) => `${p.side} made a concession when ${p.who} asked`,
    notReady: (side: string) => `${side} refused a concession: not ready yet`,
    refused: (side: string) => `${side} refused a concession`,
    wrote: (p: { who: string; version: number }) => `${p.who} wrote draft ${p.version}`,
    dismissed: (p: { who: string; side: string }) => `${p.who} painted the stalemate to ${p.side}; it was dismissed`,
  },
};
