// The English words of a game in progress: the scenes, the HUD, the ladder, the concession
// bars, the side panel and dialogue, the game's menu, and the ways a game starts or resumes.
import { fmt } from './formatters.ts';
import { cap, count, num } from './en-forms.ts';

export const play = {
  menu: {
    about: (p: { title: string; seed: number }) => `${p.title}. Seed ${p.seed}: the same seed and the same choices give the same game.`,
    saved: 'Your game is saved after every action; the title screen can continue it.',
    toTitle: 'Back to the title screen',
    toTalks: 'Back to the talks',
  },
  replace: {
    title: 'Start a new game?',
    text: (p: { title: string; round: string; actions: number }) => `You have a game in progress (${p.title}, ${p.round}, ${count(p.actions, { one: 'action', other: 'actions' })}). A new game replaces it.`,
    yes: 'Start a new game',
    no: 'Keep my game',
  },
  resume: {
    failed: (why: string) => `Your saved game could not be resumed: ${why} Start a new game from the title screen.`,
    noSave: 'there is no saved game.',
    /** A saved game that cannot be read: moved aside, never deleted. */
    keptAside: (p: { name: string; why: string }) => `“${p.name}” cannot be read (${p.why}). It has been kept aside, not deleted: download it to keep a copy.`,
    partly: (action: number) => `The game’s rules changed since this game was saved: it was restored up to action ${num(action)}.`,
    finished: 'finished',
  },

  briefing: {
    begin: 'Begin the talks',
    heading: 'The briefing dossier',
    foot: (seed: number) => `Seed ${seed}. Press B to begin, or ? for the keys.`,
    said: (title: string) => `The briefing dossier for ${title}. Read it, then begin the talks.`,
  },
  hall: {
    actions: (place: string) => `Actions in ${place}`,
    /** The heading of the hall's record of the day, by the venue drawn (a scenario may give its own). */
    log: { 'gulf-palace': 'Today in the palace', 'country-retreat': 'Today at the lodge', 'conference-base': 'Today at the conference' },
    empty: 'Nothing has been said today yet.',
    editorOpen: 'The draft editor is open. Escape closes it.',
  },
  room: {
    log: 'Said in this room today',
    empty: 'Nothing has been said in this room today.',
    person: (delegation: string) => `A person plays the ${delegation}: they answer your questions themselves.`,
  },
  blocked: (p: { label: string; reason: string | undefined }) => `${p.label}: ${p.reason || 'not possible now'}`,
  news: {
    end: 'See how the talks end',
    next: (p: { round: number; date: string; venue: string }) => `On to round ${num(p.round)}: ${fmt().longDate(p.date)}, ${p.venue}`,
    heading: (round: number) => `The news after round ${num(round)}`,
    overnight: (label: string) => `${label}. Overnight, the capitals consult and the world moves.`,
    headlines: 'Headlines',
    moved: 'What moved overnight',
    movedWhy: 'What moved overnight, and why',
    foot: 'Press N to go on.',
    said: (p: { round: number; summary: string }) => `The news after round ${num(p.round)}. ${p.summary}`,
    quiet: 'A quiet night: no news.',
    nothingMoved: 'Nothing you can see moved overnight.',
    summary: (headlines: readonly string[]) => `${count(headlines.length, { one: 'headline', other: 'headlines' })}: ${headlines.join('. ')}.`,
    invented: (cause: string) => `Invented for this game. Cause: ${cause}`,
    cause: (cause: string) => `Cause: ${cause}`,
    why: (causes: readonly string[]) => `Why: ${causes.join('; ')}`,
    cardDate: (iso: string) => fmt().longDate(iso),
  },
  outcome: {
    foot: (p: { seed: number; actions: number }) => `Seed ${p.seed} · ${count(p.actions, { one: 'action', other: 'actions' })}`,
    debrief: 'The full debrief',
    again: 'Play again from the start',
    newGame: 'New game',
    over: 'The talks are over',
    overSaid: 'The talks are over.',
    reason: (p: { reason: string; round: number }) => `${p.reason} (Round ${num(p.round)}.)`,
    said: (p: { title: string; story: string; reason: string }) => `${p.title}. ${p.story} ${p.reason}`,
    rowsTitle: 'For each delegation, from 0 to 100: the final text’s worth, its fallback, the openings, the Nash point and the least and most the frontier’s texts give it',
    rowsNote: 'A line per delegation, its worth from 0 to 100: the shaded band runs from the least to the most that the texts on the Pareto frontier give it, the square is the final text, the bar across the line its fallback, the small dots the openings, the large dot the Nash point (the text that maximises the product of every delegation’s gain over its fallback), and a diamond, if shown, a text better for every delegation.',
    chartTitle: 'The Pareto frontier of the texts the draft can express, each side’s fallback, the openings, the Nash point and the final text',
    opened: (side: string) => `${cap(side)} opened`,
    finalText: 'Final text',
    worthNo: 'No: no deal is worth as much or more',
    worthShort: 'Better than no deal, short of what its hardliners demand',
    worthYes: 'Yes: better than no deal, and it can pass at home',
    textRegion: 'The final text',
    textCaption: 'The final text against the Nash bargaining point, issue by issue',
    noNash: 'No text beats no deal for both',
    noNashMany: 'No text beats no deal for every delegation',
    comparesRegion: 'How it compares',
    compares: 'Against no deal, and against the Nash point',
    valuesNote: 'Values run from 0 to 100 in each side’s own terms; items left open count at its fallback (its value of no deal). These hidden numbers are game assumptions, revealed now.',
    sidesCaption: 'Each side’s value of the final text, of no deal, of what passes at home, and of the Nash point',
    sidesHead: ['Side', 'Final text', 'No deal', 'Passes at home from', 'Worth it?', 'Nash point'],
    chartNote: 'The line is the Pareto frontier of the texts the draft can express (the wider issues move together, by agenda moves): texts no other beats for both sides. Dashed lines: each side’s fallback. The Nash point maximises the product of both sides’ gains over their fallbacks. A diamond, if shown: a text better for both than the final one.',
    history: (p: { date: string; headline: string }) => `${fmt().shortDate(p.date)}: ${p.headline}. `,
    /** The scenario's ending, above the dated history. */
    realEnding: (p: { date: string; headline: string }) => `How the real talks ended (${fmt().shortDate(p.date)}): ${p.headline}. `,
    detail: 'The outcome in detail',
    atHome: 'At home: ratification',
    value: (u: number) => num(Math.round(u * 100)),
  },

  hud: {
    why: (meter: string) => `Why it moved: ${meter}`,
    patienceShort: 'Patience',
    trustShort: 'Trust',
    closenessShort: 'Closeness',
    standingWith: (side: string) => `Your standing with ${side}`,
    standing: (cue: string) => `Your standing: ${cue.toLowerCase()}`,
    agenda: ' Agenda: the tug-of-war',
    scopeEnd: (p: { end: string; side: string; first: boolean }) => (p.first ? `← ${p.end} (${p.side})` : `${p.end} (${p.side}) →`),
    scopeEndAlone: (p: { end: string; first: boolean }) => (p.first ? `← ${p.end}` : `${p.end} →`),
    gameMenu: 'Game menu',
    help: 'Help and keys',
    round: (p: { round: number; of: number; date: string; venue: string }) => `Round ${num(p.round)} of ${num(p.of)} · ${fmt().longDate(p.date)} · ${p.venue}`,
    left: (hours: string) => `${hours} left`,
    clock: (time: string) => `Clock ${time}`,
    leftOf: (p: { left: string; of: number }) => `${p.left} left of ${num(p.of)}`,
    outOf100: (v: number) => `${num(v)} of 100`,
    person: 'Played by a person. ',
    accepts: (version: number) => `Accepts draft ${num(version)}. `,
    message: (to: string) => `Has a message for ${to}. `,
    scopeWide: 'wide: the wider issues are in the deal',
    /** The middle of the rope, said by where the text puts the wider issues (several texts share one reading). */
    scopeParts: (p: { inside: number; parallel: number; out: number }) => {
      const total = p.inside + p.parallel + p.out;
      if (p.parallel === total) return 'middle: the wider issues on a parallel track';
      if (p.out === total) return 'middle: the wider issues left to later talks';
      const parts = [p.inside ? `${num(p.inside)} in the deal` : '', p.parallel ? `${num(p.parallel)} on a parallel track` : '', p.out ? `${num(p.out)} left out` : ''].filter(Boolean);
      return `middle: of the wider issues, ${fmt().list(parts, 'and')}`;
    },
    scopeNarrow: 'narrow: the core file only',
    // The rope runs from the wide end (100) to the narrow one (0): the number says which way it counts.
    scopeReading: (p: { value: number; words: string; wide: string }) => `${num(p.value)} of 100 toward “${p.wide}”; ${p.words}`,
    /** Who cannot sell the agenda at home where it stands (the overlap of the tolerances is marked on the rope). */
    scopeAtHome: (p: { outside: readonly string[]; many?: boolean }) => (p.outside.length === 0 ? (p.many ? 'every delegation can sell it at home' : 'both can sell it at home') : `${fmt().list(p.outside, 'and')}’s critics attack it`),
    scopeZone: 'the stretch both can sell at home',
    scopeZoneMany: 'the stretch every delegation can sell at home',
  },
  ladder: {
    now: ' now',
    reading: (p: { rung: number; of: number; name: string; description: string }) => `Rung ${num(p.rung)} of ${num(p.of)}: ${p.name}. ${p.description}`,
    why: (label: string) => `Why the ${label.toLowerCase()} moved`,
    up: '▲ up a rung',
    down: '▼ down a rung',
  },
  bars: {
    title: ' Concessions',
    progress: 'Progress of the talks',
    conceded: (p: { side: string; percent: number }) => `${cap(p.side)} has moved ${num(p.percent)}%`,
    concededText: (p: { side: string; percent: number }) => `${cap(p.side)} has moved ${num(p.percent)} percent of the gap between the openings`,
    concededWhy: (side: string) => `Why ${side}’s concessions moved`,
    noDraft: 'The draft settles nothing yet',
    // Short, so the strip's four labels keep to one line at 1280 wide.
    draft: (p: { version: number; gap: number }) => `Draft ${num(p.version)}; the positions ${num(p.gap)}% apart`,
    /** More than two delegations: each one's move against the spread of all the openings. */
    concededSpreadText: (p: { side: string; percent: number }) => `${cap(p.side)} has moved ${num(p.percent)} percent of the spread between the openings`,
    draftVersion: (version: number) => `The draft: version ${num(version)}`,
    progressText: (percent: number) => `Progress ${num(percent)}%`,
    progressValue: (percent: number) => `${num(percent)} percent of the opening gap closed`,
    progressWhy: 'Why the progress moved',
  },
  why: {
    none: 'It has not moved yet.',
    // A cause may end a sentence of its own (a reply quoted): no second full stop after it.
    lines: (lines: readonly string[]) => `Why it moved: ${lines.map((l) => l.replace(/[.!?]$/, '')).join('. ')}.`,
  },
  menuNotPossible: (reason: string) => `Not possible now: ${reason || 'not here'}`,
  hours: (hours: number) => `${num(hours, 2)} h`,
  side: {
    message: (p: { from: string; to: string; summary: string }) => `${cap(p.from)} has a message for ${p.to}: “${p.summary}”`,
    hall: 'Between the two rooms: the draft is written here.',
    /** The hall with more than two delegations' rooms off it. */
    hallOfRooms: (rooms: number) => `Between the ${(['three', 'four'] as const)[rooms - 3] ?? num(rooms)} rooms: the draft is written here.`,
    room: (delegation: string) => `Across the table from the ${delegation}.`,
    /** Heads the messages the mediator holds, waiting to be carried. */
    waiting: 'Messages waiting to be carried',
  },
  atTable: (delegation: string) => `At the table: ${delegation}`,
  glossary: {
    title: 'Glossary',
    inGame: (text: string) => `In the game: ${text}`,
    sourcesFor: (term: string) => `Sources for ${term}`,
    rule: 'A rule of this game.',
    introCase: (title: string) => `The terms of ${title} and of negotiation theory. Entries that state a fact or name an idea give their source.`,
    intro: 'The terms of negotiation theory and of the game. Entries that state a fact or name an idea give their source.',
  },
  inGlossary: 'In the glossary',
};
