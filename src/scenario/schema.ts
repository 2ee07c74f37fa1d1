// The scenario format: everything a negotiation needs, as data. The model reads only this.
// Messages are written to finish the sentence "path.to.field: ...", so a teacher editing YAML
// reads one line per problem.
import { z } from 'zod';
import { hasControl } from '../lib/index.ts';
import { calendarProblem } from './calendar.ts';
import { SOURCE_KINDS } from './source-kinds.ts';

/** A missing field says so; a wrong one says what it must be. */
const req = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : message);
const unitError = 'must be a number between 0 and 1';
const percentError = 'must be a number between 0 and 100';

export const Id = z
  .string({ error: 'must be an id (text)' })
  .regex(/^[a-z][a-z0-9-]{0,39}$/, { error: 'must be a lower-case id: letters, digits and hyphens, at most 40' });
/**
 * Text shown to players: never empty, only spaces or only invisible characters, and free of control characters (NUL, ESC,
 * BEL…) that could hide in a page or act on a terminal; tabs and line breaks are text.
 */
const textOf = (max: number) =>
  z
    .string({ error: req('must be text') })
    .min(1, { error: 'must not be empty', abort: true })
    .max(max, { error: `is too long (at most ${max} characters)` })
    .refine((s) => s.trim().length > 0, { error: 'must not be only spaces', abort: true })
    // Zero-width spaces and joiners are not spaces to trim(): a text of them alone looks empty.
    .refine((s) => !/^[\s\p{Cf}]*$/u.test(s), { error: 'must not be only invisible characters (such as zero-width spaces)', abort: true })
    .refine((s) => !hasControl(s, '\t\n'), { error: 'must not hold control characters (such as NUL, ESC or BEL)' });
const Text = textOf(4000);
/** A name, title or label: text on one line. */
const Line = Text.refine((s) => !/[\n\t]/.test(s), { error: 'must be on one line (no line breaks or tabs)' });
const Unit = z.number({ error: req(unitError) }).min(0, { error: unitError }).max(1, { error: unitError });
const Percent = z.number({ error: req(percentError) }).min(0, { error: percentError }).max(100, { error: percentError });
const Delta = (limit: number) =>
  z
    .number({ error: req(`must be a number between -${limit} and ${limit}`) })
    .min(-limit, { error: `must be a number between -${limit} and ${limit}` })
    .max(limit, { error: `must be a number between -${limit} and ${limit}` });
const Count = (min: number, max: number) =>
  z
    .number({ error: req(`must be a whole number from ${min} to ${max}`) })
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .min(min, { error: `must be a whole number from ${min} to ${max}` })
    .max(max, { error: `must be a whole number from ${min} to ${max}` });
const Hours = z.number({ error: req('must be a number of hours from 0 to 8') }).min(0, { error: 'must be a number of hours from 0 to 8' }).max(8, { error: 'must be a number of hours from 0 to 8' });
/**
 * The article a name takes in running text ("the" for "the United States"; none for "Iran"): a
 * single word, written in lower case; the game capitalises it at the start of a sentence.
 */
const Article = z
  .string({ error: req('must be an article such as "the"') })
  .regex(/^\p{Ll}{1,12}$/u, { error: 'must be one lower-case word, such as "the" (leave it out when the name takes no article)' });
const IsoDate = z
  .string({ error: req('must be a date (YYYY-MM-DD)') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date (YYYY-MM-DD)', abort: true })
  // The pattern lets through days no calendar has (the 31st of November): the message says why.
  .superRefine((date, ctx) => {
    const problem = calendarProblem(date);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: date });
  });

export const SourceKindSchema = z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(', ')}` });

export const SourceSchema = z.strictObject({
  id: Id,
  title: Line,
  /** What the source is as evidence; a participant's own account is a memoir, whatever its form. */
  kind: SourceKindSchema.default('news').describe("What the source is as evidence: news, memoir (a participant's own account: partisan), official, treaty, book, reference or analysis."),
  /** The page that supports the claim; only a book or a memoir may give a citation instead. */
  url: z
    .string({ error: req('must be an address') })
    .regex(/^(https?:\/\/)?[\w.-]+\.[a-z]{2,}(\/\S*)?$/i, { error: 'must be a web address' })
    .optional()
    .describe('The page that supports the claim (an article, not a home page). Only a book or a memoir may leave it out, with a citation instead.'),
  /** Where a printed work is found: author, title, publisher, year, pages. */
  citation: Text.optional().describe('Where a printed work is found: author, title, publisher, year, pages.'),
  publisher: Line.optional(),
  date: IsoDate.optional(),
  /** What it says is a report, not settled history (news reports, accounts that disagree). */
  reported: z.boolean({ error: req('must be true or false') }).default(false).describe('What it says is a report, not settled history (news reports, accounts that disagree).'),
});

export const OptionSchema = z.strictObject({
  id: Id,
  label: Line,
  summary: Text.optional(),
});

export const IssueSchema = z.strictObject({
  id: Id,
  name: Line,
  description: Text,
  /** Core issues must all be settled for a framework agreement. */
  core: z.boolean({ error: req('must be true or false') }).describe('Core issues must all be settled for a framework agreement.'),
  /** Scope issues are set by agenda proposals, not by editing the draft. */
  scope: z.boolean({ error: req('must be true or false') }).default(false).describe('Scope issues are set by agenda proposals, not by editing the draft.'),
  /** A scale from one end to the other; each delegation's values say which end it prefers, and a concession is one step away from it. */
  options: z.array(OptionSchema).min(2, { error: 'must list at least 2 options' }).max(8, { error: 'must list at most 8 options' }).describe('A scale from one end to the other; each delegation\'s values say which end it prefers, and a concession is one step away from it.'),
  /** How the issue reads inside a sentence ("the water share"); default: the name with a lower-case first letter. */
  phrase: Line.optional(),
  /** Where the draft starts on this issue (left open when omitted). */
  initial: Id.optional().describe('Where the draft starts on this issue (left open when omitted).'),
  /** Scope issues only: the option that is the parallel track (the middle way). Their options run from widest to narrowest. */
  parallel: Id.optional().describe('Scope issues only: the option that is the parallel track (the middle way). Their options run from widest to narrowest.'),
  sources: z.array(Id).default([]),
});

export const MemberSchema = z.strictObject({
  name: Line,
  title: Line,
  role: z.enum(['lead', 'member', 'attending'], { error: 'must be lead, member or attending' }),
  note: Text.optional(),
});


/**
 * A coercive move a delegation may choose between days (Fearon: crisis bargaining as choices):
 * an ultimatum, more ships, proxies, a programme raised. Chosen when the delegation's resolve
 * (its hardliners, its frustration with the talks, the deadline near, against visible progress)
 * reaches `resolve`; it climbs the ladder by `rungs` and has effects, and the side pays an
 * audience cost at home if the talks then end in a deal below what it demanded.
 */
export const CoercionMoveSchema = z.strictObject({
  id: Id,
  name: Line,
  headline: Line,
  body: Text,
  /** coerce: a threat or a show of force; answer: a reply to the other side's coercion (only after it). */
  kind: z.enum(['coerce', 'answer'], { error: 'must be coerce or answer' }).describe("coerce: a threat or a show of force; answer: a reply to the other side's coercion (only after it)."),
  /** Rungs climbed on the escalation ladder (0: a threat that climbs none). */
  rungs: Count(0, 3).describe('Rungs climbed on the escalation ladder (0: a threat that climbs none).'),
  /** The resolve (0 to 1) at which the delegation chooses it. */
  resolve: Unit.describe('The resolve (0 to 1) at which the delegation chooses it.'),
  minRung: Count(0, 9).default(0),
  maxRung: Count(0, 9).default(9),
  /** At most this many times a game. */
  uses: Count(1, 9).default(1).describe('At most this many times a game.'),
  /** Hardliners this side gains at home if the talks end without it getting what the move demanded (audience cost). */
  audienceCost: Percent.default(0).describe('Hardliners this side gains at home if the talks end without it getting what the move demanded (audience cost).'),
  effects: z.array(z.lazy(() => EffectSchema)).default([]),
  sources: z.array(Id).default([]),
});

/** One link: while the text has `if.option` on `if.issue`, the side's value of each named option of `then.issue` moves by its delta. */
export const LinkSchema = z.strictObject({
  if: z.strictObject({ issue: Id, option: Id }).describe('The issue and option that, in the text, change the value of another issue.'),
  then: z
    .strictObject({
      issue: Id,
      values: z.record(Id, Delta(1)).describe('Option id to the change in its value (-1 to 1) while `if` holds.'),
    })
    .describe('The issue whose values change, and by how much for each option named.'),
});

export const DelegationSchema = z.strictObject({
  id: Id,
  name: Line,
  shortName: Line,
  /** The article the short name takes in running text ("the" for "the United States"; left out for "Iran"). */
  article: Article.optional().describe('The article the short name takes in running text ("the" for "the United States"; left out for "Iran"). Capitalised at the start of a sentence.'),
  capital: Line,
  members: z.array(MemberSchema).min(1, { error: 'must list at least one member' }),
  /** The side's public case, in its own terms (shown in the briefing). */
  publicCase: z.array(Text).min(1, { error: 'must have at least one paragraph' }).describe('The side\'s public case, in its own terms (shown in the briefing).'),
  /** The opening position, option id per issue: what the side says in public. */
  opening: z.record(Id, Id).describe('The opening position, option id per issue: what the side says in public.'),
  /** Hidden: how much each issue matters; the weights sum to 1. */
  weights: z.record(Id, Unit).describe('Hidden: how much each issue matters; the weights sum to 1.'),
  /** Hidden: the value of each option, 0 (worst) to 1 (best). */
  values: z.record(Id, z.record(Id, Unit)).describe('Hidden: the value of each option, 0 (worst) to 1 (best).'),
  /** Hidden: options the side will never accept. */
  redLines: z.record(Id, z.array(Id)).default({}).describe('Hidden: options the side will never accept.'),
  /** Linked issues: an option on one issue changes what this side's options on another are worth. */
  links: z
    .array(LinkSchema)
    .max(20, { error: 'must list at most 20 links' })
    .optional()
    .describe("Linked issues: while the text has the option `if`, this side's values on the issue `then` change by `values` (each kept within 0 to 1)."),
  reservation: z.strictObject({
    /** Utility of no agreement (the BATNA), 0 to 1. */
    initial: Unit.describe('Utility of no agreement (the BATNA), 0 to 1.'),
    drift: z.strictObject({
      perRound: Delta(0.2),
      /** Added per rung above fromRung at every recess (war makes no-deal better or worse). */
      perRung: Delta(0.2).describe('Added per rung above fromRung at every recess (war makes no-deal better or worse).'),
      fromRung: Count(0, 9),
      /** Added per 10 points of hurt at every recess. */
      perHurt: Delta(0.2).default(0).describe('Added per 10 points of hurt at every recess.'),
    }),
  }),
  concession: z.strictObject({
    /** Below 1: Boulware (holds out, concedes late). Above 1: conceder. */
    exponent: z.number({ error: req('must be a number between 0.05 and 10') }).min(0.05, { error: 'must be a number between 0.05 and 10' }).max(10, { error: 'must be a number between 0.05 and 10' }).describe('Below 1: Boulware (holds out, concedes late). Above 1: conceder.'),
    /** Utility it aims for at the start. */
    startAspiration: Unit.describe('Utility it aims for at the start.'),
  }),
  hardliners: z.strictObject({
    initial: Percent,
    perRung: Delta(20),
    fromRung: Count(0, 9),
    /** Hardliner gain per 0.1 of utility the side concedes. */
    perConcession: Delta(20).describe('Hardliner gain per 0.1 of utility the side concedes.'),
    /** Extra utility a deal needs to pass at home when hardliners are at 100. */
    ratificationScale: Unit.describe('Extra utility a deal needs to pass at home when hardliners are at 100.'),
    /** Hardliner gain for each day that ends with the text's agenda outside this side's scope tolerance (the win-set shrinks). */
    perDayOutsideScope: Count(0, 30)
      .default(0)
      .describe("Hardliner gain for each day that ends with the text's agenda outside this side's scope tolerance: its critics at home attack the agenda, and the deal it could sell shrinks."),
  }),
  patience: z.strictObject({
    initial: Percent,
    recoveryPerRound: Delta(50),
    /** Agenda scope (0 core issues only to 100 all-encompassing) this side tolerates. */
    scopeTolerance: z.strictObject({ min: Percent, max: Percent }).describe('Agenda scope (0 core issues only to 100 all-encompassing) this side tolerates.'),
  }),
  trust: z.strictObject({ credibility: Percent, closeness: Percent }),
  ripeness: z.strictObject({
    hurt: Percent,
    wayOut: Percent,
    hurtPerRung: Delta(20),
    fromRung: Count(0, 9),
  }),
  /**
   * What the mediator cannot know in advance: each game draws this delegation's true values
   * around the figures above (the published priors), by these spreads. docs/scenarios.md says how.
   */
  uncertainty: z
    .strictObject({
      reservation: z.number({ error: req('must be a number between 0 and 0.3') }).min(0, { error: 'must be a number between 0 and 0.3' }).max(0.3, { error: 'must be a number between 0 and 0.3' }),
      /** A fraction of the exponent: 0.3 draws it within 30% either way. */
      exponent: z.number({ error: req('must be a number between 0 and 0.9') }).min(0, { error: 'must be a number between 0 and 0.9' }).max(0.9, { error: 'must be a number between 0 and 0.9' }).describe('A fraction of the exponent: 0.3 draws it within 30% either way.'),
      /** How far the issue weights vary (log-normal spread): 0.4 often swaps neighbouring priorities. */
      weights: z.number({ error: req('must be a number between 0 and 1.5') }).min(0, { error: 'must be a number between 0 and 1.5' }).max(1.5, { error: 'must be a number between 0 and 1.5' }).default(0).describe('How far the issue weights vary (log-normal spread): 0.4 often swaps neighbouring priorities.'),
      /** How far the values of the options between the best and the worst vary, either way (they stay in order). */
      values: z.number({ error: req('must be a number between 0 and 0.5') }).min(0, { error: 'must be a number between 0 and 0.5' }).max(0.5, { error: 'must be a number between 0 and 0.5' }).default(0).describe('How far the values of the options between the best and the worst vary, either way (they stay in order).'),
      /** The chance that the option next to each red line (one step toward this side) is a red line too, in this game. */
      redLines: Unit.default(0).describe('The chance that the option next to each red line (one step toward this side) is a red line too, in this game.'),
    })
    .default({ reservation: 0, exponent: 0, weights: 0, values: 0, redLines: 0 }),
  /** Coercive moves this delegation may choose between days (crisis bargaining), with their costs. */
  coercion: z.array(z.lazy(() => CoercionMoveSchema)).max(12, { error: 'must list at most 12 moves' }).default([]).describe('Coercive moves this delegation may choose between days (crisis bargaining), with their costs.'),
});

export const GuaranteeSchema = z.strictObject({
  id: Id,
  name: Line,
  description: Text,
  wayOut: Delta(50),
  closeness: Delta(50),
  /** Delegations it is meant for (empty: either). */
  for: z.array(Id).default([]).describe('Delegations it is meant for (empty: either).'),
});

export const MediatorSchema = z.strictObject({
  name: Line,
  title: Line,
  country: Line,
  /** The article the country takes in running text ("the" for "the United States"; left out for "France"). */
  countryArticle: Article.optional().describe('The article the country takes in running text ("the" for "the United States"; left out for "France").'),
  /**
   * How the delegations address the mediator ({mediatorAddress} in the dialogue): a form of address
   * by office, used whether the game shows names or titles. Default: the name (or the title).
   */
  address: Line.optional().describe('How the delegations address the mediator ({mediatorAddress} in the dialogue), by office: "Mr President", "Minister". Used whether the game shows names or titles. Default: the full name when names are shown, the title when titles are.'),
  /** The form of address with a name ("Sayyid Badr"), used only when the game shows names. */
  addressByName: Line.optional().describe('The form of address with a name ("Sayyid Badr"), used instead of address only when the game shows names.'),
  /** Where the draft is written. */
  hallName: Line.describe('Where the draft is written.'),
  /** How the game's own stylised art draws the mediator (no likeness of anyone). */
  figure: z.enum(['robe', 'suit'], { error: 'must be robe or suit' }).default('suit').describe('How the game\'s own stylised art draws the mediator (no likeness of anyone).'),
  guarantees: z.array(GuaranteeSchema).default([]),
  guaranteeBudget: Count(0, 20),
  /**
   * The mediator's own interests (Kydd: a mediator is neutral in manner, not in interest). A
   * message that runs against them is believed the more; one that serves them, the less.
   */
  interests: z
    .strictObject({
      /** How much the mediator wants any agreement (its standing as the channel): 0 to 1. */
      stake: Unit.describe('How much the mediator wants any agreement (its standing as the channel): 0 to 1.'),
      /** How close in interest each delegation believes the mediator is to it, -1 to 1 (by delegation id). */
      leaning: z.record(Id, z.number({ error: req('must be a number between -1 and 1') }).min(-1, { error: 'must be a number between -1 and 1' }).max(1, { error: 'must be a number between -1 and 1' })).default({}).describe('How close in interest each delegation believes the mediator is to it, -1 to 1 (by delegation id).'),
      /** What the briefing says of those interests. */
      text: z.array(Text).default([]).describe('What the briefing says of those interests.'),
      sources: z.array(Id).default([]),
    })
    .default({ stake: 0.5, leaning: {}, text: [], sources: [] })
    .describe("The mediator's own interests: a message that runs against them is believed the more."),
});

export const RungSchema = z.strictObject({ id: Id, name: Line, description: Text });

export const EscalationSchema = z.strictObject({
  rungs: z.array(RungSchema).min(3, { error: 'must list at least 3 rungs' }).max(10, { error: 'must list at most 10 rungs' }),
  start: Count(0, 9),
  /** Odds of an incident at each recess, per rung (same length as rungs). */
  incidentOdds: z.array(Unit).describe('Odds of an incident at each recess, per rung (same length as rungs).'),
  /** Odds of a step down at each recess when progress is full (scaled by progress). */
  deescalationOdds: Unit.describe('Odds of a step down at each recess when progress is full (scaled by progress).'),
  /** How much visible progress damps incident odds (1: full progress removes them). */
  progressDamping: Unit.describe('How much visible progress damps incident odds (1: full progress removes them).'),
  /** The news when tension eases with visible progress (a step down the ladder). */
  deescalation: z
    .strictObject({ headline: Line, body: Text, cause: Line })
    .default({ headline: 'Tension eases', body: 'With visible progress at the table, both sides step back a little.', cause: 'visible progress in the talks' }),
  /** At the deadline, strikes follow when pressure is at least this rung and the striker (strikeBy) is better off without the deal. */
  strikeRung: Count(0, 9).describe('At the deadline, strikes follow when pressure is at least this rung and the striker (strikeBy) is better off without the deal.'),
  /** The delegation (its id) that decides at the deadline whether to strike; the first delegation when left out. */
  strikeBy: Id.optional().describe('The delegation (its id) that decides at the deadline whether to strike; the first delegation when left out.'),
});

export const RoundSchema = z.strictObject({
  date: IsoDate,
  label: Line,
  venue: Line,
  hours: z.number({ error: req('must be a number of hours from 2 to 16') }).min(2, { error: 'must be a number of hours from 2 to 16' }).max(16, { error: 'must be a number of hours from 2 to 16' }),
});

export const MeterTarget = z.enum(['pressure', 'hurt', 'wayOut', 'hardliners', 'patience', 'credibility', 'closeness', 'reservation'], {
  error: 'must be one of pressure, hurt, wayOut, hardliners, patience, credibility, closeness, reservation',
});

export const EffectSchema = z.strictObject({
  meter: MeterTarget,
  /** Which delegation (not for pressure). Omit to apply to both. */
  delegation: Id.optional().describe('Which delegation (not for pressure). Omit to apply to both.'),
  delta: Delta(100),
});

/** When a scripted event fires: every condition given must hold at the end of a day. */
export const EventConditionSchema = z
  .strictObject({
    open: z.array(Id).min(1, { error: 'must name at least one issue' }).max(20).optional().describe('Issues still open in the draft (no option chosen).'),
    rung: Count(0, 9).optional().describe('The pressure has reached at least this rung (0 is the first).'),
    refused: Id.optional().describe('This delegation has turned down a draft it was shown.'),
  })
  .refine((w) => w.open !== undefined || w.rung !== undefined || w.refused !== undefined, { error: 'must give at least one condition: open, rung or refused' });

export const ScriptedEventSchema = z.strictObject({
  id: Id,
  /** Shown in the news after this round (1 = after the first round). */
  afterRound: Count(1, 40).describe('Shown in the news after this round (1 = after the first round).'),
  date: IsoDate,
  headline: Line,
  body: Text,
  sources: z.array(Id).default([]),
  reported: z.boolean({ error: req('must be true or false') }).default(false),
  /** Who or what caused it, named in the ledger. */
  cause: Line.describe('Who or what caused it, named in the ledger.'),
  effects: z.array(EffectSchema).default([]),
  /** A condition: the event fires at the end of the first day from `afterRound` on when it holds, at most once. */
  when: EventConditionSchema.optional().describe('A condition: the event fires at the end of the first day from afterRound on when it holds, at most once (and not at all if it never holds). Without it, the event fires after afterRound.'),
});

export const RandomEventSchema = z.strictObject({
  id: Id,
  headline: Line,
  body: Text,
  cause: Line,
  weight: z.number({ error: req('must be a positive number') }).positive({ error: 'must be a positive number' }).max(1000, { error: 'must be at most 1000' }),
  minRung: Count(0, 9).default(0),
  maxRung: Count(0, 9).default(9),
  /** Incidents are escalations drawn by the incident odds; others are background news. */
  kind: z.enum(['incident', 'background'], { error: 'must be incident or background' }).describe('Incidents are escalations drawn by the incident odds; others are background news.'),
  effects: z.array(EffectSchema).default([]),
});

export const Situation = z.enum([
  'greet', 'position', 'priority', 'concede', 'refuse', 'redLine', 'accept', 'criticise',
  'widenAngry', 'widenPleased', 'narrowAngry', 'narrowPleased', 'parallel', 'relayWarm', 'relayHostile',
  'stalemateHeard', 'stalemateDismissed', 'guarantee', 'walkout', 'deceived', 'recess',
  'offer', 'tradeYes', 'tradeNo', 'tiedHands', 'coerce',
]);
export type Situation = z.infer<typeof Situation>;

export const DialogueLineSchema = z.strictObject({
  situation: Situation,
  delegation: Id,
  /** May use {issue}, {option}, {other}, {mediator}, {mediatorAddress}. Shown as plain text. */
  text: Text.describe('May use {issue}, {option}, {other}, {mediator} (the name or title), {mediatorAddress} (the form of address, where a line speaks to the mediator). Shown as plain text.'),
  /** Invented lines are marked as simulated; real quotes name their source. */
  simulated: z.boolean({ error: req('must be true or false') }).default(true).describe('Invented lines are marked as simulated; real quotes name their source.'),
  source: Id.optional(),
  /** Said only on the first day of talks, or only on a later day (default: any day). */
  days: z.enum(['first', 'later', 'any'], { error: 'must be first, later or any' }).default('any').describe('Said only on the first day of talks, or only on a later day (default: any day).'),
});

export const HistoryEntrySchema = z.strictObject({
  date: IsoDate,
  headline: Line,
  body: Text,
  sources: z.array(Id).default([]),
  reported: z.boolean({ error: req('must be true or false') }).default(true),
});

/** How the real talks ended: the debrief's historical line and the compare against history. */
export const EndingSchema = z.strictObject({
  date: IsoDate,
  headline: Line,
  body: Text,
  sources: z.array(Id).default([]),
  /** What it says is a report, not settled history. */
  reported: z.boolean({ error: req('must be true or false') }).default(false).describe('What it says is a report, not settled history.'),
});

/** The negotiation model's constants for this scenario (docs/scenarios.md; tune with `npx shuttle tune`). */
export const NegotiationSchema = z.strictObject({
  /** The share of the gap between its stated position and its floor that time alone gives up by the deadline. */
  timeSlack: Unit.default(0.75).describe('The share of the gap between its stated position and its floor that time alone gives up by the deadline.'),
  /** What a side must see the other give (utility, in the other's terms as it estimates them) before the deadline presses it. */
  engagement: Unit.default(0.08).describe("What a side must see the other give (utility, in the other's terms as it estimates them) before the deadline presses it."),
  /** What a side will give before it has seen anything in return (utility, 0 to 1). */
  allowance: Unit.default(0.03).describe('What a side will give before it has seen anything in return (utility, 0 to 1).'),
  /** Added to that allowance by full trust in the mediator. */
  trustAllowance: Unit.default(0.03).describe('Added to that allowance by full trust in the mediator.'),
  /** Added by full ripeness (a mutually hurting stalemate with a way out). */
  ripeAllowance: Unit.default(0.08).describe('Added by full ripeness (a mutually hurting stalemate with a way out).'),
  /** Added by the deadline (grows over the talks). */
  timeAllowance: Unit.default(0.03).describe('Added by the deadline (grows over the talks).'),
  /** How much of what it believes the other side gave a side will give back (tit-for-tat). */
  reciprocity: z.number({ error: req('must be a number between 0 and 2') }).min(0, { error: 'must be a number between 0 and 2' }).max(2, { error: 'must be a number between 0 and 2' }).default(1).describe('How much of what it believes the other side gave a side will give back (tit-for-tat).'),
  /** Ripeness (hurt × way out, 0 to 1) below this speeds nothing. */
  ripenessThreshold: Unit.default(0.12).describe('Ripeness (hurt × way out, 0 to 1) below this speeds nothing.'),
  /** How uncertain ratification at home is: a deal this far above the floor passes about three times in four. */
  ratificationNoise: z.number({ error: req('must be a number between 0.001 and 0.5') }).min(0.001, { error: 'must be a number between 0.001 and 0.5' }).max(0.5, { error: 'must be a number between 0.001 and 0.5' }).default(0.03).describe('How uncertain ratification at home is: a deal this far above the floor passes about three times in four.'),
});

export const RulesSchema = z.strictObject({
  /** Credibility with either side below this ends the channel. */
  collapseCredibility: Percent.describe('Credibility with either side below this ends the channel.'),
  /** Visible progress needed at the deadline for "talks continue". */
  continueProgress: Percent.describe('Visible progress needed at the deadline for "talks continue".'),
  /** Core issues a banked partial text must settle to count as an interim deal. */
  interimMinimum: Count(1, 20).describe('Core issues a banked partial text must settle to count as an interim deal.'),
  /** Chance per recess that a distortion of full magnitude is discovered. */
  discoveryPerRound: Unit.describe('Chance per recess that a distortion of full magnitude is discovered.'),
  walkHours: Hours,
  actionHours: z.strictObject({
    listen: Hours,
    relay: Hours,
    present: Hours,
    ask: Hours,
    edit: Hours,
    agenda: Hours,
    paint: Hours,
    guarantee: Hours,
    /** Proposing a trade to a delegation. */
    trade: Hours.default(1).describe('Proposing a trade to a delegation.'),
  }),
  negotiation: NegotiationSchema.default({
    timeSlack: 0.75,
    engagement: 0.08,
    allowance: 0.03,
    trustAllowance: 0.03,
    ripeAllowance: 0.08,
    timeAllowance: 0.03,
    reciprocity: 1,
    ripenessThreshold: 0.12,
    ratificationNoise: 0.03,
  }),
});

/** The scenario's own words for the game's parts, so nothing about one scenario is written into the game. */
export const LabelsSchema = z.strictObject({
  pressure: Line.default('Pressure'),
  scopeNarrow: Line.default('Core issues only'),
  scopeWide: Line.default('Everything on the table'),
  guarantee: Line.default('Offer a guarantee'),
  /** Titles for the six outcomes as this scenario names them. */
  outcomes: z
    .strictObject({ framework: Line, interim: Line, continue: Line, suspended: Line, collapse: Line, strike: Line })
    .default({ framework: 'Framework agreement', interim: 'Interim deal', continue: 'Talks continue', suspended: 'Talks suspended', collapse: 'Channel collapse', strike: 'Breakdown' }),
});

/** The halls the game can draw: a Gulf palace by the sea, a country retreat in the woods, a conference base by an airfield. */
export const VENUES = ['gulf-palace', 'country-retreat', 'conference-base'] as const;
export type Venue = (typeof VENUES)[number];
/** The drawn icons the pressure ladder can wear. */
export const PRESSURE_ICONS = ['warship', 'army', 'aircraft', 'gauge'] as const;
export type PressureIcon = (typeof PRESSURE_ICONS)[number];

/**
 * How the game pictures this case: the hall it draws, the heading of the hall's record of the
 * day, the pressure ladder's icon. Pictures only, never rules: left out of the content hash.
 */
export const SettingSchema = z.strictObject({
  /** Which hall the game draws around the talks. */
  venue: z.enum(VENUES, { error: `must be one of ${VENUES.join(', ')}` }).default('gulf-palace').describe(`Which hall the game draws around the talks: ${VENUES.join(', ')}.`),
  /** The heading of what was said in the hall today (default: the game's words for the venue). */
  recordTitle: Line.optional().describe("The heading of what was said in the hall today (default: the game's words for the venue, such as \"Today in the palace\")."),
  /** The icon beside the pressure ladder's name and its current rung. */
  pressureIcon: z.enum(PRESSURE_ICONS, { error: `must be one of ${PRESSURE_ICONS.join(', ')}` }).default('warship').describe(`The icon beside the pressure ladder's name and its current rung: ${PRESSURE_ICONS.join(', ')}.`),
});
export type Setting = z.output<typeof SettingSchema>;

/** The theory the debrief can name (classroom/theory.ts explains each), for a scenario's notes on it. */
export const TheoryIdSchema = z.enum(['ripeness', 'mediator-roles', 'credibility', 'two-level', 'bargaining-war', 'single-text', 'shuttle'], {
  error: 'must be one of ripeness, mediator-roles, credibility, two-level, bargaining-war, single-text, shuttle',
});
export type TheoryId = z.infer<typeof TheoryIdSchema>;

/** Shorter names are never linked (classroom/glossary.ts): they would match inside too much ordinary text. */
export const MIN_ALIAS_LENGTH = 4;

/** A term of this case for the glossary (`t`), linked wherever the briefing or a delegate uses it. */
export const GlossaryTermSchema = z.strictObject({
  id: Id,
  term: Line,
  /** fact: a fact about the world; theory: a scholar's idea; game: a rule of this game (no source needed). */
  kind: z.enum(['fact', 'theory', 'game'], { error: 'must be fact, theory or game' }).default('fact').describe("fact: a fact about the world; theory: a scholar's idea; game: a rule of this game (no source needed)."),
  definition: Text,
  /** How the game uses it, if it does. */
  inGame: Text.optional().describe('How the game uses it, if it does.'),
  /** Source ids from this file's sources. */
  sources: z.array(Id).default([]).describe("Source ids from this file's sources."),
  /** Other spellings the briefing or dialogue may use (matched case-insensitively, as whole words; 4 letters or more). */
  aliases: z
    .array(textOf(80).refine((x) => !/[\n\t]/.test(x), { error: 'must be on one line (no line breaks or tabs)' }))
    .max(20, { error: 'must list at most 20 aliases' })
    .default([])
    .describe(`Other spellings the briefing or dialogue may use (matched case-insensitively, as whole words; ${MIN_ALIAS_LENGTH} letters or more).`),
});

/** A case-specific paragraph the debrief adds to a theory when that theory fits the game. */
export const TheoryNoteSchema = z.strictObject({
  text: Text,
  sources: z.array(Id).default([]),
});

/** Case-specific text for the debrief: what this real case adds to the general theory. */
export const DebriefNotesSchema = z.strictObject({
  theory: z
    .strictObject({
      ripeness: TheoryNoteSchema.optional(),
      'mediator-roles': TheoryNoteSchema.optional(),
      credibility: TheoryNoteSchema.optional(),
      'two-level': TheoryNoteSchema.optional(),
      'bargaining-war': TheoryNoteSchema.optional(),
      'single-text': TheoryNoteSchema.optional(),
      shuttle: TheoryNoteSchema.optional(),
    } satisfies Record<TheoryId, unknown>)
    .default({})
    .describe('By theory id: a paragraph about this case, added when the theory fits the game.'),
});

export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  title: Line,
  subtitle: Line.optional(),
  place: Line,
  summary: Text,
  /** Format version of this file. */
  formatVersion: z.literal(1, { error: 'must be 1' }).describe('Format version of this file.'),
  mediator: MediatorSchema,
  /** Two to four delegations, each in its own room. With two, the first is shown on the left, the second on the right. */
  delegations: z.array(DelegationSchema).min(2, { error: 'must list 2 to 4 delegations' }).max(4, { error: 'must list 2 to 4 delegations' }).describe('Two to four delegations, each in its own room. With two, the first is shown on the left, the second on the right. With more, the third and fourth doors are in the hall’s back wall.'),
  /** The delegations whose yes makes an agreement, by id (every delegation when left out). */
  signers: z
    .array(Id)
    .min(2, { error: 'must name at least 2 delegations' })
    .optional()
    .describe('The delegations whose yes makes an agreement, by id (every delegation when left out). The others still negotiate, trade, coerce and may walk out, but an agreement does not wait for them, and they do not ratify it.'),
  issues: z.array(IssueSchema).min(1, { error: 'must list at least one issue' }).max(16, { error: 'must list at most 16 issues' }),
  escalation: EscalationSchema,
  rounds: z.array(RoundSchema).min(1, { error: 'must list at least one round' }).max(40, { error: 'must list at most 40 rounds' }),
  rules: RulesSchema,
  events: z.array(ScriptedEventSchema).default([]),
  randomEvents: z.array(RandomEventSchema).default([]),
  dialogue: z.array(DialogueLineSchema).default([]),
  history: z.array(HistoryEntrySchema).default([]),
  sources: z.array(SourceSchema).default([]),
  labels: LabelsSchema.default({
    pressure: 'Pressure',
    scopeNarrow: 'Core issues only',
    scopeWide: 'Everything on the table',
    guarantee: 'Offer a guarantee',
    outcomes: { framework: 'Framework agreement', interim: 'Interim deal', continue: 'Talks continue', suspended: 'Talks suspended', collapse: 'Channel collapse', strike: 'Breakdown' },
  }),
  /** How the game pictures the case (a Gulf palace with a warship when left out). */
  setting: SettingSchema.default({ venue: 'gulf-palace', pressureIcon: 'warship' }).describe('How the game pictures the case: the hall it draws, the heading of the hall\'s record, the pressure ladder\'s icon.'),
  // Optional without a default, so a file that leaves them out keeps its content hash (and its saves).
  /** This case's terms, added to the general glossary for games on this scenario. */
  glossary: z.array(GlossaryTermSchema).max(200, { error: 'must list at most 200 terms' }).optional().describe("This case's terms, added to the general glossary for games on this scenario."),
  /** Case-specific text for the debrief. */
  debrief: DebriefNotesSchema.optional().describe('Case-specific text for the debrief.'),
  /** How the real talks ended (default: the last history entry). */
  ending: EndingSchema.optional().describe('How the real talks ended: the debrief\'s historical line and the compare against history (default: the last history entry).'),
});

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Delegation = Scenario['delegations'][number];
export type Issue = Scenario['issues'][number];
export type Effect = z.output<typeof EffectSchema>;
export type ScriptedEvent = Scenario['events'][number];
export type RandomEvent = Scenario['randomEvents'][number];
export type Ending = z.output<typeof EndingSchema>;
export type Guarantee = Scenario['mediator']['guarantees'][number];
export type MeterTarget = z.infer<typeof MeterTarget>;
export type CoercionMove = z.output<typeof CoercionMoveSchema>;
