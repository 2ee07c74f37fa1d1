// The theory that fits what happened in this game (../shared/FACTS.md, "Theory the model and the
// debrief should name"). Each concept is named only when the record shows it at work, with a
// paragraph in the game's own terms and the facts that made it fit; the best fit comes first.
// What a real case adds (the ratification law, a treaty withdrawal) is the scenario's own text
// (scenario `debrief.theory`), appended when the theory fits.
import type { CompiledScenario } from '../model/index.ts';
import type { TheoryId } from '../scenario/index.ts';
import { sideName } from '../present/index.ts';
import { plural, type GameFacts } from './facts.ts';
import type { TheoryItem } from './types.ts';

export type { TheoryId };

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

/** The scenario's paragraph on this theory in its real case, with its sources named; empty if none. */
export function caseNote(c: CompiledScenario, id: TheoryId): string {
  const note = c.scenario.debrief?.theory[id];
  if (!note) return '';
  const titles = note.sources.flatMap((src) => c.scenario.sources.find((x) => x.id === src)?.title ?? []);
  return titles.length ? `${note.text} (${titles.length > 1 ? 'Sources' : 'Source'}: ${titles.join('; ')}.)` : note.text;
}

export function theorySource(id: TheoryId): TheorySource {
  return THEORY.find((t) => t.id === id)!;
}

interface Fit {
  id: TheoryId;
  score: number;
  why: string;
  facts: string[];
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** A rise in hardliners (points of 100) large enough to change what can pass at home. */
export const HARDLINER_RISE = 20;

function ripeness(f: GameFacts): Fit | null {
  const { c, history, record, state } = f;
  const facts: string[] = [];
  for (const s of [0, 1] as const) {
    const yes = record.presentations.filter((p) => p.accepted && p.side === s);
    const last = yes[yes.length - 1];
    if (!last) continue;
    const hurt = [history.start('hurt', s), history.before('hurt', s, last.step)];
    const way = [history.start('wayOut', s), history.before('wayOut', s, last.step)];
    if (hurt[1]! > hurt[0]! && way[1]! > way[0]!) {
      facts.push(`Before ${sideName(c, s)} said yes in round ${last.round + 1}, its hurt had risen ${r2(hurt[0]!)} → ${r2(hurt[1]!)} and its way out ${r2(way[0]!)} → ${r2(way[1]!)}.`);
    }
  }
  const ripened = facts.length;
  const notReady = record.asks.filter((a) => a.notReady);
  for (const s of [0, 1] as const) {
    const mine = notReady.filter((a) => a.side === s);
    if (mine.length) {
      const low = Math.min(...mine.map((a) => a.ripeness));
      facts.push(`${sideName(c, s)} refused to move ${plural(mine.length, 'time')} because it was not ready yet (its ripeness was as low as ${low.toFixed(2)}).`);
    }
  }
  const agreed = state.outcome?.id === 'framework' || state.outcome?.id === 'interim';
  if (!ripened && !notReady.length && !agreed) return null;
  const credible = record.paintings.filter((p) => p.credible).length;
  const work: string[] = [];
  if (credible) work.push(`painted the stalemate ${plural(credible, 'time')} where it was believed, raising hurt`);
  if (record.guarantees.length) work.push(`offered ${plural(record.guarantees.length, 'guarantee')}, widening the way out`);
  if (work.length) facts.push(`The mediator worked on ripeness directly: you ${work.join(' and ')}.`);
  const [a, b] = f.sides;
  const ends = `${a.side.shortName} went from ${a.ripeness.ripeness[0]} to ${a.ripeness.ripeness[1]} and ${b.side.shortName} from ${b.ripeness.ripeness[0]} to ${b.ripeness.ripeness[1]}`;
  const story = agreed
    ? ripened
      ? 'Here the moment ripened before the yes: both pain and a way out had grown on the side that accepted.'
      : 'Here a deal came even though the record shows little ripening before the yes: the text itself, or the deadline, carried it.'
    : ripened
      ? 'Here ripeness was one-sided: a side said yes once its pain and its way out had grown, but a settlement needs both sides ripe at the same time.'
      : 'Here the moment did not ripen in time: a side that is not yet hurting, or sees no way out, holds out for more.';
  return {
    id: 'ripeness',
    score: agreed ? 3 : notReady.length ? 2 : 1,
    why: `Zartman argues that parties settle when both feel a mutually hurting stalemate and see a way out. In this model a side's ripeness is its hurt times its way out, and a riper side concedes faster. ${story} Over the game, ripeness for ${ends}.`,
    facts,
  };
}

function roles(f: GameFacts): Fit | null {
  const r = f.record;
  const distorted = r.relays.filter((x) => x.mode !== 'faithful').length;
  const faithful = r.relays.length - distorted;
  const communicator = r.relays.length;
  const formulator = r.revisions.length + r.presentations.length + r.agenda.length;
  const manipulator = r.paintings.length + r.guarantees.length + distorted;
  if (communicator + formulator + manipulator === 0) return null;
  const facts = [
    `Communicator: you carried ${plural(communicator, 'message')} (${faithful} faithfully, ${distorted} softened, sharpened or withheld).`,
    `Formulator: you wrote ${plural(r.revisions.length, 'draft')}, presented the text ${plural(r.presentations.length, 'time')} and proposed the agenda ${plural(r.agenda.length, 'time')}.`,
    `Manipulator: you painted the stalemate ${plural(r.paintings.length, 'time')}, offered ${plural(r.guarantees.length, 'guarantee')} and distorted ${plural(distorted, 'message')}.`,
  ];
  const ranked: [string, number][] = [
    ['communicator', communicator],
    ['formulator', formulator],
    ['manipulator', manipulator],
  ];
  ranked.sort((x, y) => y[1] - x[1]);
  const lead = ranked[0]![0];
  const note =
    lead === 'communicator'
      ? 'A mediator who mostly carries messages adds little the parties could not get by themselves; the text stayed theirs, and so did the stalemate.'
      : lead === 'formulator'
        ? 'Formulating gives the mediator the pen: the terms on the table were yours before they were theirs.'
        : 'A manipulator changes what each side gains or loses by saying no, which moves sides that will not move on the merits, at a price in trust.';
  return {
    id: 'mediator-roles',
    score: 1,
    why: `Touval and Zartman describe three roles a mediator plays: communicator, formulator and manipulator. In this game you leaned most on the ${lead}'s role (${ranked.map(([n, k]) => `${n} ${k}`).join(', ')} actions). ${note}`,
    facts,
  };
}

function credibility(f: GameFacts): Fit | null {
  const { c, state, history } = f;
  const facts: string[] = [];
  const discovered = state.distortions.filter((d) => d.discovered);
  for (const d of discovered) {
    facts.push(`${sideName(c, d.deceived)} found out that a message carried in round ${d.round + 1} was ${d.mode}.`);
  }
  const hidden = state.distortions.length - discovered.length;
  if (hidden > 0) facts.push(`${plural(hidden, 'distorted message')} never came to light.`);
  const close = [history.end('closeness', 0), history.end('closeness', 1)] as const;
  const closeStart = [history.start('closeness', 0), history.start('closeness', 1)] as const;
  const gap = Math.abs(close[0] - close[1]);
  const grew = gap - Math.abs(closeStart[0] - closeStart[1]);
  const diverged = gap >= 15 || grew >= 10;
  if (diverged) {
    const nearer = close[0] > close[1] ? 0 : 1;
    facts.push(`By the end you were closer to ${sideName(c, nearer)} (closeness ${r2(close[nearer])}) than to ${sideName(c, nearer === 0 ? 1 : 0)} (${r2(close[nearer === 0 ? 1 : 0])}).`);
  }
  let fell = false;
  for (const s of [0, 1] as const) {
    const from = history.start('credibility', s);
    const to = history.end('credibility', s);
    if (from - to >= 15) {
      fell = true;
      facts.push(`${sideName(c, s)}'s belief in what you told it fell ${r2(from)} → ${r2(to)}.`);
    }
  }
  const collapsed = state.outcome?.id === 'collapse';
  if (!discovered.length && !diverged && !fell && !collapsed) return null;
  const story = collapsed
    ? 'Here credibility ran out altogether: a side stopped believing the mediator and the channel collapsed.'
    : discovered.length
      ? 'Here a distortion came to light, and the side deceived discounted what you told it from then on.'
      : diverged
        ? 'Here the mediator ended closer to one side than the other: advice to the nearer side would be believed, advice to the other discounted.'
        : 'Here belief in the mediator wore away over the game.';
  return {
    id: 'credibility',
    score: collapsed ? 3 : discovered.length ? 2 : 1,
    why: `Kydd shows that a mediator's advice is believed when the mediator is seen as close to the side hearing it, and that a mediator caught distorting loses credibility: honest brokering is what makes a mediator's words informative. ${story}`,
    facts,
  };
}

function twoLevel(f: GameFacts): Fit | null {
  const { c, text } = f;
  const facts: string[] = [];
  let rose = false;
  for (const s of [0, 1] as const) {
    const h = f.sides[s].hardliners;
    if (h.end - h.start >= HARDLINER_RISE) {
      rose = true;
      facts.push(`Hardliners in ${c.scenario.delegations[s]!.capital} rose ${h.start} → ${h.end}; a deal had to beat ${sideName(c, s)}'s fallback by ${h.margin.toFixed(3)} to pass at home.`);
    }
  }
  // Only a text that was on the table (presented, with core items settled) can be blocked at home.
  const onTable = f.state.outcome?.id !== 'framework' && f.record.presentations.length > 0 && c.coreIssues.some((i) => text.items[i]!.option !== null);
  let blocked = false;
  for (const s of [0, 1] as const) {
    const u = text.utilities[s];
    if (onTable && u > text.reservations[s] && u < text.floors[s]) {
      blocked = true;
      facts.push(`The final text was worth ${u.toFixed(3)} to ${sideName(c, s)}: above its fallback (${text.reservations[s].toFixed(3)}) but short of what its hardliners demanded (${text.floors[s].toFixed(3)}).`);
    }
  }
  if (!rose && !blocked) return null;
  return {
    id: 'two-level',
    score: blocked ? 2 : 1,
    why: `Putnam describes negotiators playing at two tables at once: a deal must please the other side and also be ratified at home, and strong hardliners shrink the win-set. ${
      blocked ? 'Here the home table decided it: a text good enough to beat no deal was still not good enough to sell at home.' : 'Here the home table grew harder to satisfy as the game went on, narrowing the deals that could pass.'
    }`,
    facts,
  };
}

function bargainingWar(f: GameFacts): Fit | null {
  const { c, state, blame, text, record } = f;
  const strike = state.outcome?.id === 'strike';
  const climbed = blame.peakRung - blame.startRung >= 2;
  if (!strike && !climbed) return null;
  const facts: string[] = [blame.verdict];
  if (text.nash) facts.push(`A text both sides preferred to no deal existed at the end: the Nash point, worth ${text.nash[0].toFixed(3)} / ${text.nash[1].toFixed(3)} against fallbacks of ${text.reservations[0].toFixed(3)} / ${text.reservations[1].toFixed(3)}.`);
  else facts.push('By the end no text beat both fallbacks: the bargaining range had closed.');
  const heard = state.sides.map((s) => [...s.priorities].filter((p) => p !== '?').length);
  facts.push(`Private information: the fallbacks were hidden, and you had heard ${heard[0]} of ${c.issueIds.length} priority cues from ${sideName(c, 0)} and ${heard[1]} of ${c.issueIds.length} from ${sideName(c, 1)}.`);
  const bluffs = record.relays.filter((r) => r.mode === 'sharpened').length;
  if (bluffs) facts.push(`Incentives to misrepresent: you sharpened ${plural(bluffs, 'message')} ("they are ready to leave").`);
  if (record.guarantees.length) facts.push(`Commitment: you offered ${plural(record.guarantees.length, 'guarantee')} (${state.guaranteesUsed.join(', ')}), a third party standing behind the terms.`);
  const story = strike
    ? text.nash
      ? 'Here war came although a bargain both preferred still existed: the puzzle Fearon asks us to explain.'
      : 'Here war came once no bargain beat both fallbacks any longer: the pressure had closed the range.'
    : 'Here the ladder climbed while the talks went on, each rung making no deal look better to one side and worse to the other.';
  return {
    id: 'bargaining-war',
    score: strike ? 3 : 1,
    why: `Fearon's bargaining model asks why states fight when war is costly and a deal both prefer usually exists. His answers: private information with incentives to bluff, and commitment problems. ${story}`,
    facts,
  };
}

function singleText(f: GameFacts): Fit | null {
  const { record, state, c } = f;
  const criticisms = record.presentations.filter((p) => !p.accepted);
  const revisedAfter = record.revisions.filter((r) => criticisms.some((p) => p.step < r.step)).length;
  if (!revisedAfter && !(record.revisions.length >= 2 && criticisms.length > 0)) return null;
  const agreed = state.outcome?.id === 'framework';
  const facts = [
    `The text reached version ${state.draftVersion}: you wrote ${plural(record.revisions.length, 'draft')} and presented ${plural(record.presentations.length, 'time')}.`,
    `${plural(criticisms.length, 'presentation')} drew criticism; ${plural(revisedAfter, 'revision')} followed criticism.`,
  ];
  // A second yes to the same text is no news.
  const yes = record.presentations.filter((p, i, all) => p.accepted && !all.slice(0, i).some((q) => q.accepted && q.side === p.side && q.version !== null && q.version === p.version));
  if (yes.length) facts.push(`${yes.map((p) => `${sideName(c, p.side)} accepted${p.version ? ` draft ${p.version}` : ''} in round ${p.round + 1}`).join('; ')}.`);
  return {
    id: 'single-text',
    score: agreed && revisedAfter ? 2 : 1,
    why: `Fisher's single negotiating text puts one draft on the table, owned by the mediator, and revises it from each side's criticism: criticising is easier than conceding, and each criticism reveals what matters most. ${
      !revisedAfter
        ? 'Here the text was presented and criticised but never revised in answer to the criticism: the procedure stopped halfway.'
        : agreed
          ? 'Here the revised text was the one both sides finally accepted.'
          : 'Here the text was revised from criticism but did not reach a version both accepted.'
    }`,
    facts,
  };
}

function shuttle(f: GameFacts): Fit | null {
  const { state, record, c } = f;
  if (state.outcome?.id !== 'framework' && state.outcome?.id !== 'interim') return null;
  const days = Math.min(c.scenario.rounds.length, state.round + 1);
  return {
    id: 'shuttle',
    score: 1,
    why: `Shuttle diplomacy is mediation between parties who will not sit together: Kissinger's shuttles of 1974 reached two disengagement agreements, one in 8 days and one in a month. Here the two delegations never met; the ${state.outcome.id === 'framework' ? 'agreement' : 'interim deal'} was carried room to room over ${plural(days, 'day')} of talks.`,
    facts: [`${plural(days, 'day')} of talks, ${plural(record.roomVisits, 'room visit')}, ${plural(record.relays.length, 'message')} carried.`],
  };
}

export function fittingTheory(f: GameFacts): TheoryItem[] {
  const fits = [ripeness(f), roles(f), credibility(f), twoLevel(f), bargainingWar(f), singleText(f), shuttle(f)].filter((x): x is Fit => x !== null);
  const order = (id: TheoryId) => THEORY.findIndex((t) => t.id === id);
  return fits
    .sort((a, b) => b.score - a.score || order(a.id) - order(b.id))
    .map((fit) => {
      const t = theorySource(fit.id);
      const note = caseNote(f.c, fit.id);
      return { id: t.id, name: t.name, thinker: t.thinker, citation: t.citation, url: t.url, why: note ? `${fit.why} ${note}` : fit.why, facts: fit.facts };
    });
}
