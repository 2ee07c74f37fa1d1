// Moves every policy needs: the phase steps, walking, reading what the mediator has heard,
// and writing a draft between the known positions.
import type { GameEvent, MediatorView } from '../../machine/index.ts';
import { firstSenderTo, itemAt, named, optionAt, redLineCode, UNKNOWN, withItem, type CompiledScenario, type Location, type Package, type RelayMode, type SideIndex } from '../../model/index.ts';

/** BEGIN in the briefing, CONTINUE in the news; null during talks. */
export function phaseStep(view: MediatorView): GameEvent | null {
  if (view.phase === 'briefing') return { type: 'BEGIN' };
  if (view.phase === 'interlude' || view.phase === 'over') return { type: 'CONTINUE' };
  return null;
}

export function walkTo(view: MediatorView, to: Location): GameEvent {
  return { type: 'WALK', to: to === 'majlis' ? 'majlis' : view.c.sides[to].id };
}

export function room(view: MediatorView): SideIndex | null {
  return view.state.location === 'majlis' ? null : view.state.location;
}

export function hasMessageFor(view: MediatorView, s: SideIndex): boolean {
  return firstSenderTo(view.c, view.state, s) !== null;
}

/** A relay of the message from `from`, naming it where there are more than two delegations. */
export function relayEvent(c: CompiledScenario, from: SideIndex, mode: RelayMode): GameEvent {
  return named(c) ? { type: 'RELAY', mode, from: c.sides[from]!.id } : { type: 'RELAY', mode };
}

/** A trade put to the side in the room, naming the counterpart where there are more than two delegations. */
export function tradeEvent(c: CompiledScenario, trade: { give: number; get: number; with: SideIndex }): GameEvent {
  const e: GameEvent = { type: 'PROPOSE_TRADE', give: c.issueIds[trade.give]!, get: c.issueIds[trade.get]! };
  return named(c) ? { ...e, with: c.sides[trade.with]!.id } : e;
}

/** Carry the (first) message waiting for the side in the room. */
export function relayTo(view: MediatorView, s: SideIndex, mode: RelayMode): GameEvent {
  const from = firstSenderTo(view.c, view.state, s);
  return from === null ? { type: 'RELAY', mode } : relayEvent(view.c, from, mode);
}

/** Of these rooms, the one visited longest ago (`lastVisit` by index; a tie goes to the first). */
export function longestAgo(rooms: readonly SideIndex[], lastVisit: readonly number[]): SideIndex {
  let best = rooms[0]!;
  for (const r of rooms) if ((lastVisit[r] ?? -1) < (lastVisit[best] ?? -1)) best = r;
  return best;
}

/** The next room after `here`, round the table (with two, the other one). */
export function nextRoom(view: MediatorView, here: SideIndex): SideIndex {
  return (here + 1) % view.c.sides.length;
}

/** What the mediator believes a side's position is: heard, or else its public opening. */
export function believedPosition(view: MediatorView, s: SideIndex, issue: number): number {
  return itemAt(view.state.sides[s].heard, issue) ?? optionAt(view.c.sides[s].opening, issue);
}

export function unknownPositions(view: MediatorView, s: SideIndex): number {
  let n = 0;
  for (const ch of view.state.sides[s].heard) if (ch === UNKNOWN) n++;
  return n;
}

export function heardRedLine(view: MediatorView, s: SideIndex, issue: number, option: number): boolean {
  return view.state.sides[s].redLinesHeard.includes(redLineCode(issue, option));
}

/**
 * A text between the believed positions (their mean, within the outermost two). `lean` per issue
 * shifts it toward the first option (negative) or the last (positive), in option steps, before rounding.
 */
export function textBetween(view: MediatorView, lean: (issue: number) => number = () => 0): Package {
  const c = view.c;
  let text = view.state.draft;
  for (let i = 0; i < c.issueIds.length; i++) {
    if (c.scenario.issues[i]!.scope) continue;
    const positions = c.sideIndices.map((s) => believedPosition(view, s, i));
    let sum = 0;
    for (const p of positions) sum += p;
    let target = Math.round(sum / positions.length + lean(i));
    target = Math.min(Math.max(target, Math.min(...positions)), Math.max(...positions));
    // Never write a red line the mediator has heard: step off it toward that side's own end (its red lines lie the way it concedes).
    for (const s of c.sideIndices) {
      while (heardRedLine(view, s, i, target)) target -= c.sides[s].directions[i]!;
    }
    text = withItem(text, i, Math.min(c.optionCount[i]! - 1, Math.max(0, target)));
  }
  return text;
}

/** The revision that turns `draft` into `target` (draftable items only), or null when they agree: every mediator's, and the planner's simulations'. */
export function editTo(view: Pick<MediatorView, 'c'>, draft: Package, target: Package): GameEvent | null {
  const c = view.c;
  const items: Record<string, string | null> = {};
  let changed = false;
  for (let i = 0; i < target.length; i++) {
    if (c.scenario.issues[i]!.scope || target[i] === draft[i]) continue;
    const t = itemAt(target, i);
    items[c.issueIds[i]!] = t === null ? null : c.optionIds[i]![t]!;
    changed = true;
  }
  return changed ? { type: 'EDIT_DRAFT', items } : null;
}

/** The revision that turns the draft on the table into the target, or null when they agree. */
export function nextEdit(view: MediatorView, target: Package): GameEvent | null {
  return editTo(view, view.state.draft, target);
}

export function draftComplete(view: MediatorView): boolean {
  return view.c.coreIssues.every((i) => itemAt(view.state.draft, i) !== null);
}

export function acceptedCurrent(view: MediatorView, s: SideIndex): boolean {
  return view.state.sides[s].accepted === view.state.draftVersion;
}

/** The outcome of the last presentation in a room: the items criticised (empty if accepted). */
export function criticised(view: MediatorView, s: SideIndex): readonly number[] {
  return view.state.sides[s].criticised;
}
