// The glossary: the terms the game and its debrief use, as plain data. An entry that states a
// fact about the world (a number, a date, a treaty) or names a scholar's idea carries a source
// a teacher can check; entries that only explain the game's own rules say so (kind 'game').
import { theorySource, type TheoryId } from './theory.ts';

export interface GlossarySource {
  title: string;
  url: string;
  /** A news report, not settled history. */
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

const jcpoa: GlossarySource = { title: 'Arms Control Association, "Understanding the JCPOA, section 3"', url: 'https://armscontrol.org/2015-08/section-3-understanding-jcpoa', reported: false };
const longevity: GlossarySource = { title: 'Center for Arms Control and Non-Proliferation, "Longevity of major Iran nuclear agreement provisions"', url: 'https://armscontrolcenter.org/longevity-of-major-iran-nuclear-agreement-provisions/', reported: false };
const iaeaMay: GlossarySource = { title: 'IAEA figures of May 2025, as reported by Evrim Ağacı', url: 'https://evrimagaci.org/tpg/iran-dramatically-increases-near-weapons-grade-uranium-stockpile-352218', reported: true };
const iaeaUnverified: GlossarySource = { title: 'AP via UNN: IAEA unable to verify Iran’s uranium stockpiles after the strikes', url: 'https://unn.ua/en/amp/iaea-unable-to-verify-irans-uranium-stockpiles-after-israeli-strikes-ap', reported: true };
const snapback: GlossarySource = { title: 'Iran International: UN sanctions on Iran return after the snapback', url: 'https://iranintl.com/en/202509285894', reported: false };
const history: GlossarySource = { title: 'Wikipedia: 2025–2026 Iran–United States negotiations', url: 'https://en.wikipedia.org/wiki/2025–2026_Iran–United_States_negotiations', reported: false };
const relief: GlossarySource = { title: 'Türkiye Today: Iran and US differ on sanctions relief scope', url: 'https://turkiyetoday.com/region/iran-and-us-differ-on-sanctions-relief-scope-new-talks-planned-for-early-march-3214952', reported: true };
const oman2013: GlossarySource = { title: 'Al-Monitor: how Oman hosted the secret 2013 US–Iran talks', url: 'https://al-monitor.com/originals/2017/01/us-iran-direct-nuclear-talks-oman.html', reported: false };
const hormuz: GlossarySource = { title: 'CNBC (EIA figure): the Strait of Hormuz and world oil flows', url: 'https://cnbc.com/2019/07/11/', reported: false };
const fisherUry: GlossarySource = { title: 'Roger Fisher and William Ury, Getting to Yes (1981), summarised by Beyond Intractability', url: 'https://www.beyondintractability.org/artsum/fisher-principled', reported: false };
const nash: GlossarySource = { title: 'John F. Nash, "The Bargaining Problem", Econometrica 18(2), 1950', url: 'https://doi.org/10.2307/1907266', reported: false };
const faratin: GlossarySource = { title: 'Faratin, Sierra and Jennings, "Negotiation decision functions for autonomous agents", Robotics and Autonomous Systems 24, 1998', url: 'https://doi.org/10.1016/S0921-8890(98)00029-3', reported: false };
const raiffa: GlossarySource = { title: 'Howard Raiffa, The Art and Science of Negotiation (Harvard University Press, 1982)', url: 'https://www.hup.harvard.edu/books/9780674048133', reported: false };

const campDavid: GlossarySource = { title: 'Office of the Historian, US Department of State, "The Camp David Accords and the Arab-Israeli Peace Process"', url: 'https://history.state.gov/milestones/1977-1980/camp-david', reported: false };

const theory = (id: TheoryId): GlossarySource => {
  const t = theorySource(id);
  return { title: t.citation, url: t.url, reported: false };
};

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'enrichment',
    term: 'Enrichment levels',
    kind: 'fact',
    definition: 'Enrichment raises the share of the isotope uranium-235. Reactor fuel is about 3–5%; the 2015 deal capped Iran at 3.67% for 15 years; 60% is close to the roughly 90% used in weapons.',
    inGame: 'The enrichment issue: the level, if any, the text lets Iran keep.',
    sources: [jcpoa, longevity],
    aliases: ['enrichment', 'enrichment level'],
  },
  {
    id: 'stockpile-60',
    term: 'The 60% stockpile',
    kind: 'fact',
    definition: 'Uranium Iran enriched to 60%. The IAEA counted 408.6 kg in May 2025 (about 42 kg is the theoretical amount for one weapon if enriched further) and 440.9 kg by September 2025, whose whereabouts it could no longer verify after the June strikes.',
    inGame: 'The stockpile issue: ship it abroad, dilute it, or keep it under seal.',
    sources: [iaeaMay, iaeaUnverified],
    aliases: ['stockpile', '60% stockpile'],
  },
  {
    id: 'additional-protocol',
    term: 'Additional Protocol',
    kind: 'fact',
    definition: 'An agreement with the IAEA that adds to ordinary safeguards: wider declarations and short-notice access to sites. Iran applied it under the 2015 deal.',
    inGame: 'One of the verification options in the draft.',
    sources: [jcpoa],
    aliases: ['Additional Protocol', 'IAEA Additional Protocol'],
  },
  {
    id: 'verification',
    term: 'Verification and safeguards',
    kind: 'fact',
    definition: 'How the IAEA checks what a state declares: inspections, seals and cameras under ordinary safeguards, and wider access under the Additional Protocol. The 2015 deal added continuous monitoring of parts of the fuel cycle.',
    inGame: 'The verification issue: from standard safeguards to access anywhere, any time.',
    sources: [jcpoa],
    aliases: ['verification', 'safeguards', 'IAEA'],
  },
  {
    id: 'sunset',
    term: 'Duration and sunset clauses',
    kind: 'fact',
    definition: 'Limits that expire after a set time. Under the 2015 deal the centrifuge limits ran for 10 years and the enrichment cap and the stockpile limit for 15.',
    inGame: 'The duration issue: how long the limits last.',
    sources: [longevity],
    aliases: ['duration', 'sunset', 'Duration and sunset'],
  },
  {
    id: 'scope-issues',
    term: 'The scope issues',
    kind: 'fact',
    definition: 'Washington wanted a deal to cover ballistic missiles, support for regional armed groups and human rights; Tehran wanted only the nuclear file and sanctions relief, and called its missiles non-negotiable.',
    inGame: 'The three agenda issues: missiles, regional groups and human rights.',
    sources: [history],
    aliases: ['missiles', 'regional', 'human-rights', 'Ballistic missiles', 'Support for regional groups', 'Human rights'],
  },
  {
    id: 'camp-david',
    term: 'Camp David Accords',
    kind: 'fact',
    definition: 'Two frameworks signed by Egypt and Israel on 17 September 1978 after thirteen days at Camp David with President Carter as mediator: one for peace between them (Sinai), one for the West Bank and Gaza. The 1979 peace treaty followed.',
    inGame: 'The second scenario, Camp David, September 1978.',
    sources: [campDavid, theory('single-text')],
    aliases: ['Camp David'],
  },
  {
    id: 'linkage',
    term: 'Linkage',
    kind: 'fact',
    definition: 'Tying agreement on one issue to agreement on another. At Camp David, Egypt wanted the Sinai settlement linked to Palestinian autonomy; Israel wanted them kept apart, and the two frameworks were signed separately.',
    inGame: 'The linkage question in the Camp David scenario.',
    sources: [campDavid],
    aliases: ['autonomy', 'The linkage question'],
  },
  {
    id: 'jcpoa',
    term: 'JCPOA',
    kind: 'fact',
    definition: 'The Joint Comprehensive Plan of Action (2015): enrichment capped at 3.67% for 15 years, the stockpile cut from about 10,000 kg to 300 kg of UF6, centrifuges cut to 6,104 IR-1s, the Additional Protocol, in exchange for sanctions relief. The United States withdrew in 2018.',
    inGame: 'The reference point both delegations argue from.',
    sources: [jcpoa, longevity],
    aliases: ['JCPOA', 'Joint Comprehensive Plan of Action'],
  },
  {
    id: 'snapback',
    term: 'Snapback',
    kind: 'fact',
    definition: 'The mechanism in the UN resolution endorsing the 2015 deal that restores earlier UN sanctions. The E3 (France, Germany, the United Kingdom) triggered it in 2025; UN sanctions returned on 27 September 2025 over Russian and Chinese objections.',
    inGame: 'Part of the economic hurt Tehran feels, and of what relief could undo.',
    sources: [snapback, history],
    aliases: ['snapback'],
  },
  {
    id: 'sanctions-relief',
    term: 'Sanctions relief',
    kind: 'fact',
    definition: 'Lifting or suspending sanctions, or unfreezing assets, in exchange for nuclear limits. In February 2026 the sides were reported still apart on its scope and mechanism.',
    inGame: 'The relief issue: from unfreezing some assets to a roadmap for removing sanctions.',
    sources: [relief],
    aliases: ['sanctions relief', 'relief'],
  },
  {
    id: 'oman-channel',
    term: 'The Omani channel',
    kind: 'fact',
    definition: 'Oman has carried messages between Washington and Tehran for years; it hosted the secret 2013 talks that led to the interim nuclear deal, and the 2025–2026 rounds in separate rooms in Muscat.',
    inGame: 'You are the Omani mediator.',
    sources: [oman2013, history],
    aliases: ['Oman', 'Omani channel'],
  },
  {
    id: 'hormuz',
    term: 'Strait of Hormuz',
    kind: 'fact',
    definition: 'The strait between Iran and Oman through which about 21 million barrels of oil a day pass, roughly a fifth of world use.',
    inGame: 'Incidents at sea raise the military pressure and oil prices.',
    sources: [hormuz],
    aliases: ['Hormuz', 'Strait of Hormuz'],
  },
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
    definition: 'A conflict is ripe for settlement when both parties feel a mutually hurting stalemate and see a way out.',
    inGame: 'Hurt × way out: a ripe side concedes faster.',
    sources: [theory('ripeness')],
    aliases: ['ripeness', 'ripe'],
  },
  {
    id: 'mhs',
    term: 'Mutually hurting stalemate',
    kind: 'theory',
    definition: 'A deadlock that costs both sides and that neither can escape by escalating: Zartman’s first condition of ripeness.',
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
    definition: 'The mediator drafts one text and revises it from both sides’ criticism instead of trading proposals; Camp David in 1978 went through about 23 drafts in 13 days.',
    inGame: 'The draft in the majlis: present it, hear the worst items, revise.',
    sources: [theory('single-text')],
    aliases: ['single negotiating text', 'one-text procedure', 'single text'],
  },
  {
    id: 'shuttle-diplomacy',
    term: 'Shuttle diplomacy',
    kind: 'theory',
    definition: 'A go-between travelling between parties who will not meet. Henry Kissinger’s shuttles of 1974 reached the Egypt–Israel disengagement in 8 days and the Syria–Israel one in a month.',
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
    definition: 'Because war is costly, some bargain both sides prefer to it usually exists; wars happen through private information with incentives to bluff, and commitment problems.',
    inGame: 'Strikes come when Washington is better off without the deal or the pressure reaches the top rung.',
    sources: [theory('bargaining-war')],
    aliases: ['bargaining model of war', 'commitment problem'],
  },
  {
    id: 'pareto-frontier',
    term: 'Pareto frontier',
    kind: 'theory',
    definition: 'The texts that no other text beats for both sides at once: moving along it helps one side only by costing the other.',
    inGame: 'The line in the outcome’s and the debrief’s bargaining chart.',
    sources: [raiffa],
    aliases: ['Pareto frontier', 'Pareto'],
  },
  {
    id: 'nash-point',
    term: 'Nash bargaining point',
    kind: 'theory',
    definition: 'The deal that maximises the product of both sides’ gains over their fallbacks: Nash’s solution to the bargaining problem.',
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
    definition: 'Trading concessions across issues: each side gives on what it values less and gains on what it values more, so both end better off.',
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
    definition: 'Changing what the text covers: widen it to the scope issues, narrow it to the nuclear file, or park the wider issues on a parallel track.',
    inGame: 'The scope meter shows how wide the agenda is.',
    sources: [],
    aliases: ['agenda', 'parallel track', 'scope'],
  },
  {
    id: 'pressure-ladder',
    term: 'Pressure ladder',
    kind: 'game',
    definition: 'The seven rungs of military pressure, from calm to war. Incidents climb it; visible progress makes them rarer. The top rung ends the talks.',
    inGame: 'The ladder at the side of the screen.',
    sources: [],
    aliases: ['pressure', 'military pressure', 'escalation'],
  },
  {
    id: 'framework',
    term: 'Framework and interim outcomes',
    kind: 'game',
    definition: 'A framework: both sides accept one text covering the core issues. Interim: a partial text both accepted, or at the deadline the part one side accepted and the other did not object to.',
    inGame: 'The best outcomes of the game.',
    sources: [],
    aliases: ['framework', 'interim'],
  },
];

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((e) => e.id === id);
}

/** The entry a term names (its id, its term or one of its aliases), for linking text to the glossary. */
export function findTerm(word: string): GlossaryEntry | undefined {
  const w = word.trim().toLowerCase();
  return GLOSSARY.find((e) => e.id === w || e.term.toLowerCase() === w || e.aliases.some((a) => a.toLowerCase() === w));
}

export interface TermSegment {
  text: string;
  /** The glossary entry this piece of text names, if any. */
  id?: string;
}

let termPattern: RegExp | null = null;
const termIds = new Map<string, string>();

/** One pattern for every term and alias (longest first), matched as whole words. */
function pattern(): RegExp {
  if (termPattern) return termPattern;
  const names: string[] = [];
  for (const e of GLOSSARY) {
    for (const name of [e.term, ...e.aliases]) {
      if (name.length < 4 || termIds.has(name.toLowerCase())) continue;
      termIds.set(name.toLowerCase(), e.id);
      names.push(name);
    }
  }
  names.sort((a, b) => b.length - a.length);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  termPattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return termPattern;
}

/**
 * Splits a line of text into plain pieces and pieces that name a glossary entry, so the game
 * can link terms in dialogue to the glossary. Each entry is linked once per line.
 */
export function termSegments(text: string): TermSegment[] {
  const out: TermSegment[] = [];
  const linked = new Set<string>();
  let at = 0;
  for (const m of text.matchAll(pattern())) {
    const id = termIds.get(m[0].toLowerCase());
    if (!id || linked.has(id)) continue;
    linked.add(id);
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[0], id });
    at = m.index + m[0].length;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}
