// The seasoned mediator's advice in words: the move as the menu would name it, and why, from the
// planner's reason (the odds it found in the games it imagined) or, when its simulations chose
// the move over its own first thought, what it was weighed against.
import type { MediatorView } from '../../machine/index.ts';
import type { Advice, AdviceReason } from '../../sim/index.ts';
import type { Odds } from '../catalogue/en-advisor.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { moveImperative, sceneOf } from './moves.ts';

export type { Odds };

/** The planner's odds as the advisor says them. */
export function oddsOf(p: number): Odds {
  return p >= 0.8 ? 'nearlyAll' : p >= 0.6 ? 'most' : p >= 0.4 ? 'half' : 'some';
}

/** `many`: more than two delegations (no "both", no "the other side"); `inHall`: said in the hall, where no side has a turn. */
export function reasonWords(reason: AdviceReason, many = false, inHall = false): string {
  const w = gameWords().advisor.advice;
  const r = w.reasons;
  switch (reason.type) {
    case 'phase':
      return r.phase;
    case 'carry':
      if (many && (reason.mode === 'faithful' || !(reason.mode in r.carry))) return r.many.faithful;
      return r.carry[reason.mode as keyof typeof r.carry] ?? r.carry.faithful;
    case 'draft':
      return many ? r.many.draft : r.draft;
    case 'present':
      return r.present(w.odds[oddsOf(reason.odds)]);
    case 'trade':
      return r.trade(w.odds[oddsOf(reason.odds)]);
    case 'ask':
      return r.ask(w.odds[oddsOf(reason.odds)]);
    case 'listen':
      return r.listen;
    case 'stalemate':
      return r.stalemate;
    case 'guarantee':
      return r.guarantee;
    case 'agenda':
      return r.agenda;
    case 'move-on':
      if (inHall) return r.fromHall;
      return many ? r.many.moveOn : r.moveOn;
    case 'recess':
      return r.recess;
  }
}

export interface AdviceWords {
  /** The move, as the menu names it. */
  move: string;
  /** Why, in a clause. */
  why: string;
  /** The whole suggestion: "Carry the side’s message, softened: …". */
  text: string;
  /** The best alternative when the move was not weighed against it already ("Next best: …"). */
  next: string | null;
}

/** The advice as the player reads it, for the game as it stands in the view. */
export function adviceWords(view: MediatorView, advice: Advice): AdviceWords {
  const w = gameWords().advisor.advice;
  const scene = sceneOf(view.c, view.state);
  const move = moveImperative(advice.event, scene);
  const runner = advice.runnerUp ? moveImperative(advice.runnerUp.event, scene) : null;
  const why = advice.weighed && runner ? w.weighed(runner) : reasonWords(advice.reason, view.c.sides.length > 2, view.state.location === 'majlis');
  const next = runner && !advice.weighed && advice.runnerUp!.value < advice.value ? w.next(runner) : null;
  // Advice to soften, sharpen or withhold says what it risks: the planner weighed it, the player should too.
  const distorts = advice.event.type === 'RELAY' && advice.event.mode !== 'faithful';
  return { move, why, text: distorts ? `${w.says({ move, why })} ${w.distortionRisk}` : w.says({ move, why }), next };
}
