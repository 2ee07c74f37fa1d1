// Each side builds up a message for the others until the mediator carries it (or does not): what
// it moved on, what it stated, what it accepted or criticised, the trades it offers. With two
// delegations a side has one message, to the other (`pending`); with more, one per addressee
// (`outbox`): what it says of itself goes to every other delegation, an offer to the one it is
// made to, the answer to a trade to the one that offered it.
import { other, type CompiledScenario } from '../compile.ts';
import { sideDraft, type RuleContext } from '../context.ts';
import { sideValue } from '../meters.ts';
import { named, offerTo, othersOf } from '../parties.ts';
import type { GameState, Message, MessageItem, SideIndex, SideState, Tone } from '../types.ts';

export function toneOf(side: Pick<SideState, 'patience' | 'closeness'>): Tone {
  if (side.patience < 35) return 'hostile';
  if (side.closeness >= 60 && side.patience >= 60) return 'warm';
  return 'neutral';
}

/** What holds the messages waiting: a game's state, or the mediator's view of it (its sides show the same two fields). */
export interface Mailboxes {
  readonly sides: readonly { readonly pending: Message | null; readonly outbox?: readonly (Message | null)[] }[];
}

/** The message from one side waiting for another. */
export function waitingFor(state: Mailboxes, from: SideIndex, to: SideIndex): Message | null {
  const side = state.sides[from]!;
  return side.outbox ? (side.outbox[to] ?? null) : to === other(from) ? side.pending : null;
}

/** The delegations with a message waiting for `to`, in order. */
export function sendersTo(c: CompiledScenario, state: Mailboxes, to: SideIndex): SideIndex[] {
  return othersOf(c, to).filter((from) => waitingFor(state, from, to) !== null);
}

/** The first delegation with a message waiting for `to`, or null (no list made: the planner's simulations ask it at every move). */
export function firstSenderTo(c: CompiledScenario, state: Mailboxes, to: SideIndex): SideIndex | null {
  for (const from of c.sideIndices) if (from !== to && waitingFor(state, from, to) !== null) return from;
  return null;
}

/** Where the journal keeps the message from one side to another, as this event writes it. */
const slot = (from: SideIndex, to: SideIndex) => from * 4 + to;

/** The message from this side to another, as this event has left it (with two delegations, `to` is the other one). */
export function pendingOf(ctx: RuleContext, from: SideIndex, to: SideIndex = other(from)): Message | null {
  const written = ctx.journal.pending[slot(from, to)];
  return written === undefined ? waitingFor(ctx.base, from, to) : written;
}

/** Writes (or clears) the message from one side to another. */
export function setMessage(state: GameState, ctx: RuleContext, from: SideIndex, to: SideIndex, message: Message | null): void {
  const side = sideDraft(state, ctx, from);
  ctx.journal.pending[slot(from, to)] = message;
  if (side.outbox) {
    const outbox = [...side.outbox];
    outbox[to] = message;
    side.outbox = outbox;
  } else side.pending = message;
}

/** Who an item is for: an offer for the delegation it is made to, a trade's answer for the one that offered it, the rest for every other. */
function addressees(c: CompiledScenario, from: SideIndex, item: MessageItem): SideIndex[] {
  if (item.type === 'offer') return [offerTo(item.offer)];
  if (item.type === 'tradeAccepted' || item.type === 'tradeDeclined') return [item.offer.from];
  return othersOf(c, from);
}

export function addToMessage(state: GameState, ctx: RuleContext, from: SideIndex, items: readonly MessageItem[]): void {
  if (items.length === 0) return;
  // The tone as this event has left the meters.
  const tone = toneOf({ patience: sideValue(ctx, 'patience', from), closeness: sideValue(ctx, 'closeness', from) });
  if (!named(ctx.c)) {
    const to = other(from);
    const was = pendingOf(ctx, from, to);
    setMessage(state, ctx, from, to, { from, to, tone, items: [...(was?.items ?? []), ...items] });
    return;
  }
  for (const to of ctx.c.sideIndices) {
    const mine = items.filter((item) => addressees(ctx.c, from, item).includes(to));
    if (mine.length === 0) continue;
    const was = pendingOf(ctx, from, to);
    setMessage(state, ctx, from, to, { from, to, tone, items: [...(was?.items ?? []), ...mine] });
  }
}
