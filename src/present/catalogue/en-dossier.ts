// The English words of the briefing dossier (the scenario's own text arrives as it is written).
import { fmt } from './formatters.ts';
import { cap, count } from './en-forms.ts';

export const dossier = {
  label: 'The briefing dossier',
  tabs: {
    situation: 'The situation',
    who: 'Who is who',
    case: (side: string) => `${cap(side)}’s case`,
    issues: 'The issues',
    facts: 'Facts and sources',
    how: 'How to play',
  },
  glossaryLink: (term: string) => `Glossary: ${term}`,
  yourRole: 'Your role',
  role: (p: { mediator: string; hall: string; delegations?: number }) =>
    `You are ${p.mediator}, the mediator. The ${(['two', 'three', 'four'] as const)[(p.delegations ?? 2) - 2] ?? 'two'} delegations sit in separate rooms and never meet: you walk between them, carry what each says, and write one text in ${p.hall}. Every action takes time, and each day ends with a recess and the news.`,
  days: 'The days of talks',
  day: (p: { date: string; label: string; venue: string; hours: number }) => `${fmt().longDate(p.date)}: ${p.label} (${p.venue}, ${count(p.hours, { one: 'hour', other: 'hours' })})`,
  sourceDate: (iso: string) => fmt().longDate(iso),
  delegationRoom: (p: { name: string; first: boolean; back?: boolean }) => `${p.name} (${p.back ? 'a room off the back of the hall' : p.first ? 'the room on the left' : 'the room on the right'})`,
  roles: { lead: 'leads the delegation', attending: 'attends', member: 'member' },
  who: 'Who is who',
  likeness: 'Real public figures are shown by their public roles. Nothing here is a likeness, and every line they speak in the game is simulated unless it is marked as a reported quote.',
  mediator: (country: string) => `The mediator (${country})`,
  caseHeading: (side: string) => `${cap(side)}’s case, in its own terms`,
  caseNote: (delegation: string) => `What ${delegation} says in public. It is their case, not the game’s verdict.`,
  issues: 'The issues on the table',
  issuesNote: 'Core issues must all be settled for a framework agreement. Agenda issues are set by proposing the agenda, not by editing the draft.',
  core: ' (core)',
  agenda: ' (agenda)',
  /** Neither core nor agenda: in the text, but a framework may leave it open. */
  optional: ' (may be left open)',
  facts: 'Facts and sources',
  factsNote: 'Where the facts in this scenario come from, each marked with what it is. A “news report” is a report, not settled history; a “participant’s memoir” is one side’s own account, partisan by nature. Links open outside the game.',
  noSources: 'This scenario lists no sources.',
  how: 'How to play',
  howDraft: (hall: string) => `In ${hall}, write the draft: one option per issue, or leave an item open.`,
  howWalkMany: 'Walk to a room to listen, carry what the other delegations said, present the draft, ask for a concession, propose a trade, propose the agenda, paint the stalemate or offer a guarantee.',
  howWalk: 'Walk to a room to listen, carry the other side’s message, present the draft, ask for a concession, propose a trade, propose the agenda, paint the stalemate or offer a guarantee.',
  howWinMany: (pressure: string) => `A framework agreement: every delegation that must sign accepts the same text, and it settles every core issue. Watch their patience, their trust in you, and the ${pressure.toLowerCase()}.`,
  howWin: (pressure: string) => `Both sides accepting the same text that settles every core issue is a framework agreement. Watch their patience, their trust in you, and the ${pressure.toLowerCase()}.`,
  howMeters: 'Every meter says why it moved: focus it or hover it. Press ? for the keys, and T for the glossary.',
  terms: 'Terms to know',
};
