// The English words of the class comparison (many students' saves side by side), of the saves a
// teacher debriefs, and of the class codes students type.
import { fmt } from './formatters.ts';
import { cap, count, num } from './en-forms.ts';

export const compareClass = {
  actions: {
    'faithful-only': 'Every message relayed faithfully',
    distorted: 'At least one message softened, sharpened or withheld',
    guarantee: 'A guarantee offered',
    agenda: 'The agenda widened, narrowed or split',
    painted: 'The stalemate painted',
    presented: 'A draft presented',
  },

  // The page.
  title: 'Compare a class’s saves',
  reading: (files: number) => `Reading ${count(files, { one: 'file', other: 'files' })}…`,
  choose: 'Choose the students’ save files (several at once), or drop them here:',
  intro: 'Each save is replayed and checked; a file that cannot be read is listed with the reason and left out, and a copy of the same game is counted once. Nothing leaves this computer.',
  skipped: (reason: string | null) => `Skipped: ${reason ?? 'unreadable'}`,
  duplicate: (of: string | null) => `Duplicate of ${of ?? 'another file'} (counted once)`,
  counted: 'Counted',
  standing: (p: { side: string; value: number; fallback: number }) => `${cap(p.side)} ${num(p.value)} (no deal ${num(p.fallback)})`,
  summary: (p: { games: number; bad: number; duplicates: number }) =>
    `${count(p.games, { one: 'game', other: 'games' })} compared; ${count(p.bad, { one: 'file', other: 'files' })} skipped; ${count(p.duplicates, { one: 'duplicate', other: 'duplicates' })}.`,
  students: 'The games, student by student',
  studentsCaption: 'Each game: who played it (the name in the save, else the file’s name), its scenario, outcome, rounds played and final standing (each side’s value of the final text, 0–100, against no deal), all as its replay gives them',
  studentsHead: ['Player or file', 'Scenario', 'Outcome', 'Rounds', 'Final standing', 'Status'],
  outcomes: 'How the games ended',
  noGame: 'No game could be compared.',
  outcomesCaption: 'Outcomes across the class',
  outcomesHead: ['Outcome', 'Games', 'Share', ''],
  share: (x: number) => fmt().percent(x),
  turning: 'Turning points most games shared',
  noTurning: 'No turning point came up in more than one game.',
  turningCaption: 'The same kind of move among the largest of several games',
  turningHead: ['Turning point', 'Games', 'Share'],
  actionsHeading: 'What the mediators did, with and without an agreement',
  actionsNote: 'An agreement is a framework or an interim deal. Shares are of the games in each group; with few games, read them as questions for the class, not findings.',
  actionsCaption: 'Share of games in which the mediator did each thing',
  actionsHead: (p: { agreements: number; others: number }) => ['Mediator action', `Agreements (${num(p.agreements)})`, `Other outcomes (${num(p.others)})`],
  count: (n: number) => num(n),

  // A save debriefed from the title screen.
  debrief: {
    /** `why`: the save reader's lines, as the command line prints them. */
    cannot: (p: { file: string; why: string }) => `${p.file} cannot be debriefed: ${p.why}.`,
  },

  // Class codes.
  code: {
    length: (p: { expected: number; got: number }) => `A class code has ${num(p.expected)} letters and digits (${num(p.expected + 2)} when people play a third or fourth delegation); this one has ${num(p.got)}.`,
    badCharacter: (ch: string) => `"${ch}" is not used in class codes: check the code again.`,
    typo: 'This code has a typo: one of its characters is wrong. Check it against the one you were given.',
    /** A code whose check fits other rules (its seed would start another game there), or, rarely, a typo. */
    otherRules: (p: { made: number; plays: number }) =>
      p.made < p.plays
        ? `This code was made for version ${num(p.made)} of the game’s rules, and this copy of the game plays version ${num(p.plays)}: it would start a different game. Ask your teacher for a new code (or check this one for a typo).`
        : `This code was made for version ${num(p.made)} of the game’s rules, newer than this copy of the game (version ${num(p.plays)}): reload the page to update the game (or check the code for a typo).`,
    notOurs: 'This code is not a class code of this game.',
    noScenario: 'This code is for a scenario that is not in this copy of the game. If your teacher opened the scenario from a file, ask for the class pack (one file with the scenario and the code) and open it here.',
    ambiguous: (ids: readonly string[]) => `This code could be for ${fmt().list(ids, 'or')}: ask your teacher which.`,
  },

  // Class packs: a scenario and a class code in one file.
  pack: {
    notJson: (file: string) => `${file} is not a class pack: it is not a JSON file the game wrote.`,
    notPack: (file: string) => `${file} is not a class pack (a class pack is a file saved from the teacher's class setup).`,
    /** `why`: the reader's first lines, as the command line prints them. */
    badFile: (p: { file: string; why: string }) => `${p.file} cannot be opened: ${p.why}.`,
    newerFormat: (p: { file: string; format: number }) => `${p.file} is a class pack of a newer kind (${num(p.format)}): reload the page to update the game.`,
    badScenario: (p: { file: string; problems: readonly string[]; more: number }) =>
      `The scenario in ${p.file} has problems, so it cannot be played: ${p.problems.join('; ')}${p.more > 0 ? ` (and ${num(p.more)} more)` : ''}.`,
    /** The code in the pack does not name the pack's scenario. */
    wrongScenario: (file: string) => `The class code in ${file} is for another scenario than the one in the file: ask your teacher to save the class pack again.`,
    badCode: (p: { file: string; why: string }) => `The class code in ${p.file} cannot be used: ${p.why}`,
    fileName: (p: { id: string; code: string }) => `${p.id}-class-${p.code}.json`,
  },
};
