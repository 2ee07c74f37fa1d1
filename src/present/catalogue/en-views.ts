// The English words of the headless views (present/views): standing cues, priorities heard,
// the news's kinds, the live region's sentences, the outcomes' stories and the final text's
// analysis. Numbers, plurals and lists come through the locale's formatters.
import { cap, count, num } from './en-forms.ts';
import { fmt } from './formatters.ts';

/** A utility on 0–1, as the outcome's analysis prints it. */
// A worth 0–1 in the outcome's sentences on the scale of its table (0 to 100), to a tenth at most.
const worthAtMostTenth = (x: number) => num(x * 100, 1);
/** Two delegations are "both"; more are "every" one (`sides`: how many delegations). */
const both = (sides: number, two: string, more: string) => (sides > 2 ? more : two);

export const views = {
  cues: { warm: 'Warm', cordial: 'Cordial', cool: 'Cool', cold: 'Cold' },
  moods: { open: 'open', guarded: 'guarded', angry: 'angry' },
  /** Priority cues the mediator heard, in the draft editor. */
  heardPriority: { h: 'matters most', m: 'matters', l: 'matters less', '?': '' },
  /** A delegation's own priorities, in its confidential brief. */
  ownPriority: { high: 'a top priority', medium: 'matters', low: 'matters little' },
  redLine: (p: { issue: string; option: string }) => `${p.issue}: never “${p.option}”`,

  newsKinds: {
    reported: 'Reported',
    scripted: 'Scenario event',
    incident: 'In this game: an incident',
    discovery: 'In this game: found out',
    deescalation: 'In this game: easing',
    game: 'In this game',
  },

  announce: {
    youAreIn: (place: string) => `You are in ${place}.`,
    simulated: ' (simulated)',
    reportedQuote: ' (reported quote)',
    said: (p: { who: string; text: string; mark: string }) => `${p.who}: ${p.text}${p.mark}`,
    moved: (p: { meter: string; delta: string; cause: string }) => `${p.meter} ${p.delta}: ${p.cause}.`,
    moreChanges: (n: number) => `${count(n, { one: 'more change', other: 'more changes' })}.`,
    timePassed: (p: { passed: string; left: string }) => `${p.passed} passed; ${p.left} left today.`,
    dayOver: 'The day is over. The news between rounds follows.',
    talksOver: (reason: string) => `The talks are over. ${reason}`,
  },

  // What the ending means; the reason below it on the outcome screen says how it came (so the two
  // must not say the same: a framework has already passed at home when it is reached).
  outcomeStories: {
    framework: 'A framework agreement: the core issues are settled on paper, and the work of carrying it out begins.',
    interim: 'No full agreement, but both sides accepted a partial package: a first step banked before the deadline.',
    continue: 'The talks go on: another round is scheduled.',
    suspended: 'The talks stopped: a delegation walked out, or the deadline passed with too little progress.',
    collapse: 'A delegation stopped trusting the mediator. This channel is closed; the talks, if any, move elsewhere.',
    strike: 'Diplomacy ran out before a deal: what follows is decided by force, not at the table.',
  },
  textLabels: {
    agreed: 'The agreed text',
    banked: 'The partial package both sides accepted',
    draft: 'The last draft on the table',
  },
  /** With more than two delegations, where the words above say "both". */
  outcomeStoriesMany: {
    framework: 'A framework agreement: the core issues are settled on paper, and the work of carrying it out begins.',
    interim: 'No full agreement, but every side accepted a partial package: a first step banked before the deadline.',
  },
  textLabelsMany: { banked: 'The partial package every side accepted' },

  analysis: {
    agreed: (version: number, sides = 2) => `${both(sides, 'Both sides', 'Every side')} agreed draft ${num(version)}.`,
    notRatified: (version: number, sides = 2) => `${both(sides, 'Both delegations', 'Every delegation')} accepted draft ${num(version)}, but it failed at home; open items count at each side's fallback.`,
    bankedAtDeadline: (reason: string) => `${reason} The items it leaves open count at each side's fallback.`,
    banked: "A partial text was banked: the items it leaves open count at each side's fallback.",
    lastDraft: (version: number) => `No text was agreed: this is the last draft on the table (version ${num(version)}); open items count at each side's fallback.`,
    aboveFallback: (rv: number) => `above its fallback of ${worthAtMostTenth(rv)}`,
    belowFallback: (rv: number) => `below its fallback of ${worthAtMostTenth(rv)}: it was better off without it`,
    atFallback: (rv: number) => `exactly its fallback of ${worthAtMostTenth(rv)}`,
    passesAtHome: 'and enough to pass at home',
    shortAtHome: (floor: number) => `but short of the ${worthAtMostTenth(floor)} its hardliners demanded`,
    worth: (p: { value: number; side: string; fallback: string; home: string | null }) => `The text was worth ${worthAtMostTenth(p.value)} to ${p.side}, ${p.fallback}${p.home ? ` ${p.home}` : ''}.`,
    nashReached: ': the text reached it.',
    /** `less` and `sides`: one each per delegation, in order. */
    nashLeftValue: (p: { less: readonly number[]; sides: readonly string[] }) => `: the text left value on the table, worth ${fmt().list(p.sides.map((side, i) => `${worthAtMostTenth(p.less[i]!)} less to ${side}`))}.`,
    nashLeaned: (side: string) => `; against it, the text leaned towards ${side}.`,
    nash: (p: { values: readonly number[]; sides: readonly string[]; against: string }) =>
      `The Nash bargaining point (the text on the Pareto frontier that maximises the product of ${both(p.sides.length, "both sides'", "every side's")} gains over their fallbacks) was worth ${fmt().list(p.sides.map((side, i) => `${worthAtMostTenth(p.values[i]!)} to ${side}`))}${p.against}`,
    noZone: (sides = 2) => `No text on the Pareto frontier beat ${both(sides, 'both fallbacks', 'every fallback')} at the end: there was no zone of agreement left.`,
    worthTo: (side: string) => `Worth to ${side}`,
    /** The final text against the Pareto frontier of the texts the draft can express. */
    efficient: (sides = 2) => `No other text the draft could express was worth more to ${both(sides, 'both sides', 'every side')}: the text was on the Pareto frontier.`,
    dominated: (p: { values: readonly number[]; sides: readonly string[]; changes: readonly string[] }) =>
      `Another text the draft could express was worth more to ${both(p.sides.length, 'both sides', 'every side')} (${p.sides.map((side, i) => `${worthAtMostTenth(p.values[i]!)} to ${side}`).join(', ')}): for example, one with ${fmt().list(p.changes)}.`,
    change: (p: { issue: string; option: string }) => `${p.issue} at “${p.option}”`,
    betterForBoth: 'Better for both',
    /** The deal at home (Putnam's two-level game): who ratified it, who did not, and why. */
    ratification: {
      passed: (p: { side: string; worth: number; floor: number; margin: number; chance: number }) =>
        `At home, ${p.side}’s leadership approved the deal: it was worth ${worthAtMostTenth(p.worth)} to ${p.side}, ${worthAtMostTenth(p.margin)} above the ${worthAtMostTenth(p.floor)} its hardliners demanded (a deal like it passes ${fmt().percent(p.chance)} of the time).`,
      passedShort: (p: { side: string; worth: number; floor: number; margin: number; chance: number }) =>
        `At home, ${p.side}’s leadership approved the deal although it was worth ${worthAtMostTenth(p.worth)} to ${p.side}, ${worthAtMostTenth(-p.margin)} short of the ${worthAtMostTenth(p.floor)} its hardliners demanded: a deal like it passes only ${fmt().percent(p.chance)} of the time.`,
      failed: (p: { side: string; worth: number; floor: number; margin: number; chance: number; fallback: number; hardliners: number; demand: number }) =>
        `${cap(p.side)}’s hardliners rejected the deal${p.margin < 0 ? '' : ' against the odds'}: it was worth ${worthAtMostTenth(p.worth)} to ${p.side}, ${p.margin < 0 ? `${worthAtMostTenth(-p.margin)} short of` : `${worthAtMostTenth(p.margin)} above`} the ${worthAtMostTenth(p.floor)} they demanded (its fallback ${worthAtMostTenth(p.fallback)} plus ${worthAtMostTenth(p.demand)} for hardliners at ${num(p.hardliners)} of 100); a deal like it passes ${fmt().percent(p.chance)} of the time.`,
      failedOutcome: (side: string, sides = 2) => `${both(sides, 'Both delegations', 'Every delegation')} had accepted the text, but it failed ratification in ${side}, so the talks ended without a deal.`,
      passedOutcome: (sides = 2) => `${both(sides, 'Both delegations accepted the text and both homes', 'Every delegation accepted the text and every home')} ratified it.`,
    },
  },
};
