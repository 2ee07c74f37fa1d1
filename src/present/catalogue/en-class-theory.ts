// The English words of the theory notes: why each concept fits this game, and the facts from
// its record that made it fit (src/classroom/theory.ts). The concepts' names, thinkers and
// sources are reference content (src/classroom/theory-sources.ts).
import { fmt } from './formatters.ts';
import { cap, count, num, worth100 } from './en-forms.ts';

// A meter (0 to 100), to a tenth at most.
const v = (x: number) => num(x, 1);
const times = (n: number) => count(n, { one: 'time', other: 'times' });
const messages = (n: number) => count(n, { one: 'message', other: 'messages' });
const guarantees = (n: number) => count(n, { one: 'guarantee', other: 'guarantees' });
const drafts = (n: number) => count(n, { one: 'draft', other: 'drafts' });
const days = (n: number) => count(n, { one: 'day', other: 'days' });
/** Two delegations are "both"; more are "every" one (`sides`: how many delegations). */
const both = (sides: number, two: string, more: string) => (sides > 2 ? more : two);
/** How many delegations, in words, for "the two delegations". */
const COUNTS: Readonly<Record<number, string>> = { 2: 'two', 3: 'three', 4: 'four' };
const delegations = (n: number) => COUNTS[n] ?? num(n);

export const theory = {
  ripeness: {
    saidYes: (p: { side: string; round: number; hurt: [number, number]; wayOut: [number, number] }) =>
      `Before ${p.side} said yes in round ${num(p.round)}, its hurt had risen ${v(p.hurt[0])} → ${v(p.hurt[1])} and its way out ${v(p.wayOut[0])} → ${v(p.wayOut[1])}.`,
    notReady: (p: { side: string; times: number; low: number }) => `${cap(p.side)} refused to move ${times(p.times)} because it was not ready yet (its ripeness was as low as ${worth100(p.low)} of 100).`,
    painted: (n: number) => `painted the stalemate ${times(n)} where it was believed, raising hurt`,
    offered: (n: number) => `offered ${guarantees(n)}, widening the way out`,
    worked: (work: readonly string[]) => `The mediator worked on ripeness directly: you ${fmt().list(work)}.`,
    /** One entry per delegation, in order. */
    ends: (sides: readonly { side: string; from: number; to: number }[]) =>
      fmt().list(sides.map((x, i) => `${x.side}${i === 0 ? ' went' : ''} from ${worth100(x.from)} to ${worth100(x.to)}`)),
    /** `sides`: how many of the sides that accepted had ripened first. */
    ripenedBeforeYes: (sides: number) => `Here the moment ripened before the yes: both pain and a way out had grown on ${sides === 1 ? 'the side that accepted' : 'each side that accepted'}.`,
    dealWithout: 'Here a deal came even though the record shows little ripening before the yes: the text itself, or the deadline, carried it.',
    oneSided: (sides = 2) =>
      `Here ripeness was one-sided: a side said yes once its pain and its way out had grown, but a settlement needs ${both(sides, 'both sides', 'every side')} ripe at the same time.`,
    /** Every side ripened before a yes of its own, yet no text had every yes at once. */
    notTogether: (sides = 2) =>
      `Here ${both(sides, 'each side', 'every side')} said yes once its pain and its way out had grown, but not to the same text at the same time: a settlement needs ${both(sides, 'both sides', 'every side')} ripe together.`,
    notInTime: 'Here the moment did not ripen in time: a side that is not yet hurting, or sees no way out, holds out for more.',
    why: (p: { story: string; ends: string }) =>
      `Zartman argues that parties settle when they all feel a mutually hurting stalemate and see a way out. In this model a side's ripeness is its hurt times its way out (hurt × way out ÷ 100, on the same 0–100 scale), and a riper side concedes faster. ${p.story} Over the game, ripeness for ${p.ends}.`,
  },
  roles: {
    communicator: (p: { carried: number; faithful: number; distorted: number }) => `Communicator: you carried ${messages(p.carried)} (${num(p.faithful)} faithfully, ${num(p.distorted)} softened, sharpened or withheld).`,
    formulator: (p: { drafts: number; presented: number; agenda: number }) => `Formulator: you wrote ${drafts(p.drafts)}, presented the text ${times(p.presented)} and proposed the agenda ${times(p.agenda)}.`,
    manipulator: (p: { painted: number; guarantees: number; distorted: number }) => `Manipulator: you painted the stalemate ${times(p.painted)}, offered ${guarantees(p.guarantees)} and distorted ${messages(p.distorted)}.`,
    names: { communicator: 'communicator', formulator: 'formulator', manipulator: 'manipulator' },
    notes: {
      communicator: 'A mediator who mostly carries messages adds little the parties could not get by themselves; the text stayed theirs, and so did the stalemate.',
      /** The same lead role in a game that ended in a deal: the stalemate did not stay. */
      communicatorAgreed: 'A mediator who mostly carries messages leaves the text to the parties; here the messages carried were enough for them to close.',
      formulator: 'Formulating gives the mediator the pen: the terms on the table were yours before they were theirs.',
      manipulator: 'A manipulator changes what each side gains or loses by saying no, which moves sides that will not move on the merits, at a price in trust.',
    },
    why: (p: { lead: string; ranked: readonly { role: string; actions: number }[]; note: string }) =>
      `Touval and Zartman describe three roles a mediator plays: communicator, formulator and manipulator. In this game you leaned most on the ${p.lead}'s role (${p.ranked.map((r) => `${r.role} ${num(r.actions)}`).join(', ')} actions). ${p.note}`,
  },
  credibility: {
    foundOut: (p: { side: string; round: number; mode: string }) => `${cap(p.side)} found out that a message carried in round ${num(p.round)} was ${p.mode}.`,
    neverLight: (n: number) => `${count(n, { one: 'distorted message', other: 'distorted messages' })} never came to light.`,
    /** `nearer` and `farther`: the nearest and the farthest of `sides` delegations. */
    closer: (p: { nearer: string; near: number; farther: string; far: number; sides?: number }) =>
      (p.sides ?? 2) > 2
        ? `By the end you were closest to ${p.nearer} (closeness ${v(p.near)}) and farthest from ${p.farther} (${v(p.far)}).`
        : `By the end you were closer to ${p.nearer} (closeness ${v(p.near)}) than to ${p.farther} (${v(p.far)}).`,
    beliefFell: (p: { side: string; from: number; to: number }) => `${cap(p.side)}'s belief in what you told it fell ${v(p.from)} → ${v(p.to)}.`,
    collapsed: 'Here credibility ran out altogether: a side stopped believing the mediator and the channel collapsed.',
    discovered: 'Here a distortion came to light, and the side deceived discounted what you told it from then on.',
    diverged: (sides = 2) =>
      sides > 2
        ? 'Here the mediator ended closer to some sides than to others: advice to the nearer sides would be believed, advice to the others discounted.'
        : 'Here the mediator ended closer to one side than the other: advice to the nearer side would be believed, advice to the other discounted.',
    woreAway: 'Here belief in the mediator wore away over the game.',
    why: (story: string) =>
      `Kydd shows that a mediator's advice is believed when the mediator is seen as close to the side hearing it, and that a mediator caught distorting loses credibility: honest brokering is what makes a mediator's words informative. ${story}`,
  },
  twoLevel: {
    rose: (p: { capital: string; from: number; to: number; side: string; margin: number }) =>
      `Hardliners in ${p.capital} rose ${v(p.from)} → ${v(p.to)}; a deal had to beat ${p.side}'s fallback by ${worth100(p.margin)} to pass at home.`,
    blocked: (p: { value: number; side: string; fallback: number; floor: number }) =>
      `The final text was worth ${worth100(p.value)} to ${p.side}: above its fallback (${worth100(p.fallback)}) but short of what its hardliners demanded (${worth100(p.floor)}).`,
    homeDecided: 'Here the home table decided it: a text good enough to beat no deal was still not good enough to sell at home.',
    homeHarder: 'Here the home table grew harder to satisfy as the game went on, narrowing the deals that could pass.',
    why: (story: string, sides = 2) =>
      `Putnam describes negotiators playing at two tables at once: a deal must please ${both(sides, 'the other side', 'the other delegations')} and also be ratified at home, and strong hardliners shrink the win-set. ${story}`,
  },
  bargainingWar: {
    /** One value each per delegation, in order. */
    nash: (p: { nash: readonly number[]; fallbacks: readonly number[] }) =>
      `A text ${both(p.nash.length, 'both sides', 'every side')} preferred to no deal existed at the end: the Nash point, worth ${p.nash.map(worth100).join(' / ')} against fallbacks of ${p.fallbacks.map(worth100).join(' / ')}.`,
    closed: (sides = 2) => `By the end no text beat ${both(sides, 'both fallbacks', 'every fallback')}: the bargaining range had closed.`,
    private: (p: { heard: readonly number[]; issues: number; sides: readonly string[] }) =>
      `Private information: the fallbacks were hidden, and you had heard ${fmt().list(p.sides.map((side, i) => `${num(p.heard[i]!)} of ${num(p.issues)}${i === 0 ? ' priority cues' : ''} from ${side}`))}.`,
    bluffs: (n: number) => `Incentives to misrepresent: you sharpened ${messages(n)} ("they are ready to leave").`,
    commitment: (p: { n: number; ids: readonly string[] }) => `Commitment: you offered ${guarantees(p.n)} (${p.ids.join(', ')}), a third party standing behind the terms.`,
    // `ending`: the scenario's own name for the talks ended by force ("The summit breaks down" is not a war).
    warDespite: (p: { sides: number; ending: string }) => `Here the talks ended in “${p.ending}” although a bargain ${both(p.sides, 'both', 'every side')} preferred still existed: the puzzle Fearon asks us to explain.`,
    warClosed: (p: { sides: number; ending: string }) => `Here the talks ended in “${p.ending}” once no bargain beat ${both(p.sides, 'both fallbacks', 'every fallback')} any longer: the pressure had closed the range.`,
    climbed: 'Here the ladder climbed while the talks went on, each rung making no deal look better to one side and worse to the other.',
    why: (story: string) =>
      `Fearon's bargaining model asks why states fight when war is costly and a deal both prefer usually exists. His answers: private information with incentives to bluff, and commitment problems. ${story}`,
  },
  singleText: {
    reached: (p: { version: number; drafts: number; presented: number }) => `The text reached version ${num(p.version)}: you wrote ${drafts(p.drafts)} and presented ${times(p.presented)}.`,
    criticism: (p: { criticised: number; revised: number }) =>
      `${count(p.criticised, { one: 'presentation', other: 'presentations' })} drew criticism; ${count(p.revised, { one: 'revision', other: 'revisions' })} followed criticism.`,
    accepted: (p: { side: string; version: number | null; round: number }) => `${cap(p.side)} accepted${p.version ? ` draft ${num(p.version)}` : ''} in round ${num(p.round)}`,
    acceptances: (list: readonly string[]) => `${list.join('; ')}.`,
    halfway: 'Here the text was presented and criticised but never revised in answer to the criticism: the procedure stopped halfway.',
    agreed: (sides = 2) => `Here the revised text was the one ${both(sides, 'both sides', 'every side')} finally accepted.`,
    notAgreed: (sides = 2) => `Here the text was revised from criticism but did not reach a version ${both(sides, 'both', 'every side')} accepted.`,
    why: (story: string) =>
      `Fisher's single negotiating text puts one draft on the table, owned by the mediator, and revises it from each side's criticism: criticising is easier than conceding, and each criticism reveals what matters most. ${story}`,
  },
  shuttle: {
    why: (p: { framework: boolean; days: number; sides?: number }) =>
      `Shuttle diplomacy is mediation between parties who will not sit together. Here the ${delegations(p.sides ?? 2)} delegations never met; the ${p.framework ? 'agreement' : 'interim deal'} was carried room to room over ${days(p.days)} of talks.`,
    fact: (p: { days: number; visits: number; carried: number }) => `${days(p.days)} of talks, ${count(p.visits, { one: 'room visit', other: 'room visits' })}, ${messages(p.carried)} carried.`,
  },
  caseNote: (p: { text: string; sources: readonly string[] }) => (p.sources.length ? `${p.text} (${p.sources.length > 1 ? 'Sources' : 'Source'}: ${p.sources.join('; ')}.)` : p.text),
};
