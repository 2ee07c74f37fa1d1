// A delegation's view of itself: its own hidden values (as drawn for this game) and where it stands, as a person playing
// it reads them in the confidential brief (hot-seat, and the class server's delegation seats).
// Never shown to the mediator: the mediator's view (view.ts) has none of this.
import { acceptanceFloor, byTrueWeight, nextStep, optionAt, utility, type CompiledScenario, type GameState, type Package, type Question, type SideIndex } from '../model/index.ts';

export interface DelegationView {
  side: SideIndex;
  id: string;
  /** How much each issue matters (they sum to 1). */
  weights: readonly number[];
  /** What each option is worth on its issue, 0 (worst) to 1 (best): values[issue][option]. */
  values: readonly (readonly number[])[];
  /** Options it will never accept: redLine[issue][option]. */
  redLine: readonly (readonly boolean[])[];
  /** Issues from most to least important. */
  byWeight: readonly number[];
  /** What no agreement is worth. */
  reservation: number;
  /** The reservation value plus what its hardliners demand: the least a deal must be worth to pass at home. */
  floor: number;
  /** Its stated position, one option per issue. */
  position: Package;
  /** What the current draft is worth to it (open items at its reservation value). */
  draftWorth: number;
  /** For each issue, the next step of a concession from its position (null: nothing left to give). */
  nextSteps: readonly (number | null)[];
  /** The question waiting for its answer, when it is for this delegation. */
  question: Question | null;
}

export function delegationView(c: CompiledScenario, state: GameState, s: SideIndex): DelegationView {
  const truth = state.truth[s]!;
  const side = state.sides[s];
  return {
    side: s,
    id: c.sides[s].id,
    weights: truth.weights,
    values: truth.values,
    redLine: truth.redLine,
    byWeight: byTrueWeight(state, s),
    reservation: side.reservation,
    floor: acceptanceFloor(c, state, s),
    position: side.position,
    draftWorth: utility(truth, state.draft, side.reservation),
    nextSteps: c.issueIds.map((_, i) => nextStep(c, side.position, s, i)),
    question: state.question?.side === s ? state.question : null,
  };
}

/** The option a delegation states on an issue (its position). */
export function statedOption(view: DelegationView, issue: number): number {
  return optionAt(view.position, issue);
}
