// The English words many screens share: buttons, the page's own furniture, notices that any
// part of the game may raise.
import { num } from './en-forms.ts';

export const common = {
  cancel: 'Cancel',
  close: 'Close',
  menu: 'Menu',
  settings: 'Settings',
  print: 'Print',
  glossaryButton: 'Glossary (T)',
  dismiss: 'Dismiss',
  pageActions: 'Page actions',
  backToGame: '← Back to the game',
  back: (label: string) => `← ${label}`,
  notLoaded: 'That part of the game could not be loaded. If you are offline, connect once and reload the page.',
  storage: {
    unavailable: 'This browser does not let the game save (storage is off or private). You can keep playing, but a reload will lose the game.',
    full: 'The browser’s storage is full, so the game could not be saved. You can keep playing; free some space or download a save file from the menu.',
  },
  notPossibleNow: 'That is not possible now.',
  simulated: 'simulated',
  reportedQuote: 'reported quote',
  reported: 'reported',
  newsReport: 'news report',
  sourcesLabel: 'Sources: ',
  sourceLabel: 'Source: ',
  /** "Sources: a; b" after a list of titles. */
  sources: (titles: readonly string[]) => `Sources: ${titles.join('; ')}`,
  /** A source's publisher and date after its title. */
  sourceMeta: (parts: readonly string[]) => ` (${parts.join(', ')})`,
  leftOpen: 'Left open',
  /** A label before its value: "Water share: ". */
  labelled: (label: string) => `${label}: `,
  issue: 'Issue',
  nashPoint: 'Nash point',
  whatReallyHappened: 'What really happened',
  downloadSave: 'Download the save file',
  /**
   * Why a save from other rules is refused (the same moves would make another game), as a
   * clause after "x cannot be opened: ", and after `rules: ` on the command line.
   */
  otherRules: (p: { made: number; plays: number }) =>
    p.made < p.plays
      ? `it was made under version ${num(p.made)} of the game’s rules, and this copy of the game plays version ${num(p.plays)}: its moves would make a different game, so it cannot be replayed here`
      : `it was made under version ${num(p.made)} of the game’s rules, newer than this copy of the game (version ${num(p.plays)}): reload the page to update the game, then open it again`,
  /** The resume notice's button for a saved game from other rules: keep a copy before a new game replaces it. */
  downloadOldSave: 'Download the old save',
  replays: 'Replays and branches…',
  teacherControls: 'Teacher controls…',
  shuttleDiplomacy: 'Shuttle Diplomacy',
  helpTitle: 'Help and keys (?)',
  seedLabel: 'Seed',
};
