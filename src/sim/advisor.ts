// The in-game advisor: "what would a seasoned mediator do?" It asks the planner (advise) about
// the game as it stands, and it must answer the same every time it is asked at the same point:
// its generator is seeded from the game's seed and the step, and what the planner would
// remember of this game (the visit, what it already did today) is read back from the transcript,
// since the player, not the planner, made the moves so far.
import type { MediatorView } from '../machine/index.ts';
import { hashString } from '../lib/index.ts';
import { itemAt, rngFrom, seedState, type Rng } from '../model/index.ts';
import { BROKER_KNOBS } from './policies/brokers.ts';
import { createEngine } from './policies/engine.ts';
import { advise, believedWeights, listenKey, newMemory, PLANNER_DEFAULTS, type Advice, type Line, type PlannerMemory } from './policies/planner.ts';
import type { PolicyFactory } from './policies/policy.ts';

/** Moves that do not use up a visit (the planner's own count leaves them out too). */
const FREE_ACTS: ReadonlySet<string> = new Set(['RELAY', 'PRESENT_DRAFT']);

/** The advisor's generator at a step of a game: the same seed and step, the same advice. */
export function advisorRng(seed: number, step: number): Rng {
  return rngFrom(seedState(Number.parseInt(hashString(`advisor:${seed}:${step}`).slice(0, 8), 16) | 0));
}

/**
 * What the planner would remember had it been at the table: the moves of this visit (acts in
 * this room today on consecutive steps: a walk is a step with no act), the rooms where it already
 * listened (today, or with more than two delegations at all) or painted the stalemate today, and
 * whether the agenda was proposed.
 */
export function memoryOf(view: MediatorView): PlannerMemory {
  const { state } = view;
  const memory = newMemory();
  const acts = new Map<number, string>();
  for (const e of state.transcript) {
    if (e.speaker !== 'mediator' || e.said.kind !== 'act') continue;
    const type = e.said.act.type;
    if (type === 'PROPOSE_AGENDA') memory.done.add('agenda');
    // Who was heard, on any day: the key says whether that counts only for its day (listenKey).
    if (type === 'LISTEN' && e.where !== 'majlis') memory.done.add(listenKey(view.c, e.round, e.where));
    if (e.round !== state.round) continue;
    if (e.where === state.location) acts.set(e.step, type);
    if (e.where === 'majlis') continue;
    if (type === 'PAINT_STALEMATE') memory.done.add(`paint:${e.round}:${e.where}`);
  }
  let moves = 0;
  for (let k = state.step; acts.has(k); k--) if (!FREE_ACTS.has(acts.get(k)!)) moves++;
  memory.visit = { place: `${state.round}:${state.location}`, moves };
  // The day's text. The planner keeps its target for the day, since chasing a moving text wastes
  // the day; asked afresh at every step, with new samples, the advisor would rewrite the draft
  // at every step and never present it. So a complete text the mediator wrote today is the day's
  // target (criticism can still revise it), and one written on an earlier day is weighed again
  // today beside the samples' own, as the planner weighs its old target.
  const lastEdit = lastEditRound(state.transcript);
  if (lastEdit !== null && view.c.coreIssues.every((i) => itemAt(state.draft, i) !== null)) {
    memory.target = state.draft;
    memory.targetAt = `${lastEdit}`;
  }
  return memory;
}

/** The day of the mediator's last revision of the draft, or null if it never revised it. */
function lastEditRound(transcript: MediatorView['state']['transcript']): number | null {
  for (let k = transcript.length - 1; k >= 0; k--) {
    const e = transcript[k]!;
    if (e.speaker === 'mediator' && e.said.kind === 'act' && e.said.act.type === 'EDIT_DRAFT') return e.round;
  }
  return null;
}

/** The planner's line of play for its simulations: the broker's, reading priorities from the notebook. */
export function adviceLine(view: MediatorView, rng: Rng): Line {
  const beliefs = believedWeights(view, PLANNER_DEFAULTS);
  const line = createEngine(BROKER_KNOBS, rng, undefined, { weights: (_view, s) => beliefs[s] });
  return (r) => line.clone(rngFrom(seedState(r.int(0x7fffffff))));
}

/** The seasoned mediator's move at this step of the game, and why (null when it has none). */
export function seasonedAdvice(view: MediatorView, step: number): Advice | null {
  const rng = advisorRng(view.state.settings.seed, step);
  return advise(view, rng, PLANNER_DEFAULTS, memoryOf(view), undefined, adviceLine(view, rng));
}

/**
 * A player who does whatever the advisor says (a recess when it has nothing to say) and takes the
 * one way on between days: a policy for playGame, to measure the advice (bench --advisor-of, its
 * tests). Not among the tournament's policies. Its n-th move is asked at step n, as the game asks.
 */
export const FOLLOWING_ADVICE: PolicyFactory = {
  name: 'advice',
  create() {
    let step = 0;
    return {
      next(view) {
        const at = step++;
        return view.phase === 'talks' ? (seasonedAdvice(view, at)?.event ?? { type: 'RECESS' }) : view.legal[0]!;
      },
    };
  },
};
