// The planner: a seasoned mediator that plans by simulation over its beliefs. At each decision it
// draws games the mediator thinks possible (each side's hidden values sampled from its notebook,
// never from the truth) and judges its moves by what they would do in them: it works toward the
// text most likely to clear both sides' floors, proposes the trades and asks for the steps most
// samples say each side would take, presents when a yes is likely. Then it tries its move and the
// alternatives (how to carry a message, a trade, a question, painting the stalemate) in the
// samples, playing each on a few moves with a quick mediator, and takes the one whose
// continuations look clearly best. The same samples serve every move.
import { step, type GameEvent, type MediatorView } from '../../machine/index.ts';
import { itemAt, named, othersOf, rngFrom, seedState, stalemateCredible, summarise, withItem, type CompiledScenario, type GameState, type Package, type Rng, type SideIndex } from '../../model/index.ts';
import { editTo, hasMessageFor, relayTo, tradeEvent } from './common.ts';
import { bestGuess, determinize } from '../planner/determinize.ts';
import { acceptOdds, likelyAsk, likelyTrade, robustTarget } from '../planner/robust.ts';
import { rollout, rolloutWith } from '../planner/rollout.ts';
import { stateValue } from '../planner/value.ts';
import type { MediatorPolicy, PolicyFactory } from './policy.ts';
import { BROKER_KNOBS } from './brokers.ts';
import { createEngine } from './engine.ts';

export interface PlannerOptions {
  /** Sampled games per decision. */
  samples: number;
  /** Where the samples come from: the notebook (a fair player) or, for measuring what information is worth, the truth. */
  sample?: (view: MediatorView, rng: Rng) => GameState;
  /** Moves it may not make (for the ablation table): event types, or RELAY:<mode>. */
  without?: readonly string[];
  /** Where its line reads each side's priorities: the notebook's expected weights, or (measuring information) the truth. */
  weights?: (view: MediatorView, s: SideIndex) => readonly number[];
  /** Its line of play: the broker's, or its own judgement over the samples (played on by the quick mediator). */
  line?: 'broker' | 'own';
}

export const PLANNER_DEFAULTS: PlannerOptions = { samples: 10, line: 'own' };

export interface Advice {
  event: GameEvent;
  /** Why, as data the present layer words ("a trade both are likely to take"). */
  reason: AdviceReason;
  /** The move's mean value over the samples, and the best alternative's. */
  value: number;
  runnerUp: { event: GameEvent; value: number } | null;
  /** Simulation chose this move over the line's own (the runner-up): the reason is then that comparison. */
  weighed?: true;
}

export type AdviceReason =
  | { type: 'phase' }
  | { type: 'carry'; mode: string }
  | { type: 'draft' }
  | { type: 'present'; odds: number }
  | { type: 'trade'; odds: number }
  | { type: 'ask'; odds: number }
  | { type: 'listen' }
  | { type: 'stalemate' }
  | { type: 'guarantee' }
  | { type: 'agenda' }
  | { type: 'move-on' }
  | { type: 'recess' };

/** What the planner remembers between its decisions in one game. */
export interface PlannerMemory {
  /** Moves made in the room it is in, on this visit (a visit ends when it walks). */
  visit: { place: string; moves: number };
  target: Package | null;
  /** When the target was set: the day and how much of the transcript the notebook had read. */
  targetAt: string;
  /** Rooms and days where it already listened, painted the stalemate or proposed the agenda. */
  done: Set<string>;
}

const key = (e: GameEvent) => JSON.stringify(e);

function allowed(view: MediatorView, e: GameEvent, banned: readonly string[]): boolean {
  if (banned.includes(e.type) || (e.type === 'RELAY' && banned.includes(`RELAY:${e.mode}`))) return false;
  if (e.type === 'EDIT_DRAFT') return view.phase === 'talks' && view.state.location === 'majlis';
  const k = key(e);
  return view.legal.some((l) => key(l) === k);
}

/** How much better an alternative must look than the planned move to be taken. */
export const SWITCH_MARGIN = 0.04;

/**
 * The single text revised from criticism (Fisher): when a side turned the current draft down and
 * said what it needs more on, one step there toward it, if the other side would most likely still
 * say yes to the revised text.
 */
function revisedFromCriticism(view: MediatorView, samples: readonly GameState[]): Package | null {
  const { c, state } = view;
  for (const s of c.sideIndices) {
    const side = state.sides[s]!;
    if (side.criticisedVersion !== state.draftVersion) continue;
    const last = [...state.transcript].reverse().find((t) => t.speaker === s && t.said.kind === 'reply' && t.said.reply.type === 'criticised');
    if (!last || last.said.kind !== 'reply' || last.said.reply.type !== 'criticised') continue;
    const reply = last.said.reply;
    for (const issue of [reply.need, ...reply.items]) {
      if (issue === null || c.scenario.issues[issue]!.scope) continue;
      const option = itemAt(state.draft, issue);
      if (option === null) continue;
      const toward = option - c.sides[s].directions[issue]!;
      if (toward < 0 || toward >= c.optionCount[issue]!) continue;
      const revised = withItem(state.draft, issue, toward);
      const moved = samples.map((x) => ({ ...x, draft: revised }));
      if (othersOf(c, s).every((o) => acceptOdds(c, moved, o) >= 0.5)) return revised;
    }
  }
  return null;
}

function targetFor(view: MediatorView, samples: readonly GameState[], guess: GameState, memory: PlannerMemory): Package {
  // The text is kept for the day unless a side's criticism shows how to revise it: chasing a
  // moving text wastes the day.
  const at = `${view.state.round}`;
  const revised = revisedFromCriticism(view, samples);
  if (revised) {
    memory.target = revised;
    memory.targetAt = at;
  } else if (!memory.target || memory.targetAt !== at) {
    memory.target = robustTarget(view.c, [guess, ...samples], memory.target ? [memory.target] : []);
    memory.targetAt = at;
  }
  return memory.target;
}

/** The planned move and why: the seasoned mediator's judgement over its samples. */
function plan(view: MediatorView, samples: readonly GameState[], guess: GameState, memory: PlannerMemory, banned: readonly string[]): { event: GameEvent; reason: AdviceReason } {
  const { c, state } = view;
  const ok = (e: GameEvent) => allowed(view, e, banned);
  const hours = c.scenario.rules.actionHours;
  if (state.hoursLeft < Math.min(hours.relay, hours.present, hours.ask)) return { event: { type: 'RECESS' }, reason: { type: 'recess' } };
  const target = targetFor(view, samples, guess, memory);
  const here = state.location;
  if (here === 'majlis') {
    const edit = editTo(view, state.draft, target);
    if (edit && ok(edit)) return { event: edit, reason: { type: 'draft' } };
    if (named(c)) {
      // With more than two: of the rooms where a message waits (else all), the one least likely to say yes.
      const waiting = c.sideIndices.filter((s) => hasMessageFor(view, s));
      return { event: { type: 'WALK', to: c.sides[leastLikely(view, samples, waiting.length ? waiting : c.sideIndices)]!.id }, reason: { type: 'move-on' } };
    }
    const waiting = c.sideIndices.find((s) => hasMessageFor(view, s));
    return { event: { type: 'WALK', to: c.sides[waiting ?? leastLikely(view, samples, c.sideIndices)]!.id }, reason: { type: 'move-on' } };
  }
  const s = here;
  // The room to go to next: with two delegations the other one; with more, the one least likely to say yes.
  // (Worked out when first needed: with more than two it weighs each room's odds.)
  let nextRoom: SideIndex | null = null;
  const next = () => (nextRoom ??= leastLikely(view, samples, othersOf(c, s)));
  if (hasMessageFor(view, s)) {
    const faithful = relayTo(view, s, 'faithful');
    if (ok(faithful)) return { event: faithful, reason: { type: 'carry', mode: 'faithful' } };
  }
  const edit = editTo(view, state.draft, target);
  if (edit && !banned.includes('EDIT_DRAFT') && c.coreIssues.some((i) => itemAt(target, i) !== itemAt(state.draft, i))) return { event: { type: 'WALK', to: 'majlis' }, reason: { type: 'draft' } };
  const yes = acceptOdds(c, samples, s);
  const accepted = state.sides[s]!.accepted === state.draftVersion;
  const lastDay = state.round === c.scenario.rounds.length - 1;
  const heardOnIt = state.sides[s]!.criticisedVersion === state.draftVersion;
  // On the last day a yes is worth asking for even when it is not likely: there is no later.
  if (!accepted && !heardOnIt && (yes >= 0.5 || (lastDay && yes >= 0.2)) && ok({ type: 'PRESENT_DRAFT' })) return { event: { type: 'PRESENT_DRAFT' }, reason: { type: 'present', odds: yes } };
  // Its turn is over: the other side's turn (where a message from here now waits). With more
  // than two delegations a visit has no such turn: it goes on while there is something to do
  // (measured on the Dayton draft, seeds 201-400: 44.0% frameworks with three moves a visit, 63.5%
  // without the cap; the broker 44.5%).
  if (!named(c) && memory.visit.moves >= VISIT_MOVES && state.hoursLeft >= 2 * c.scenario.rules.walkHours + 1 && ok({ type: 'WALK', to: c.sides[next()]!.id })) return { event: { type: 'WALK', to: c.sides[next()]!.id }, reason: { type: 'move-on' } };
  // A yes in hand goes straight across the hall, to the side still to say it.
  if (accepted && state.sides[next()]!.accepted !== state.draftVersion && ok({ type: 'WALK', to: c.sides[next()]!.id })) return { event: { type: 'WALK', to: c.sides[next()]!.id }, reason: { type: 'move-on' } };
  // Early on, a side whose priorities are still unclear is heard out (listenKey: how often).
  const clear = Math.max(...summarise(c, view.notebook, s).issues.map((i) => i.top));
  const heard = listenKey(c, state.round, s);
  if (clear < 0.6 && !memory.done.has(heard) && ok({ type: 'LISTEN' })) {
    memory.done.add(heard);
    return { event: { type: 'LISTEN' }, reason: { type: 'listen' } };
  }
  if (!accepted) {
    const trade = likelyTrade(c, samples, s, target);
    if (trade && trade.odds >= 0.4) {
      const e = tradeEvent(c, trade);
      if (ok(e)) return { event: e, reason: { type: 'trade', odds: trade.odds } };
    }
    // With more than two delegations a visit has no cap, so this rule would ask step after step
    // while a yes stays likely (35 asks a game): there it asks only where simulation chooses it
    // (measured on Dayton before its spreads were widened, seeds 1-240: 79.6% frameworks against
    // 71.3%; docs/experiments/dayton-asks.md).
    const ask = named(c) ? null : likelyAsk(c, samples, s, target);
    if (ask && ask.odds >= 0.5) {
      const e: GameEvent = { type: 'ASK_CONCESSION', issue: c.issueIds[ask.issue]! };
      if (ok(e)) return { event: e, reason: { type: 'ask', odds: ask.odds } };
    }
  }
  // The scope outside what this side can sell at home: the middle way, once.
  const tolerance = c.scenario.delegations[s]!.patience.scopeTolerance;
  if ((state.scope > tolerance.max || state.scope < tolerance.min) && !memory.done.has('agenda') && ok({ type: 'PROPOSE_AGENDA', move: 'parallel' })) {
    memory.done.add('agenda');
    return { event: { type: 'PROPOSE_AGENDA', move: 'parallel' }, reason: { type: 'agenda' } };
  }
  // Painting the stalemate is not planned here: simulation weighs it against moving on (tries).
  const guarantee = view.legal.find((e) => e.type === 'OFFER_GUARANTEE' && ok(e));
  if (guarantee && state.round >= 1) return { event: guarantee, reason: { type: 'guarantee' } };
  if (state.hoursLeft >= 2 * c.scenario.rules.walkHours + 1) return { event: { type: 'WALK', to: c.sides[next()]!.id }, reason: { type: 'move-on' } };
  return { event: { type: 'RECESS' }, reason: { type: 'recess' } };
}

/** Why a move, as the advisor says it, when the move came from the mediator's own line of play. */
function reasonOf(e: GameEvent): AdviceReason {
  switch (e.type) {
    case 'RELAY':
      return { type: 'carry', mode: e.mode };
    case 'EDIT_DRAFT':
      return { type: 'draft' };
    case 'PRESENT_DRAFT':
      return { type: 'present', odds: 0.5 };
    case 'PROPOSE_TRADE':
      return { type: 'trade', odds: 0.5 };
    case 'ASK_CONCESSION':
      return { type: 'ask', odds: 0.5 };
    case 'LISTEN':
      return { type: 'listen' };
    case 'PAINT_STALEMATE':
      return { type: 'stalemate' };
    case 'OFFER_GUARANTEE':
      return { type: 'guarantee' };
    case 'PROPOSE_AGENDA':
      return { type: 'agenda' };
    case 'RECESS':
      return { type: 'recess' };
    default:
      return { type: 'move-on' };
  }
}

/** Systematic draws from the notebook: the same spread of samples, with less noise than independent draws. */
function drawSamples(view: MediatorView, rng: Rng, count: number, options: PlannerOptions): GameState[] {
  const sample = options.sample ?? determinize;
  const out: GameState[] = [];
  for (let k = 0; k < count; k++) out.push(sample(view, rng));
  return out;
}

/** A copy of the mediator's own line of play, to play on in a simulation. */
export type Line = (rng: Rng) => MediatorPolicy;

/** What a continuation from this move is worth, played to the end by the mediator's own line, on average over the samples. */
function weighToEnd(view: MediatorView, event: GameEvent, samples: readonly GameState[], line: Line | null, rng: Rng): number {
  let total = 0;
  for (const s of samples) {
    const next = step(view.c, { state: s, phase: view.phase }, event, true);
    if (!next) {
      total -= 1;
      continue;
    }
    const end = line ? rolloutWith(view.scenario, view.c, next, 400, line(rng)) : rollout(view.c, next, 400);
    total += stateValue(view.c, end.state, end.phase === 'over');
  }
  return total / samples.length;
}

/**
 * The moves worth trying against the line's own: other ways to carry a message (measured: the
 * simulation's best gain), and a trade, a question or the stalemate painted before leaving the
 * room. (Trying to present earlier than the line would was measured too, and lost games: not
 * tried; so did offering guarantees or the parallel track only where simulation favoured them.)
 */
function tries(view: MediatorView, planned: GameEvent, samples: readonly GameState[], target: Package, banned: readonly string[], memory: PlannerMemory, guess: GameState): GameEvent[] {
  const out: GameEvent[] = [];
  const add = (e: GameEvent | null) => {
    if (e && key(e) !== key(planned) && allowed(view, e, banned) && !out.some((x) => key(x) === key(e))) out.push(e);
  };
  const { c, state } = view;
  if (planned.type === 'RELAY' && !named(c)) for (const mode of ['faithful', 'softened', 'sharpened', 'withheld'] as const) add({ ...planned, mode });
  // With more than two delegations there are many more messages, and a simulation that plays on
  // faithfully cannot see the risk of distorting at every one of them (each undiscovered
  // distortion may come to light at every recess). So it tries softening or sharpening only
  // toward a side it has not yet deceived, and withholding only from one (measured on Dayton
  // before its spreads were widened, seeds 1-240: 82.5% frameworks, 3 channels lost; 75.0% and 13
  // lost when it tried every way at every message; 79.6% carrying all as given. Sharpening added
  // so, on Dayton as shipped, seeds 1-540: 59.3% against 57.0%).
  if (planned.type === 'RELAY' && named(c) && state.location !== 'majlis') {
    const undeceived = (s: SideIndex | undefined) => s !== undefined && state.distortions.every((d) => d.discovered || d.deceived !== s);
    if (undeceived(state.location)) for (const mode of ['softened', 'sharpened'] as const) add({ ...planned, mode });
    if (undeceived(c.sideIndices.find((i) => c.sides[i]!.id === planned.from))) add({ ...planned, mode: 'withheld' });
  }
  if (state.location === 'majlis') return out;
  const s: SideIndex = state.location;
  if (planned.type === 'WALK' || planned.type === 'RECESS') {
    // Not yet ripe: the cost of no deal made felt, once a day where it is credible, when the
    // samples say it pays (measured: painting whenever credible lost games on a shipped scenario).
    if (paintable(view, s, memory, guess)) add({ type: 'PAINT_STALEMATE' });
    const trade = likelyTrade(c, samples, s, target);
    if (trade && trade.odds >= 0.3) add(tradeEvent(c, trade));
    const ask = likelyAsk(c, samples, s, target);
    if (ask && ask.odds >= 0.3) add({ type: 'ASK_CONCESSION', issue: c.issueIds[ask.issue]! });
  }
  return out;
}

const paintKey = (view: MediatorView, s: SideIndex) => `paint:${view.state.round}:${s}`;

/**
 * How often a side whose priorities are unclear is heard out: with two delegations once a day in
 * each room; with more, once in each room for the game, since three rooms heard every day leave
 * too few hours for the text (measured on Dayton, seeds 1-540: 69.6% frameworks against 59.3%,
 * and 64.4% when it never listens; docs/experiments/dayton-listening.md).
 */
export function listenKey(c: CompiledScenario, round: number, s: SideIndex): string {
  return named(c) ? `listen:${s}` : `listen:${round}:${s}`;
}

/** The stalemate can be painted in this room: not yet today, no yes in hand, and credible to the side. */
function paintable(view: MediatorView, s: SideIndex, memory: PlannerMemory, guess: GameState): boolean {
  return !memory.done.has(paintKey(view, s)) && view.state.sides[s]!.accepted !== view.state.draftVersion && stalemateCredible(guess, s);
}

/**
 * Weighs the line's own move against what else it could do, by playing each to the end in games
 * sampled from the notebook with a copy of itself (Bertsekas' rollout: the line, improved where
 * simulation shows a clearly better move). Returns the move, why, and what it was weighed against
 * (the in-game advisor's answer too).
 */
export function advise(view: MediatorView, rng: Rng, options: PlannerOptions = PLANNER_DEFAULTS, memory: PlannerMemory = newMemory(), base?: GameEvent, line?: Line): Advice | null {
  if (view.phase === 'briefing') return { event: { type: 'BEGIN' }, reason: { type: 'phase' }, value: 0, runnerUp: null };
  if (view.phase !== 'talks') return { event: { type: 'CONTINUE' }, reason: { type: 'phase' }, value: 0, runnerUp: null };
  const banned = options.without ?? [];
  const samples = drawSamples(view, rng, options.samples, options);
  const guess = options.sample ? samples[0]! : bestGuess(view, rng);
  const planned = base && allowed(view, base, banned) ? { event: base, reason: reasonOf(base) } : plan(view, samples, guess, memory, banned);
  if (!line && (options.line ?? 'own') !== 'own') return { event: planned.event, reason: planned.reason, value: 0, runnerUp: null };
  const target = targetFor(view, samples, guess, memory);
  const others = tries(view, planned.event, samples, target, banned, memory, guess);
  if (others.length === 0) return { event: planned.event, reason: planned.reason, value: 0, runnerUp: null };
  const mine = weighToEnd(view, planned.event, samples, line ?? null, rng);
  let best: { event: GameEvent; value: number } | null = null;
  for (const e of others) {
    const v = weighToEnd(view, e, samples, line ?? null, rng);
    if (!best || v > best.value) best = { event: e, value: v };
  }
  if (best && best.value >= mine + SWITCH_MARGIN) {
    if (best.event.type === 'PAINT_STALEMATE' && view.state.location !== 'majlis') memory.done.add(paintKey(view, view.state.location));
    return { event: best.event, reason: reasonOf(best.event), value: best.value, runnerUp: { event: planned.event, value: mine }, weighed: true };
  }
  return { event: planned.event, reason: planned.reason, value: mine, runnerUp: best };
}

/** Each side's expected weights: from the notebook, or from the option that stands in for it. */
export function believedWeights(view: MediatorView, options: PlannerOptions): (readonly number[])[] {
  const weights = (s: SideIndex) => (options.weights ? options.weights(view, s) : summarise(view.c, view.notebook, s).issues.map((i) => i.weight));
  return view.c.sideIndices.map(weights);
}

/**
 * Of these sides, the one to see next: with a yes already given by some, one still to give it;
 * then the least likely to say yes now (a tie: the first). With two delegations from a room, the other.
 */
function leastLikely(view: MediatorView, samples: readonly GameState[], sides: readonly SideIndex[]): SideIndex {
  const v = view.state.draftVersion;
  const open = sides.filter((s) => view.state.sides[s]!.accepted !== v);
  const pool = open.length ? open : sides;
  if (pool.length === 1) return pool[0]!;
  let best = pool[0]!;
  let bestOdds = acceptOdds(view.c, samples, best);
  for (const s of pool.slice(1)) {
    const odds = acceptOdds(view.c, samples, s);
    if (odds < bestOdds) {
      best = s;
      bestOdds = odds;
    }
  }
  return best;
}


export function newMemory(): PlannerMemory {
  return { visit: { place: '', moves: 0 }, target: null, targetAt: '', done: new Set() };
}

/** Moves in one room before the other side's turn: both sides must move, each in its turn. */
export const VISIT_MOVES = 3;

export function createPlanner(rng: Rng, options: PlannerOptions = PLANNER_DEFAULTS): MediatorPolicy {
  const memory = newMemory();
  const countMove = (event: GameEvent) => {
    if (event.type !== 'WALK' && event.type !== 'RELAY' && event.type !== 'PRESENT_DRAFT') memory.visit.moves++;
    return event;
  };
  const newPlace = (view: MediatorView) => {
    const place = `${view.state.round}:${view.state.location}`;
    if (place !== memory.visit.place) memory.visit = { place, moves: 0 };
  };
  if ((options.line ?? 'own') === 'own') {
    // Its own judgement over the samples, each alternative played on by the quick mediator:
    // measured stronger than the broker's line on both shipped scenarios.
    return {
      next(view) {
        newPlace(view);
        return countMove(advise(view, rng, options, memory)?.event ?? { type: 'RECESS' });
      },
    };
  }
  // The broker's line (listen, trade what each side values least, draft with logrolling),
  // reading the sides' priorities from the notebook rather than from cues alone; simulation
  // decides where a different move is clearly better.
  let beliefs: (readonly number[])[] | null = null;
  const line = createEngine(BROKER_KNOBS, rng, undefined, { weights: (_view, s) => beliefs?.[s] ?? null });
  return {
    next(view) {
      newPlace(view);
      if (view.phase === 'talks') beliefs = believedWeights(view, options);
      const held = beliefs;
      // Copies in the simulations hold today's beliefs: they cannot learn in a sampled future.
      const copy: Line = (r) => line.clone(rngFrom(seedState(r.int(0x7fffffff))), { weights: (_view, s) => held?.[s] ?? null });
      const base = line.next(view);
      return countMove(advise(view, rng, options, memory, base, copy)?.event ?? { type: 'RECESS' });
    },
  };
}

export const planner: PolicyFactory = {
  name: 'planner',
  create: (rng) => createPlanner(rng ?? rngFrom([1, 2, 3, 4])),
};
