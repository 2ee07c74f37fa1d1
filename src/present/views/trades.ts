// Trades in the talks' screens. The trade form offers exactly the PROPOSE_TRADE events the
// machine lists as legal (what the side in the room would move on, and what the other side would
// move on in return), each named by the step it would take. The offers on the table are what a
// delegation put before the mediator (MediatorState.offers, the offers and taken trades in a
// message not yet carried, a condition on the draft now on the table), each in words, with the
// one revision (EDIT_DRAFT) that writes its items into the draft.
import type { GameEvent, MediatorView } from '../../machine/index.ts';
import { issueIndex, itemAt, optionAt, other, sideIndex, type CompiledScenario, type Item, type Offer, type SideIndex } from '../../model/index.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { moveImperative, sceneOf } from '../words/moves.ts';
import { hallName, optionLabel, sideName } from '../words/names.ts';
import { offerText } from '../words/said.ts';
import { waitingMessages } from './mail.ts';

export type TradeEvent = Extract<GameEvent, { type: 'PROPOSE_TRADE' }>;
export type EditEvent = Extract<GameEvent, { type: 'EDIT_DRAFT' }>;

/** What the trade form and the offers read: the mediator's view. */
export type TradesView = Pick<MediatorView, 'c' | 'state' | 'legal'>;

export interface TradeChoice {
  /** The issue id (what the event carries). */
  id: string;
  label: string;
}

export interface TradeForm {
  side: SideIndex;
  heading: string;
  note: string;
  giveLabel: string;
  getLabel: string;
  /** The issues the side in the room could move on, in the scenario's order. */
  gives: TradeChoice[];
  /** For each of those, the issues the other side could move on in return. */
  gets: Readonly<Record<string, TradeChoice[]>>;
  submit: string;
  /** With more than two delegations, whom the trade is with (delegation ids), else empty. */
  counterparts: TradeChoice[];
  /** The counterpart the gets are for (a delegation id); null with two delegations. */
  counterpart: string | null;
  counterpartLabel: string;
}

const words = () => gameWords().trades;

function legalTrades(view: TradesView): TradeEvent[] {
  return view.legal.filter((e): e is TradeEvent => e.type === 'PROPOSE_TRADE');
}

/** One step of a side on an issue, named by where it would go (the legal list vouches it exists). */
function stepChoice(c: CompiledScenario, position: string, s: SideIndex, id: string): TradeChoice {
  const issue = issueIndex(c, id);
  // A side steps toward the other one option at a time, the way its scale runs.
  const to = optionAt(position, issue) + c.sides[s].directions[issue]!;
  return { id, label: words().step({ issue: c.scenario.issues[issue]!.name, option: optionLabel(c, issue, to) }) };
}

/**
 * The trade form for the room: empty lists when no trade is legal now. With more than two
 * delegations the trade is with `counterpart` (a delegation id; the first one a trade is legal
 * with when it is not given or not possible).
 */
export function tradeForm(view: TradesView, room: SideIndex, counterpart?: string): TradeForm {
  const { c, state } = view;
  const w = words();
  const legal = legalTrades(view);
  const withIds = [...new Set(legal.flatMap((e) => (e.with === undefined ? [] : [e.with])))];
  const chosen = withIds.length === 0 ? null : counterpart !== undefined && withIds.includes(counterpart) ? counterpart : withIds[0]!;
  const them = chosen === null ? other(room) : sideIndex(c, chosen);
  const gives: TradeChoice[] = [];
  const gets: Record<string, TradeChoice[]> = {};
  for (const e of legal) {
    if ((e.with ?? null) !== chosen) continue;
    if (!gets[e.give]) {
      gets[e.give] = [];
      gives.push(stepChoice(c, state.sides[room]!.position, room, e.give));
    }
    gets[e.give]!.push(stepChoice(c, state.sides[them]!.position, them, e.get));
  }
  return {
    side: room,
    heading: w.heading(sideName(c, room)),
    note: w.note,
    giveLabel: w.give(sideName(c, room)),
    getLabel: w.get(sideName(c, them)),
    gives,
    gets,
    submit: w.propose(c.scenario.rules.actionHours.trade),
    counterparts: withIds.map((id) => ({ id, label: sideName(c, sideIndex(c, id)) })),
    counterpart: chosen,
    counterpartLabel: w.counterpart,
  };
}

/** The legal event for a choice in the form (with `counterpart` when there are more than two delegations), or null when it is not offered now. */
export function tradeEvent(view: TradesView, give: string, get: string, counterpart: string | null = null): TradeEvent | null {
  return legalTrades(view).find((e) => e.give === give && e.get === get && (e.with ?? null) === counterpart) ?? null;
}

/** The trade in words, as the action menu would name it. */
export function tradeSummary(view: TradesView, event: TradeEvent): string {
  return moveImperative(event, sceneOf(view.c, view.state));
}

// ---- Offers on the table -----------------------------------------------------------------------

export interface OfferCard {
  /** Stable while the offer stands: its maker, the step that named it, its kind. */
  key: string;
  from: SideIndex;
  kind: 'trade' | 'taken' | 'condition';
  text: string;
  status: string;
  /** The revision that writes the offer's items into the draft; null when the draft already says it. */
  edit: EditEvent | null;
  /** Whether the revision can be written now, and if not, why. */
  enabled: boolean;
  reason?: string;
}

/** The EDIT_DRAFT that writes these items into the draft: only those it changes; null when none. */
export function offerEdit(c: CompiledScenario, draft: string, items: readonly Item[]): EditEvent | null {
  const changes: Record<string, string | null> = {};
  for (const { issue, option } of items) {
    if (itemAt(draft, issue) === option) continue;
    changes[c.issueIds[issue]!] = c.optionIds[issue]![option]!;
  }
  return Object.keys(changes).length ? { type: 'EDIT_DRAFT', items: changes } : null;
}

/** Every item of an offer: the maker's steps and the ones it asks of the other side. */
const offerItems = (offer: Offer): Item[] => [...offer.give, ...offer.want];

const offerKey = (kind: OfferCard['kind'], offer: Offer) => `${kind}:${offer.from}:${offer.step}`;

/** The latest condition each side put on the draft now on the table (a reply, never carried). */
function conditions(view: TradesView): Offer[] {
  const { state } = view;
  const found = new Map<SideIndex, Offer>();
  for (let k = state.transcript.length - 1; k >= 0; k--) {
    const said = state.transcript[k]!.said;
    if (said.kind !== 'reply' || said.reply.type !== 'offer') continue;
    const offer = said.reply.offer;
    if (offer.kind === 'condition' && offer.version === state.draftVersion && !found.has(offer.from)) found.set(offer.from, offer);
  }
  return [...found.values()];
}

/** Why an offer cannot be written into the draft now, or undefined when it can. */
function whyNotWrite(view: TradesView, edit: EditEvent | null, canEdit: boolean): string | undefined {
  const { state } = view;
  const w = words();
  if (state.location !== 'majlis') return w.onlyInHall(hallName(view.c));
  if (edit === null) return w.written;
  if (canEdit) return undefined;
  const a = gameWords().actions;
  return state.paused ? a.paused : state.hoursLeft <= 0 ? a.noHours : w.cannotWrite;
}

/** The offers on the table, newest first. */
export function offerCards(view: TradesView): OfferCard[] {
  const { c, state } = view;
  const w = words();
  const canEdit = view.legal.some((e) => e.type === 'EDIT_DRAFT');
  const seen = new Set<string>();
  const cards: { card: OfferCard; step: number }[] = [];
  const add = (kind: OfferCard['kind'], offer: Offer, status: string) => {
    const key = offerKey(kind, offer);
    if (seen.has(key)) return;
    seen.add(key);
    const edit = offerEdit(c, state.draft, offerItems(offer));
    const reason = whyNotWrite(view, edit, canEdit);
    const card: OfferCard = { key, from: offer.from, kind, text: offerText(c, offer), status, edit, enabled: reason === undefined, ...(reason === undefined ? {} : { reason }) };
    cards.push({ card, step: offer.step });
  };
  for (const message of waitingMessages(c, state)) {
    for (const item of message.items) {
      if (item.type === 'offer') add('trade', item.offer, w.waiting(sideName(c, message.to)));
      else if (item.type === 'tradeAccepted') add('taken', item.offer, w.taken({ side: sideName(c, message.from), other: sideName(c, item.offer.from) }));
    }
  }
  for (const offer of state.offers) add('trade', offer, w.onTable);
  for (const offer of conditions(view)) add('condition', offer, w.condition(offer.version ?? state.draftVersion));
  // Newest first (the step that named an offer); the sort is stable among equals.
  return cards.sort((a, b) => b.step - a.step).map((x) => x.card);
}
