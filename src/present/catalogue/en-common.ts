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
  /** Why a save failed its replay (replay/save.ts: SaveProblem), as a clause. Event types stay as the log writes them. */
  saveCheck: {
    otherScenario: (p: { saved: string; here: string }) => `the save is for scenario "${p.saved}", not "${p.here}"`,
    otherVersion: (p: { scenario: string; saved: string; here: string }) => `the save was made with a different version of scenario "${p.scenario}" (hash ${p.saved}, this one is ${p.here})`,
    diverged: (p: { event: number; type: string; round: number }) => `diverges at event ${num(p.event)} (${p.type}, round ${num(p.round)}): the replayed state differs from the recorded one`,
    refused: (p: { event: number; type: string }) => `event ${num(p.event)} (${p.type}) is not allowed where the game stands`,
    trail: (p: { steps: number; events: number }) => `the recorded trail has ${num(p.steps)} steps but the log has ${num(p.events)} events`,
    checkpoint: (p: { event: number; round: number }) => `diverges by event ${num(p.event)} (round ${num(p.round)}): the recorded state hash does not match the replay`,
    final: (p: { hash: string; saved: string }) => `diverges after the last checkpoint: the final state hash is ${p.hash}, the save records ${p.saved}`,
  },
  /** The resume notice's button for a saved game from other rules: keep a copy before a new game replaces it. */
  downloadOldSave: 'Download the old save',
  replays: 'Replays and branches…',
  teacherControls: 'Teacher controls…',
  shuttleDiplomacy: 'Shuttle Diplomacy',
  helpTitle: 'Help and keys (?)',
  seedLabel: 'Seed',
};
