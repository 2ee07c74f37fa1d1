// The English words of the mediator's own aids in the talks: the notebook of beliefs (what the
// mediator thinks of each delegation from what it heard), the seasoned mediator's advice, the
// mediator's own interests in the briefing, and the pause that keeps the day's last reply on
// screen before the news.
import { cap, count, num } from './en-forms.ts';

/** How sure the notebook is of a claim, from the least to the most. */
export type Sureness = 'guess' | 'unsure' | 'fairly' | 'sure';

/** How much listening has narrowed the notebook from the published priors. */
export type Clarity = 'little' | 'some' | 'much' | 'sharp';

/** The odds the planner gives, as the advisor says them. */
export type Odds = 'nearlyAll' | 'most' | 'half' | 'some';

export const advisor = {
  notebook: {
    tab: 'Your notebook',
    logTab: 'Said today',
    tabs: 'What was said today, and what you believe',
    key: 'Your notebook: what you believe of each delegation',
    intro: 'What you believe of each delegation from what you heard and saw. It is your reading, not what they really think; it sharpens as you listen.',
    side: (name: string) => `${name}, as you read it`,
    caresMost: (p: { side: string; issue: string; sure: string }) => `${cap(p.side)} cares most about ${p.issue}: ${p.sure} that it comes first.`,
    sure: { sure: 'sure', fairly: 'fairly sure', unsure: 'not sure', guess: 'only a guess' } satisfies Record<Sureness, string>,
    // The headline's sureness is that the issue comes first; these say each is among the first three.
    priorities: 'Its likely top three priorities, and how sure you are that each is one of its three',
    priority: (p: { name: string; weight: number; spread: number; sure: string }) => `${p.name}: about ${num(p.weight)} in 100, give or take ${num(p.spread)} (${p.sure})`,
    heard: (answers: number) => (answers === 0 ? 'Nothing heard from it yet: only the public record.' : `Read from ${count(answers, { one: 'answer', other: 'answers' })} it gave you.`),
    clarity: {
      little: 'You have learnt little of it yet: this is mostly what the public record suggests.',
      some: 'What you heard has begun to narrow your picture.',
      much: 'What you heard has narrowed your picture a good deal.',
      sharp: 'What you heard has narrowed your picture sharply.',
    } satisfies Record<Clarity, string>,
    fallback: 'Its fallback: ',
    fallbackText: (p: { mean: number; low: number; high: number }) => `No deal is worth about ${num(p.mean)} in 100 to it, likely between ${num(p.low)} and ${num(p.high)}: a text must give it more.`,
    redLines: 'Red lines heard: ',
    redLine: (p: { issue: string; option: string }) => `${p.issue}: never “${p.option}”`,
    noRedLines: 'None heard yet.',
  },
  advice: {
    button: 'What would a seasoned mediator do?',
    key: 'Ask what a seasoned mediator would do',
    heading: 'A seasoned mediator’s advice',
    thinking: 'Thinking it over…',
    says: (p: { move: string; why: string }) => `${p.move}: ${p.why}.`,
    next: (move: string) => `Next best: ${move}.`,
    /** After advice to carry a message not as it was given: the cost if it is found out. */
    distortionRisk: 'A message carried otherwise than it was given can be found out, and then trust in you falls.',
    weighed: (runnerUp: string) => `played on through the games I can imagine, it does better than “${runnerUp}”`,
    earlier: 'That advice was for an earlier moment of the talks.',
    failed: 'The advisor could not answer just now. Try again.',
    notNow: 'The advisor speaks while the talks are in session and it is your move.',
    odds: {
      nearlyAll: 'in nearly all the games I can imagine',
      most: 'in most of the games I can imagine',
      half: 'in about half the games I can imagine',
      some: 'in some of the games I can imagine',
    } satisfies Record<Odds, string>,
    reasons: {
      phase: 'the talks move on from here',
      carry: {
        faithful: 'a message carried as it was given keeps both sides’ trust',
        softened: 'a softer word keeps this side at the table',
        sharpened: 'a sharper word makes this side take the other seriously',
        withheld: 'this message would do more harm than good today',
      },
      draft: 'the draft should move toward the text most likely to clear both sides’ floors',
      present: (odds: string) => `${odds}, they say yes to it`,
      trade: (odds: string) => `${odds}, both sides take this trade`,
      ask: (odds: string) => `${odds}, they give this step`,
      listen: 'you are not yet sure what matters most to them',
      stalemate: 'they do not yet feel what no deal will cost them, and you can make it felt now',
      guarantee: 'a way out that you stand behind makes a deal easier to accept',
      agenda: 'the agenda strains their patience: the wider issues on a parallel track ease it',
      moveOn: 'little more can be done here now: the other side’s turn',
      /** Leaving the hall: the text stands as it should today, and the work is in the rooms. */
      fromHall: 'the text is as it should be today: the work now is in the rooms',
      recess: 'too few hours are left today for anything that matters',
      /** With more than two delegations, where the words above say "both" or "the other side". */
      many: {
        faithful: 'a message carried as it was given keeps every delegation’s trust',
        draft: 'the draft should move toward the text most likely to clear every delegation’s floor',
        moveOn: 'little more can be done here now: another delegation’s turn',
      },
    },
  },
  interests: {
    heading: 'The mediator’s own interests',
    intro: (country: string) => `A mediator is neutral in manner, not in interest. What ${country} stands to gain or lose, as each side may see it:`,
    believed: 'So each side weighs what you tell it against what you want: a warning from you that runs against your own interest is believed more, and a reassurance that serves it, less.',
    sources: 'Sources for these interests',
  },
  dayOver: {
    heading: 'The day is over',
    over: 'The talks are over',
    replies: 'The answer to your last move',
    text: 'The day’s hours are spent. The night’s news follows.',
    overText: 'How the talks ended follows.',
    next: 'On to the news',
    end: 'See how the talks end',
  },
};
