// What each of the mediator's moves does to the state: one event, one rule, applied with its cost
// in hours (model/apply.ts). The XState machine's actions and the planner's fast stepper
// (step.ts) both go through here, so they cannot disagree about what a move does.
import {
  askConcession,
  deadlineOutcome,
  deadlineText,
  editDraft,
  immediateOutcome,
  issueIndex,
  listen,
  offerGuarantee,
  openRound,
  paintStalemate,
  presentDraft,
  proposeAgenda,
  proposeMediatorTrade,
  ratify,
  recess,
  relay,
  runRule,
  walk,
  type Actor,
  type Recording,
  type CompiledScenario,
  type GameState,
  type Rule,
  type SideIndex,
} from '../model/index.ts';
import type { GameEvent } from './events.ts';
import { draftChanges, locationOf, relaySender, roomSide, tradeCounterpart } from './guards.ts';

// The rule's name in the ledger is its event's, in lower case: made once per event type.
const ruleNames = new Map<string, string>();

function ruleName(source: string): string {
  let name = ruleNames.get(source);
  if (name === undefined) ruleNames.set(source, (name = source.toLowerCase()));
  return name;
}

/** One event, one rule (see model/apply.ts): the step advances, the clock runs, the rule writes (as recorded: see Recording). */
export function applyRuleWith(c: CompiledScenario, context: GameState, source: string, rule: Rule, hours = 0, actor: Actor = 'mediator', recording: Recording = 'full'): GameState {
  const base: GameState = { ...context, step: context.step + 1, hoursLeft: Math.max(0, Math.round((context.hoursLeft - hours) * 100) / 100) };
  return runRule(c, base, { step: base.step, source, rule: ruleName(source), actor }, rule, recording).next;
}

function inRoom(state: GameState): SideIndex {
  const s = roomSide(state);
  if (s === null) throw new Error('not in a room');
  return s;
}

export type MediatorMove = Extract<GameEvent, { type: 'WALK' | 'LISTEN' | 'RELAY' | 'PRESENT_DRAFT' | 'ASK_CONCESSION' | 'PROPOSE_TRADE' | 'EDIT_DRAFT' | 'PROPOSE_AGENDA' | 'PAINT_STALEMATE' | 'OFFER_GUARANTEE' }>;

/** The mediator's move applied to the state (the guards have already allowed it). */
export function applyMove(c: CompiledScenario, context: GameState, event: MediatorMove, recording: Recording = 'full'): GameState {
  // Each rule goes straight to applyRuleWith: no local helper, as tsx names every closure it
  // makes (a property defined per call) and this runs for every move.
  const hours = c.scenario.rules.actionHours;
  switch (event.type) {
    case 'WALK': {
      const to = locationOf(c, event.to)!;
      return applyRuleWith(c, context, 'WALK', (d, ctx) => walk(d, ctx, to), 0, 'mediator', recording);
    }
    case 'LISTEN':
      return applyRuleWith(c, context, 'LISTEN', (d, ctx) => listen(d, ctx, inRoom(d)), hours.listen, 'mediator', recording);
    case 'RELAY':
      return applyRuleWith(c, context, 'RELAY', (d, ctx) => relay(d, ctx, inRoom(d), event.mode, relaySender(c, d, inRoom(d), event.from) ?? undefined), hours.relay, 'mediator', recording);
    case 'PRESENT_DRAFT':
      return applyRuleWith(c, context, 'PRESENT_DRAFT', (d, ctx) => presentDraft(d, ctx, inRoom(d)), hours.present, 'mediator', recording);
    case 'ASK_CONCESSION': {
      const issue = issueIndex(c, event.issue);
      return applyRuleWith(c, context, 'ASK_CONCESSION', (d, ctx) => void askConcession(d, ctx, inRoom(d), issue), hours.ask, 'mediator', recording);
    }
    case 'PROPOSE_TRADE': {
      const give = issueIndex(c, event.give);
      const get = issueIndex(c, event.get);
      return applyRuleWith(c, context, 'PROPOSE_TRADE', (d, ctx) => proposeMediatorTrade(d, ctx, inRoom(d), give, get, tradeCounterpart(c, inRoom(d), event.with) ?? undefined), hours.trade, 'mediator', recording);
    }
    case 'EDIT_DRAFT': {
      const changes = draftChanges(c, event.items) ?? [];
      return applyRuleWith(c, context, 'EDIT_DRAFT', (d, ctx) => editDraft(d, ctx, changes), hours.edit, 'mediator', recording);
    }
    case 'PROPOSE_AGENDA':
      return applyRuleWith(c, context, 'PROPOSE_AGENDA', (d, ctx) => proposeAgenda(d, ctx, inRoom(d), event.move), hours.agenda, 'mediator', recording);
    case 'PAINT_STALEMATE':
      return applyRuleWith(c, context, 'PAINT_STALEMATE', (d, ctx) => paintStalemate(d, ctx, inRoom(d)), hours.paint, 'mediator', recording);
    case 'OFFER_GUARANTEE':
      return applyRuleWith(c, context, 'OFFER_GUARANTEE', (d, ctx) => offerGuarantee(d, ctx, inRoom(d), event.guarantee), hours.guarantee, 'mediator', recording);
  }
}

/** The day ends: the recess's events, choices, drift and discoveries. */
export function applyRecess(c: CompiledScenario, context: GameState, recording: Recording = 'full'): GameState {
  return applyRuleWith(c, context, 'RECESS', (d, ctx) => recess(d, ctx), 0, 'mediator', recording);
}

/** The next day opens. */
export function applyOpenRound(c: CompiledScenario, context: GameState, recording: Recording = 'full'): GameState {
  return applyRuleWith(c, context, 'CONTINUE', (d, ctx) => openRound(d, ctx), 0, 'mediator', recording);
}

/**
 * The talks end now: an agreed text goes home to be ratified (chance decides, from the seeded
 * generator); any other end is settled as it stands. It is part of the event that ended them.
 */
export function settleNow(c: CompiledScenario, context: GameState, recording: Recording = 'full'): GameState {
  const outcome = immediateOutcome(c, context)!;
  if (outcome.id !== 'framework') return { ...context, outcome };
  return runRule(c, context, { step: context.step, source: 'RATIFICATION', rule: 'ratification', actor: 'hardliners' }, ratify, recording).next;
}

/** The last day is over: the deadline decides (an interim deal made then is kept as the banked text). */
export function settleAtDeadline(c: CompiledScenario, context: GameState, recording: Recording = 'full'): GameState {
  const d: GameState = { ...context, step: context.step + 1 };
  const now = immediateOutcome(c, d);
  if (now) return settleNow(c, d, recording);
  d.outcome = deadlineOutcome(c, d);
  if (d.outcome.id === 'interim' && d.banked === null) d.banked = deadlineText(c, d);
  return d;
}

/** One event, one rule, written out in full (a played game). */
export function applyRule(c: CompiledScenario, context: GameState, source: string, rule: Rule, hours = 0, actor: Actor = 'mediator'): GameState {
  return applyRuleWith(c, context, source, rule, hours, actor);
}
