// The English words of the debrief as a page and as a Markdown export: the headings of its three
// parts, the tables' captions and heads, the charts' titles. The page and the export use the same
// words, so they always say the same thing.
import { fmt } from './formatters.ts';
import { cap, count, midSentence, num, worth100 } from './en-forms.ts';

/** A point in utility coordinates, one value per delegation: "(0.412, 0.530)". */
const point = (p: readonly number[]) => `(${p.map(worth100).join(', ')})`;
/** A worth 0–1 as a whole number 0–100. */
const hundredths = (u: number) => num(Math.round(u * 100));
/** Two delegations are "both"; more are "every" one (`sides`: how many delegations). */
const both = (sides: number, two: string, more: string) => (sides > 2 ? more : two);

export const debrief = {
  /** What a person playing a delegation answered (issues already a list in words). */
  answer: (p: { delegation: string; kind: 'draft' | 'concession' | 'listen' | 'trade'; accept: boolean; issues: string; version: number | null; round: number }) => {
    const who = `The ${p.delegation} (a person)`;
    const when = ` (round ${num(p.round)})`;
    const draft = p.version === null ? 'the draft' : `draft ${num(p.version)}`;
    switch (p.kind) {
      case 'draft':
        return p.accept ? `${who} accepted ${draft}${when}.` : p.issues ? `${who} rejected ${draft}, objecting to ${p.issues}${when}.` : `${who} rejected ${draft} without naming an item${when}.`;
      case 'concession':
        return p.accept ? `${who} agreed to move on ${p.issues}${when}.` : `${who} declined to move on ${p.issues}${when}.`;
      case 'listen':
        return p.issues ? `${who} told the mediator where it stood on ${p.issues}${when}.` : `${who} told the mediator nothing of where it stood${when}.`;
      case 'trade':
        return p.accept ? `${who} took up the trade the mediator proposed, on ${p.issues}${when}.` : `${who} turned down the trade the mediator proposed, on ${p.issues}${when}.`;
    }
  },
  title: (scenario: string) => `Debrief: ${scenario}`,
  printButton: 'Print',
  downloadMarkdown: 'Download (Markdown)',
  downloadJson: 'Download (JSON)',
  parts: {
    description: '1. Description',
    analysis: '2. Analysis',
    application: '3. Application',
  },
  intros: {
    description: 'What happened, round by round: what each side said, the news, the meters, and every escalation with its cause. Lines marked simulated are invented for the game, never real quotes.',
    analysis: 'Why it happened: the turning points, what each side hid, the text against what no deal was worth, and the theory that fits.',
    application: 'Questions for discussion, drawn from what happened in this game.',
  },
  summary: (p: { label: string }) => `${p.label}. `,
  outcome: (p: { reason: string; round: number; date: string; venue: string }) => `${p.reason} (Round ${num(p.round)}, ${fmt().shortDate(p.date)}, ${p.venue}.)`,
  about: (p: { place: string; mediator: string; seed: number; played: number; scheduled: number; sides: readonly string[] }) =>
    `${p.place}. Mediator: ${p.mediator}. Seed ${p.seed}. ${num(p.played)} of ${count(p.scheduled, { one: 'round', other: 'rounds' })} played. Delegations: ${fmt().list(p.sides)}.`,
  hints: (p: { asked: number; taken: number }) =>
    p.asked === 0 ? 'Hints from the seasoned mediator: none asked.' : `Hints from the seasoned mediator: ${num(p.asked)} asked, ${num(p.taken)} taken (the next move was the one suggested).`,
  date: (iso: string) => fmt().shortDate(iso),
  timeline: 'Timeline',
  // "Round 1 — Day 2: the three leaders meet": the scenario's own label, apart from the game's count.
  round: (p: { round: number; label: string; date: string; venue: string }) => `Round ${num(p.round)} — ${p.label.replace(/^Round \d+:\s*/, '')} (${fmt().shortDate(p.date)}, ${p.venue})`,
  roundLabel: (round: number) => `Round ${num(round)}`,
  saidIn: (round: number) => `What was said in round ${num(round)}`,
  where: (where: string) => `${where} · `,
  speaker: (name: string) => `${name}: `,
  simulated: 'simulated',
  onRecord: ' On the record: ',
  nothingSaid: 'Nothing was said this round.',
  newsOf: (round: number) => `News of round ${num(round)}`,
  newsItem: (p: { date: string; headline: string }) => `${fmt().shortDate(p.date)}: ${p.headline}. `,
  /** `report`: what a reported event rests on ("participant’s memoir"), null when it is not a report. */
  newsTag: (p: { kind: string; report: string | null; cause: string }) => `(${p.kind === 'scripted' ? (p.report ?? 'scripted') : `in this game: ${p.kind}`}; cause: ${p.cause})`,
  sources: ' Sources: ',
  reported: ' (reported)',
  people: 'The delegations played by people',
  meters: 'The meters over the rounds',
  escalations: 'Escalations and who caused them',
  noEscalation: 'The pressure never rose during the game.',
  escalationCaption: (pressure: string) => `Every rise in ${pressure.toLowerCase()}, with its cause`,
  escalationHead: ['Round', 'Date', 'From → to', 'What happened', 'Caused by', 'The mediator’s part'],
  // The headline only when the cause's words do not already give it.
  escalationText: (p: { text: string; headline: string | null }) => (p.headline && !p.text.includes(p.headline) ? `${p.text} (“${p.headline}”)` : p.text),
  blame: 'Blame. ',
  whoEscalated: 'Who escalated. ',
  atHome: 'At home: ratification',
  blameActor: (p: { actor: string; rungs: number; ruleNames: readonly string[] }) => `${p.actor}: ${count(p.rungs, { one: 'rung', other: 'rungs' })} (${p.ruleNames.join('; ')})`,
  turningPoints: 'Turning points',
  noTurningPoint: 'Nothing moved far enough to count as a turning point.',
  rank: (p: { rank: number; decisive: boolean }) => `Rank ${num(p.rank)} by size (1 is the largest)${p.decisive ? ', decisive' : ''}: `,
  causedBy: (actor: string) => ` Caused by ${midSentence(actor)}.`,
  hidden: 'Hidden preferences, fallbacks and red lines revealed',
  sideHeading: (p: { name: string; shortName: string }) => `${p.name} (${p.shortName})`,
  weightsCaption: (side: string) => `What mattered to ${side}, most first`,
  weightsHead: ['Issue', 'Weight (of 100)', 'Priority', 'Heard as', 'Best option', 'Opening', 'Final position'],
  /** A weight as whole points of 100 (the notebook's "21 in 100"). */
  weight: (share: number) => num(share),
  priorities: { high: 'high', medium: 'medium', low: 'low' },
  notHeard: 'not heard',
  redLines: 'Red lines: ',
  redLine: (p: { issue: string; option: string; heard: boolean }) => `${p.issue}: never “${p.option}” (${p.heard ? 'heard' : 'never heard'})`,
  againstFallback: 'The final text against each side’s fallback',
  textCaption: (p: { kind: string; version: number }) => `The ${p.kind} text (draft ${num(p.version)}) against the Nash point`,
  textHead: ['Issue', 'The text', 'Nash point'],
  leftOpen: 'Left open',
  valueCaption: 'Each side’s value of the text (0–100, in its own terms)',
  valueRows: { worth: 'Worth of the text', fallback: 'Fallback (no deal)', home: 'Needed to pass at home', nash: 'Nash bargaining point' },
  percent: hundredths,
  /** A delegation's least and most on the frontier, in the chart's table. */
  percentRange: (least: number, most: number) => `${hundredths(least)}–${hundredths(most)}`,
  frontierReach: 'The frontier’s texts, least to most',
  frontier: 'The Pareto frontier and the Nash point',
  theory: 'Theory that fits this game',
  theoryHeading: (p: { name: string; thinker: string }) => `${p.name} (${p.thinker})`,
  source: 'Source: ',
  besideHistory: 'The game beside history',
  /** How the real talks ended, in full (the scenario's ending, else its last history entry). */
  ending: 'How the real talks ended',
  endingDetail: (p: { detail: string; sources: readonly string[] }) => `${p.detail}${p.sources.length ? ` Sources: ${p.sources.join('; ')}.` : ''}`,
  historyCaption: 'This game and what really happened, by date',
  historyHead: ['Date', 'Track', 'What happened', 'Sources'],
  tracks: { game: 'This game', history: 'History', historyAs: (label: string) => `History (${label})` },
  historyEntry: (p: { headline: string; detail: string }) => `${p.headline}: ${p.detail}`,
  questions: 'Questions for discussion',

  // The charts.
  chartTitle: (title: string) => `${title}: start and the end of each round (figures in the table below)`,
  start: 'Start',
  roundTick: (round: number) => `R${num(round)}`,
  solid: (side: string) => `—— solid: ${side}`,
  dashed: (side: string) => `- - dashed: ${side}`,
  seriesHead: (rounds: readonly number[]) => ['Series', 'Start', ...rounds.map((r) => `Round ${num(r)}`)],
  hiddenDuringPlay: ' (hidden during play)',
  byRound: (title: string) => `${title}, by round`,
  opened: (side: string) => `${cap(side)} opened`,
  frontierTitle: 'The Pareto frontier of the texts the draft can express, each side’s fallback, the openings, the Nash point and the final text (figures in the table below)',
  theText: 'The text',
  nashPoint: 'Nash point',
  betterForBoth: (sides = 2) => `A text better for ${both(sides, 'both', 'every side')}`,
  /** With more than two delegations the chart is one line per delegation (a frontier has as many dimensions as delegations). */
  frontierTitleMany: 'Each delegation’s worth of the final text on its own line, with its fallback, the Nash point, every opening and the least and most the frontier’s texts give it (figures in the table below)',
  frontierCaptionMany: (n: number) =>
    `The texts the draft can express that no other beats for every side: ${count(n, { one: 'text', other: 'texts' })}, with as many dimensions as delegations, so each delegation has its own line: the least to the most those texts give it (shaded band), its fallback (bar), the openings (rings), the Nash point (disc), the text (square) and, if there is one, a text better for every side (diamond). Values 0–100 in each side’s own terms.`,
  /** The tick on a delegation's line of the chart for more than two. */
  openedShort: (side: string) => `${cap(side)}’s opening`,
  /** One line style per delegation in a meter's chart (two: solid and dashed). */
  dotted: (side: string) => `· · dotted: ${side}`,
  dashDotted: (side: string) => `-·- dash-dotted: ${side}`,
  fallbacks: 'Fallbacks (no deal)',
  opening: (side: string) => `${cap(side)}’s opening`,
  frontierCaption: (n: number) =>
    `The Pareto frontier of the texts the draft can express (${count(n, { one: 'text', other: 'texts' })} no other beats for both; the wider issues move together, by agenda moves), the fallbacks (dashed), the openings, the Nash point (disc), the text (square) and, if there is one, a text better for both (diamond). Values 0–100 in each side’s own terms.`,
  pointsCaption: 'Points of the bargaining chart',
  point: 'Point',

  // The Markdown export (its headings are the page's, with its own marks).
  md: {
    heading: (p: { level: number; text: string }) => `${'#'.repeat(p.level)} ${p.text}`,
    statements: 'What was said (lines marked *simulated* are invented for the game, never real quotes):',
    mediatorLine: (p: { where: string; speaker: string; text: string }) => `- *${p.where}*: ${p.speaker}: ${p.text}`,
    /** A delegation's reply as the game reports it: it names the delegation itself. */
    reportLine: (p: { where: string; text: string }) => `- *${p.where}*: ${p.text}`,
    line: (p: { where: string; speaker: string; mark: string; text: string }) => `- *${p.where}*: **${p.speaker}**${p.mark}: ${p.text}`,
    ownWords: ' (*their own words*)',
    simulated: ' (*simulated*)',
    onRecordSource: (link: string) => ` (on the record: ${link})`,
    onRecord: ' (on the record)',
    news: 'News:',
    newsLine: (p: { date: string; headline: string; tag: string; body: string; cause: string; sources: readonly string[] }) =>
      `- ${fmt().shortDate(p.date)}: **${p.headline}** (${p.tag}). ${p.body} Cause: ${p.cause}.${p.sources.length ? ` Sources: ${p.sources.join('; ')}.` : ''}`,
    tag: (p: { kind: string; report: string | null }) => (p.kind === 'scripted' ? (p.report ?? 'scripted') : `in this game: ${p.kind}`),
    link: (p: { title: string; url: string; reported: boolean }) => `[${p.title}](${p.url})${p.reported ? ' (reported)' : ''}`,
    meterHead: (rounds: readonly number[]) => ['Meter', 'Start', ...rounds.map((r) => `Round ${num(r)}`)],
    metersPerRound: 'Meters per round',
    metersNote: 'Values at the end of each round, after its news and drift.',
    hiddenNote: 'Hidden during play, revealed here:',
    rung: (p: { name: string; value: number }) => `${p.name} (${num(p.value)})`,
    escalationsAndBlame: 'Escalations and blame',
    // The cause in words only: its rule id ("coercion.hedge") is for the JSON export, not a reader.
    escalation: (p: { round: number; date: string; from: string; to: string; text: string; actor: string; part: readonly string[] }) =>
      `- Round ${num(p.round)} (${fmt().shortDate(p.date)}): ${p.from} → ${p.to}. ${p.text}. Caused by: ${midSentence(p.actor)}.${p.part.length ? ` Mediator's part: ${p.part.join(' ')}` : ''}`,
    blame: (verdict: string) => `**Blame.** ${verdict}`,
    whoEscalated: (text: string) => `**Who escalated.** ${text}`,
    atHome: 'At home: ratification',
    blameActor: (p: { actor: string; rungs: number; ruleNames: readonly string[] }) => `- ${p.actor}: ${count(p.rungs, { one: 'rung', other: 'rungs' })} (${p.ruleNames.join('; ')})`,
    mediatorsPart: "The mediator's own part:",
    turningNote: 'The largest moves of the game, from the ledger (rank 1 is the largest).',
    turningPoint: (p: { rank: number; decisive: boolean; summary: string }) => `- **#${num(p.rank)}**${p.decisive ? ' (decisive)' : ''} ${p.summary}`,
    hiddenRevealed: 'Hidden preferences revealed',
    weightsHead: ['Rank', 'Issue', 'Weight (of 100)', 'Priority', 'Heard as', 'Best option', 'Opening', 'Final position'],
    redLinesHeading: 'Red lines:',
    redLine: (p: { issue: string; option: string; heard: boolean }) => `- ${p.issue}: never "${p.option}" (${p.heard ? 'the mediator heard it' : 'never heard by the mediator'})`,
    trust: (p: { credibility: [number, number]; closeness: [number, number]; patience: [number, number] }) =>
      `- Trust in the mediator: credibility ${num(p.credibility[0], 1)} → ${num(p.credibility[1], 1)}, closeness ${num(p.closeness[0], 1)} → ${num(p.closeness[1], 1)}; patience ${num(p.patience[0], 1)} → ${num(p.patience[1], 1)}.`,
    finalText: 'The final text against the fallbacks',
    textHead: (kind: string) => ['Issue', `The ${kind} text`, 'Nash point'],
    open: '(open)',
    valueRows: { worth: 'Worth of the text', fallback: 'Fallback (no deal)', home: 'Needed to pass at home', surplus: 'Surplus over the fallback', nash: 'Nash bargaining point' },
    worth100,
    /** `ends` and `axes`: one value per delegation. */
    frontier: (p: { points: number; ends: readonly [readonly number[], readonly number[]] | null; axes: readonly string[] }) =>
      `The frontier (packages no side refuses on a red line and no other package beats for ${both(p.axes.length, 'both', 'every side')}) has ${count(p.points, { one: 'point', other: 'points' })}${
        p.ends ? ` from ${point(p.ends[0])} to ${point(p.ends[1])}` : ''
      }, in (${p.axes.join(', ')}).`,
    pointRows: { text: 'The text', nash: 'Nash point', better: (sides = 2) => `A text better for ${both(sides, 'both', 'every side')}`, fallbacks: 'Fallbacks', opening: (side: string) => `${cap(side)}'s opening` },
    source: (p: { citation: string; url: string }) => `Source: [${p.citation}](${p.url})`,
    title: (scenario: string) => `# Debrief: ${scenario}`,
    outcome: (p: { label: string; round: number; date: string; venue: string; reason: string }) => `**Outcome: ${p.label}** (round ${num(p.round)}, ${fmt().shortDate(p.date)}, ${p.venue}). ${p.reason}`,
  },
};
