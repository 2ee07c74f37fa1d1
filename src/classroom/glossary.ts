// The glossary: the general terms of negotiation and of the game, as plain data, plus the terms a
// scenario file brings for its own case (scenario `glossary`). An entry that states a fact about
// the world or names a scholar's idea carries a source a teacher can check; entries that only
// explain the game's own rules say so (kind 'game'). Nothing about one case is written here.
import { MIN_ALIAS_LENGTH, sourceUrl, type Scenario, type SourceKind } from '../scenario/index.ts';
import { theorySource, type TheoryId } from './theory.ts';

export interface GlossarySource {
  title: string;
  /** What the source is as evidence (a participant's memoir, a news report...). */
  kind: SourceKind;
  /** Null for a printed work cited without an address (its title then carries the citation). */
  url: string | null;
  /** What it says is a report, not settled history. */
  reported: boolean;
}

export type GlossaryKind = 'fact' | 'theory' | 'game';

export interface GlossaryEntry {
  /** Stable id, so scenarios and screens can link to an entry. */
  id: string;
  term: string;
  kind: GlossaryKind;
  definition: string;
  /** How the game uses it, if it does. */
  inGame: string | null;
  sources: GlossarySource[];
  /** Other spellings a briefing may use (matched case-insensitively). */
  aliases: string[];
}

const fisherUry: GlossarySource = { title: 'Roger Fisher and William Ury, Getting to Yes (1981), summarised by Beyond Intractability', kind: 'book', url: 'https://www.beyondintractability.org/artsum/fisher-principled', reported: false };
const nash: GlossarySource = { title: 'John F. Nash, "The Bargaining Problem", Econometrica 18(2), 1950', kind: 'analysis', url: 'https://doi.org/10.2307/1907266', reported: false };
const faratin: GlossarySource = { title: 'Faratin, Sierra and Jennings, "Negotiation decision functions for autonomous agents", Robotics and Autonomous Systems 24, 1998', kind: 'analysis', url: 'https://doi.org/10.1016/S0921-8890(98)00029-3', reported: false };
const raiffa: GlossarySource = { title: 'Howard Raiffa, The Art and Science of Negotiation (Harvard University Press, 1982)', kind: 'book', url: 'https://www.hup.harvard.edu/books/9780674048133', reported: false };
const axelrod: GlossarySource = { title: 'Robert Axelrod and William D. Hamilton, "The Evolution of Cooperation", Science 211, 1981', kind: 'analysis', url: 'https://doi.org/10.1126/science.7466396', reported: false };

/** The theory's sources are scholarship, save a book chapter, a book and the State Department's history. */
const THEORY_KIND: Record<TheoryId, SourceKind> = {
  ripeness: 'book',
  'mediator-roles': 'analysis',
  credibility: 'analysis',
  'two-level': 'analysis',
  'bargaining-war': 'analysis',
  'single-text': 'book',
  shuttle: 'official',
};

const theory = (id: TheoryId): GlossarySource => {
  const t = theorySource(id);
  return { title: t.citation, kind: THEORY_KIND[id], url: t.url, reported: false };
};

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'batna',
    term: 'BATNA',
    kind: 'theory',
    definition: 'Best alternative to a negotiated agreement: what a side does if the talks fail. A side should accept no deal worse than it.',
    inGame: 'Each side’s fallback in the debrief: its value of no deal.',
    sources: [fisherUry],
    aliases: ['BATNA', 'fallback'],
  },
  {
    id: 'reservation-value',
    term: 'Reservation value',
    kind: 'theory',
    definition: 'The worst deal a side will still accept: the value of its BATNA, in its own terms. It moves with events (war, the economy, the calendar).',
    inGame: 'Hidden during play; revealed in the debrief with what moved it.',
    sources: [raiffa],
    aliases: ['reservation value', 'reservation'],
  },
  {
    id: 'ripeness',
    term: 'Ripeness',
    kind: 'theory',
    definition: 'A conflict is ripe for settlement when the parties feel a mutually hurting stalemate and see a way out.',
    inGame: 'Hurt × way out: a ripe side concedes faster.',
    sources: [theory('ripeness')],
    aliases: ['ripeness', 'ripe'],
  },
  {
    id: 'mhs',
    term: 'Mutually hurting stalemate',
    kind: 'theory',
    definition: 'A deadlock that costs every side and that none can escape by escalating: Zartman’s first condition of ripeness.',
    inGame: '“Paint the stalemate” tries to make a side feel it; it works only when it is credible.',
    sources: [theory('ripeness')],
    aliases: ['mutually hurting stalemate', 'hurting stalemate', 'stalemate'],
  },
  {
    id: 'two-level-game',
    term: 'Two-level game and win-set',
    kind: 'theory',
    definition: 'A negotiator bargains abroad and must ratify at home; the win-set is the set of deals that would pass at home. Hardliners shrink it.',
    inGame: 'The ratification margin that hardliners add to each side’s floor.',
    sources: [theory('two-level')],
    aliases: ['two-level game', 'win-set', 'two-level games'],
  },
  {
    id: 'single-text',
    term: 'Single negotiating text',
    kind: 'theory',
    definition: 'The mediator drafts one text and revises it from the sides’ criticism instead of trading proposals: criticising is easier than conceding, and each criticism shows what matters most.',
    inGame: 'The draft the mediator writes between the rooms: present it, hear the worst items, revise.',
    sources: [theory('single-text')],
    aliases: ['single negotiating text', 'one-text procedure', 'single text'],
  },
  {
    id: 'shuttle-diplomacy',
    term: 'Shuttle diplomacy',
    kind: 'theory',
    definition: 'A go-between travelling between parties who will not meet. The name comes from Henry Kissinger’s shuttles of 1974, which reached two disengagement agreements, one in 8 days and one in a month.',
    inGame: 'The whole game: you walk between the two rooms.',
    sources: [theory('shuttle')],
    aliases: ['shuttle diplomacy', 'shuttle'],
  },
  {
    id: 'mediator-roles',
    term: 'Mediator roles',
    kind: 'theory',
    definition: 'Communicator (carries messages), formulator (proposes terms) and manipulator (changes what each side gains or loses, with pressure, promises or guarantees).',
    inGame: 'Relaying is communicating, drafting is formulating, guarantees and painting the stalemate are manipulating.',
    sources: [theory('mediator-roles')],
    aliases: ['mediator roles', 'communicator', 'formulator', 'manipulator'],
  },
  {
    id: 'mediator-credibility',
    term: 'Mediator credibility',
    kind: 'theory',
    definition: 'A side believes a mediator’s advice when it sees the mediator as close to it; a mediator caught distorting messages loses credibility.',
    inGame: 'Softened or sharpened relays may be discovered at a recess and cost credibility.',
    sources: [theory('credibility')],
    aliases: ['credibility', 'mediator bias'],
  },
  {
    id: 'bargaining-war',
    term: 'Bargaining model of war',
    kind: 'theory',
    definition: 'Because war is costly, some bargain every side prefers to it usually exists; wars happen through private information with incentives to bluff, and commitment problems.',
    inGame: 'The talks end by force when the delegation that decides at the deadline (the scenario names it) is better off without the deal by then, or the pressure reaches the top rung.',
    sources: [theory('bargaining-war')],
    aliases: ['bargaining model of war', 'commitment problem'],
  },
  {
    id: 'pareto-frontier',
    term: 'Pareto frontier',
    kind: 'theory',
    definition: 'The texts that no other text beats for every side at once: moving along it helps one side only by costing another.',
    inGame: 'The line in the outcome’s and the debrief’s bargaining chart.',
    sources: [raiffa],
    aliases: ['Pareto frontier', 'Pareto'],
  },
  {
    id: 'nash-point',
    term: 'Nash bargaining point',
    kind: 'theory',
    definition: 'The deal that maximises the product of the sides’ gains over their fallbacks: Nash’s solution to the bargaining problem.',
    inGame: 'The marked point on the frontier; the final text is compared with it item by item.',
    sources: [nash],
    aliases: ['Nash point', 'Nash bargaining point', 'Nash bargaining solution'],
  },
  {
    id: 'boulware-conceder',
    term: 'Boulware and conceder',
    kind: 'theory',
    definition: 'Time-dependent concession styles: a Boulware negotiator holds near its opening demand until the deadline; a conceder gives ground early.',
    inGame: 'Each side’s concession style is drawn for each game and revealed in the debrief.',
    sources: [faratin],
    aliases: ['Boulware', 'conceder'],
  },
  {
    id: 'zopa',
    term: 'Zone of possible agreement',
    kind: 'theory',
    definition: 'The deals every side prefers to no deal: every text worth more than each side’s reservation value. When it is empty, no agreement is possible without changing someone’s alternatives.',
    inGame: 'The bargaining range in the outcome’s and the debrief’s chart: the texts above every fallback.',
    sources: [raiffa],
    aliases: ['ZOPA', 'bargaining range', 'zone of agreement'],
  },
  {
    id: 'tit-for-tat',
    term: 'Tit-for-tat',
    kind: 'theory',
    definition: 'Cooperate first, then do what the other side did last. In repeated games it rewards concessions with concessions and answers refusals in kind.',
    inGame: 'A side concedes when it believes the other has conceded, so how each message is carried matters.',
    sources: [axelrod],
    aliases: ['tit for tat', 'reciprocity'],
  },
  {
    id: 'aspiration',
    term: 'Aspiration',
    kind: 'game',
    definition: 'What a side is still demanding: it falls from the opening demand toward the floor as the deadline nears.',
    inGame: 'Shown as how far each side has conceded.',
    sources: [],
    aliases: ['aspiration'],
  },
  {
    id: 'red-line',
    term: 'Red line',
    kind: 'game',
    definition: 'An option a side will never accept. A text that crosses one is refused whatever else it gives.',
    inGame: 'Revealed by asking or by criticism of the draft.',
    sources: [],
    aliases: ['red line', 'red lines'],
  },
  {
    id: 'logrolling',
    term: 'Logrolling',
    kind: 'game',
    definition: 'Trading concessions across issues: each side gives on what it values less and gains on what it values more, so every side ends better off.',
    inGame: 'How the draft can move toward the Pareto frontier.',
    sources: [],
    aliases: ['logrolling'],
  },
  {
    id: 'relay',
    term: 'Faithful, softened and sharpened relays',
    kind: 'game',
    definition: 'How the mediator carries a message: word for word, made gentler, or made harder. Distortion may help now and cost credibility if discovered.',
    inGame: 'The relay choices in each room (when the settings allow distortion).',
    sources: [],
    aliases: ['relay', 'faithful', 'softened', 'sharpened'],
  },
  {
    id: 'guarantee',
    term: 'Guarantee',
    kind: 'game',
    definition: 'A promise the mediator can spend once (a third party’s assurance, an escrow) to make a text easier to accept.',
    inGame: 'Each guarantee can be offered once per game.',
    sources: [],
    aliases: ['guarantee', 'guarantees'],
  },
  {
    id: 'agenda',
    term: 'Agenda moves: widen, narrow, parallel track',
    kind: 'game',
    definition: 'Changing what the text covers: widen it to the scope issues, narrow it to the core issues, or park the wider issues on a parallel track.',
    inGame: 'The scope meter shows how wide the agenda is.',
    sources: [],
    aliases: ['agenda', 'parallel track', 'scope'],
  },
  {
    id: 'pressure-ladder',
    term: 'Pressure ladder',
    kind: 'game',
    definition: 'The rungs of pressure on the talks, from calm to the point where they break off. Incidents climb it; visible progress makes them rarer. The top rung ends the talks.',
    inGame: 'The ladder at the side of the screen.',
    sources: [],
    aliases: ['pressure', 'military pressure', 'escalation'],
  },
  {
    id: 'framework',
    term: 'Framework and interim outcomes',
    kind: 'game',
    definition: 'A framework: every delegation that must sign accepts one text covering the core issues. Interim: a partial text they all accepted, or at the deadline the part one side accepted and no other objected to.',
    inGame: 'The best outcomes of the game.',
    sources: [],
    aliases: ['framework', 'interim'],
  },
];

/** A scenario's own terms as glossary entries, their sources looked up in the file's sources. */
export function scenarioTerms(s: Scenario): GlossaryEntry[] {
  const sources = new Map(s.sources.map((x) => [x.id, x]));
  return (s.glossary ?? []).map((t) => ({
    id: t.id,
    term: t.term,
    kind: t.kind,
    definition: t.definition,
    inGame: t.inGame ?? null,
    sources: t.sources.flatMap((id) => {
      const src = sources.get(id);
      if (!src) return [];
      const title = src.publisher ? `${src.publisher}: ${src.title}` : src.title;
      // A printed work without an address is found by its citation.
      const cited = src.url === undefined && src.citation !== undefined ? `${title} (${src.citation})` : title;
      return [{ title: cited, kind: src.kind, url: src.url === undefined ? null : sourceUrl(src.url), reported: src.reported }];
    }),
    aliases: t.aliases,
  }));
}

const byScenario = new WeakMap<Scenario, readonly GlossaryEntry[]>();

/** With more than two delegations, the general entries that speak of two say every one instead. */
const MANY: Readonly<Record<string, Partial<Pick<GlossaryEntry, 'definition' | 'inGame'>>>> = {
  'shuttle-diplomacy': { inGame: 'The whole game: you walk between the delegations’ rooms.' },
  zopa: { inGame: 'The bargaining range in the outcome’s and the debrief’s chart: the texts above every fallback.' },
  framework: {
    definition: 'A framework: every side accepts one text covering the core issues. Interim: a partial text every side accepted, or at the deadline the part no side objected to once the others had accepted.',
  },
  'tit-for-tat': { inGame: 'A delegation concedes when it believes the others have conceded toward it, so how each message is carried matters.' },
};

/**
 * The glossary for a game on this scenario: its own terms first, then the general ones (a
 * scenario term with a general term's id takes its place). Without a scenario, the general terms.
 */
export function glossaryFor(s: Scenario | null | undefined): readonly GlossaryEntry[] {
  if (!s) return GLOSSARY;
  let entries = byScenario.get(s);
  if (!entries) {
    const own = scenarioTerms(s);
    const ids = new Set(own.map((e) => e.id));
    const many = s.delegations.length > 2;
    entries = [...own, ...GLOSSARY.filter((e) => !ids.has(e.id)).map((e) => (many && MANY[e.id] ? { ...e, ...MANY[e.id] } : e))];
    byScenario.set(s, entries);
  }
  return entries;
}

export function glossaryEntry(id: string, entries: readonly GlossaryEntry[] = GLOSSARY): GlossaryEntry | undefined {
  return entries.find((e) => e.id === id);
}

/** The entry a term names (its id, its term or one of its aliases), for linking text to the glossary. */
export function findTerm(word: string, entries: readonly GlossaryEntry[] = GLOSSARY): GlossaryEntry | undefined {
  const w = word.trim().toLowerCase();
  return entries.find((e) => e.id === w || e.term.toLowerCase() === w || e.aliases.some((a) => a.toLowerCase() === w));
}

export interface TermSegment {
  text: string;
  /** The glossary entry this piece of text names, if any. */
  id?: string;
}

interface TermMatcher {
  pattern: RegExp;
  ids: Map<string, string>;
}

const matchers = new WeakMap<readonly GlossaryEntry[], TermMatcher>();

/** One pattern for every term and alias of these entries (longest first), matched as whole words. */
function matcher(entries: readonly GlossaryEntry[]): TermMatcher {
  const known = matchers.get(entries);
  if (known) return known;
  const ids = new Map<string, string>();
  const names: string[] = [];
  for (const e of entries) {
    for (const name of [e.term, ...e.aliases]) {
      if (name.length < MIN_ALIAS_LENGTH || ids.has(name.toLowerCase())) continue;
      ids.set(name.toLowerCase(), e.id);
      names.push(name);
    }
  }
  names.sort((a, b) => b.length - a.length);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // With no names, a pattern that never matches.
  const pattern = names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : /(?!)/gu;
  const made = { pattern, ids };
  matchers.set(entries, made);
  return made;
}

/**
 * Splits a line of text into plain pieces and pieces that name a glossary entry, so the game
 * can link terms in dialogue to the glossary. Each entry is linked once per line.
 */
export function termSegments(text: string, entries: readonly GlossaryEntry[] = GLOSSARY): TermSegment[] {
  const { pattern, ids } = matcher(entries);
  const out: TermSegment[] = [];
  const linked = new Set<string>();
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    const id = ids.get(m[0].toLowerCase());
    if (!id || linked.has(id)) continue;
    linked.add(id);
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[0], id });
    at = m.index + m[0].length;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}
