// The English words of the questions for discussion, each asked only when the game's record
// shows what it asks about, with the facts that prompted it (src/classroom/questions.ts).
import { fmt } from './formatters.ts';
import { cap, count, num, worth100 } from './en-forms.ts';

const times = (n: number) => count(n, { one: 'time', other: 'times' });

export const questions = {
  honestyFound: (p: { side: string; round: number; mode: string }) =>
    `${cap(p.side)} found out that a message you carried in round ${num(p.round)} was ${p.mode}. Was what the distortion bought worth the credibility it cost? Is a mediator ever right to shade the truth to keep talks alive?`,
  honestyFoundFact: (p: { side: string; mode: string; round: number }) => `${cap(p.side)} discovered a ${p.mode} message from round ${num(p.round)}.`,
  honestyHidden: (p: { n: number; modes: readonly string[] }) =>
    `You distorted ${count(p.n, { one: 'message', other: 'messages' })} (${p.modes.join(', ')}) and were never caught. Would the sides stand by the result if they knew? Is effectiveness a defence for a mediator's dishonesty?`,
  honestyHiddenFact: (n: number) => `${count(n, { one: 'distorted message', other: 'distorted messages' })}, none discovered.`,
  /** `outcome` is the scenario's own name for the worst end ("Military strikes", "The summit breaks down"). */
  war: (outcome: string) => `The talks ended at the top of the ladder (“${outcome}”). What information was missing, or which promise could not be trusted, and what could a mediator have done about it: revealed, verified or guaranteed?`,
  range: (p: { worth: number; side: string; fallback: number }) =>
    `At the end the text on the table was worth ${worth100(p.worth)} to ${p.side}, against a fallback of ${worth100(p.fallback)}: ${p.side} was better off without a deal. Was there still a bargaining range, and what would have widened it?`,
  /** One value per delegation, in order. */
  rangeNash: (nash: readonly number[]) => `The Nash point was worth ${nash.map(worth100).join(' / ')}: a range existed.`,
  rangeClosed: (sides = 2) => `No text beat ${sides > 2 ? 'every fallback' : 'both fallbacks'}: the range had closed.`,
  trust: (reason: string) => `${reason} What could have rebuilt trust before it ran out, and who could take the channel over now?`,
  trustFact: (p: { side: string; from: number; to: number }) => `${cap(p.side)}'s credibility: ${num(p.from, 2)} → ${num(p.to, 2)}.`,
  walkout: (side: string) => `${cap(side)} walked out. Which moves used up its patience, and what warning signs were there to read?`,
  walkoutFact: (p: { moves: number; side: string; worst: { cause: string; from: number; to: number } | null }) =>
    `${count(p.moves, { one: 'move', other: 'moves' })} cost ${p.side} patience${p.worst ? `; the largest: ${p.worst.cause} (${num(p.worst.from)} → ${num(p.worst.to)})` : ''}.`,
  stalled: 'The deadline passed without enough progress and the talks were suspended. What would you have done differently on the first day?',
  lostPatience: (p: { side: string; lost: number }) => `${cap(p.side)} lost ${num(p.lost)} patience over the agenda.`,
  widened: (p: { from: number; to: number }) => `You widened the agenda (scope ${num(p.from)} → ${num(p.to)}). Did bringing the wider issues in help or hurt the deal on the core issues? When is a parallel track the better answer?`,
  widenedFact: (n: number) => `You proposed to widen the agenda ${times(n)}.`,
  parallel: (p: { from: number; to: number }) =>
    `You put the wider issues on a parallel track (scope ${num(p.from)} → ${num(p.to)}). What did each side gain and give up by it, and what keeps a parallel track from becoming a dead end?`,
  parallelFact: (n: number) => `${count(n, { one: 'parallel-track proposal', other: 'parallel-track proposals' })}.`,
  narrowed: (p: { from: number; to: number }) =>
    `You narrowed the agenda towards the core issues (scope ${num(p.from)} → ${num(p.to)}). What did the side that wanted a wider deal give up, and could it sell a narrow deal at home?`,
  narrowedFact: (n: number) => `You proposed to narrow the agenda ${times(n)}.`,
  ripe: (framework: boolean) =>
    `${framework ? 'A framework agreement was reached' : 'An interim deal was banked'}. What made the moment ripe? Which of your moves raised the hurt or opened a way out, and which came from events outside the room?`,
  home: (opening: string) => `${opening} How could a mediator help a negotiator who must sell a deal at home, and can hardliners ever strengthen a negotiator's hand?`,
  homeRose: 'Hardliners at home grew stronger during the talks.',
  homeBlockedBoth: (sides: readonly string[]) => `The final text beat the fallbacks of ${fmt().list(sides)} but not what their hardliners demanded.`,
  homeBlocked: (side: string) => `The final text beat ${side}'s fallback but not what its hardliners demanded.`,
  homeFact: (capital: string) => `The final text was not enough to pass in ${capital}.`,
  drafts: (versions: number) => `The text went through ${count(versions, { one: 'version', other: 'versions' })}. Which criticism changed it most, and did working from one text let a side move without being seen to concede?`,
  draftsFact: (p: { drafts: number; criticisms: number }) => `${count(p.drafts, { one: 'draft', other: 'drafts' })} written, ${count(p.criticisms, { one: 'criticism', other: 'criticisms' })} heard.`,
  turning: 'Which turning point decided this game? Could the mediator have changed it, or only prepared for it?',
  history: 'Set this game beside what was reported: where did your game part from the historical line, and what does that suggest about the real talks?',
  again: 'If you played this game again from the first day, what would you do first, and what would you expect it to change?',
  unfinished: 'The game was not finished.',
};
