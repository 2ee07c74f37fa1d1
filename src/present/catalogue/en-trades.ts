// The English words of trades in the talks: the trade form in a delegation's room, and the
// offers on the table in the side panel, with the one revision that writes an offer in.
import { cap, num } from './en-forms.ts';

export const trades = {
  action: 'Propose a trade',
  actionHint: 'Ask whether they would move one step on an issue if the other side moved one step on another.',
  actionHintMany: 'Ask whether they would move one step on an issue if another delegation moved one step on another.',
  noTrade: 'No trade can be framed now: on every issue a side has taken its last step, or one more would pass the other side.',
  noTradeMany: 'No trade can be framed now: on every issue a side has taken its last step, or one more would pass another delegation.',
  heading: (side: string) => `Propose a trade to ${side}`,
  note: 'Only the steps each side can still take from where it stands are listed. Their answer is given at once; a yes is their offer, for you to carry.',
  give: (side: string) => `${cap(side)} would move on`,
  get: (other: string) => `if ${other} moves on`,
  /** With more than two delegations: whom the trade is with. */
  counterpart: 'In return from',
  /** One step on an issue: the issue and the option it would move to. */
  step: (p: { issue: string; option: string }) => `${p.issue}: to “${p.option}”`,
  propose: (hours: number) => `Propose (${num(hours, 2)} h)`,
  close: 'Close (Esc)',
  opened: (side: string) => `Trade form open: choose what ${side} would move on, and what it would get.`,

  offers: 'Offers on the table',
  /** Where an offer stands. */
  waiting: (to: string) => `Not carried yet: it goes to ${to} with your next message.`,
  onTable: 'Made before you; not answered yet.',
  taken: (p: { side: string; other: string }) => `${cap(p.side)} took ${p.other}’s trade: both positions have moved.`,
  condition: (version: number) => `About draft ${num(version)}, the one on the table.`,
  write: 'Write it into the draft',
  writeHint: (hours: number) => `One revision with the offer’s items (${num(hours, 2)} h).`,
  written: 'The draft already says this.',
  onlyInHall: (hall: string) => `The draft is written in ${hall}.`,
  cannotWrite: 'The draft cannot be revised now.',
};
