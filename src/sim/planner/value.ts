// How good a (determinized) game state looks for an agreement: the best text's margin over what
// both sides need now, against the time left, the patience left and the climb toward war. The
// best text is found among the texts that maximise a weighted sum of the two utilities (the
// convex hull of the frontier): exact enough, and fast.
import { acceptanceFloor, acceptanceThreshold, concessionBudget, immediateOutcome, itemAt, redLinesCrossed, utility, withItem, type CompiledScenario, type GameState, type OutcomeId, type Package } from '../../model/index.ts';

export const OUTCOME_VALUE: Record<OutcomeId, number> = { framework: 1, interim: 0.45, continue: 0.25, suspended: 0.08, collapse: 0.05, strike: 0 };

const LAMBDAS = [0.15, 0.3, 0.4, 0.5, 0.6, 0.7, 0.85];

/** The draftable text that maximises λ·U0 + (1−λ)·U1 (scope items as the draft has them), avoiding red lines. */
function bestText(c: CompiledScenario, state: GameState, lambda: number): Package {
  const [a, b] = state.truth as [GameState['truth'][0], GameState['truth'][0]];
  let text = state.draft;
  for (let i = 0; i < c.issueIds.length; i++) {
    if (c.scenario.issues[i]!.scope) {
      if (itemAt(text, i) === null) text = withItem(text, i, c.parallel[i] ?? 0);
      continue;
    }
    let best = -1;
    let bestScore = -Infinity;
    for (let o = 0; o < c.optionCount[i]!; o++) {
      if (a!.redLine[i]![o] || b!.redLine[i]![o]) continue;
      const score = lambda * a!.weights[i]! * a!.values[i]![o]! + (1 - lambda) * b!.weights[i]! * b!.values[i]![o]!;
      if (score > bestScore) {
        bestScore = score;
        best = o;
      }
    }
    if (best >= 0) text = withItem(text, i, best);
  }
  return text;
}

export interface Target {
  text: Package;
  /** The smaller of the two sides' margins over what they need now (negative: short). */
  margin: number;
}

/**
 * The fair text to work toward: of the texts on the hull, the one that maximises the product of
 * both sides' gains over their floors (Nash's solution, with the floors as the disagreement
 * point). It moves only as the floors do, so a mediator can keep to it for a while.
 */
export function nashTarget(c: CompiledScenario, state: GameState): Package {
  const floors = [acceptanceFloor(c, state, 0), acceptanceFloor(c, state, 1)];
  let best: Package = state.draft;
  let bestScore = -Infinity;
  for (let k = 1; k < 20; k++) {
    const text = bestText(c, state, k / 20);
    if (redLinesCrossed(state.truth[0]!, text).length || redLinesCrossed(state.truth[1]!, text).length) continue;
    const g0 = utility(state.truth[0]!, text, state.sides[0].reservation) - floors[0]!;
    const g1 = utility(state.truth[1]!, text, state.sides[1].reservation) - floors[1]!;
    // Below a floor, the shortfall counts against the text.
    const score = g0 > 0 && g1 > 0 ? g0 * g1 : Math.min(g0, g1) - 1;
    if (score > bestScore) {
      bestScore = score;
      best = text;
    }
  }
  return best;
}

/** The text closest to acceptable for both sides now, by the smaller margin. */
export function bestTarget(c: CompiledScenario, state: GameState): Target {
  const th = [acceptanceThreshold(c, state, 0), acceptanceThreshold(c, state, 1)];
  let best: Target = { text: state.draft, margin: -Infinity };
  for (const lambda of LAMBDAS) {
    const text = bestText(c, state, lambda);
    if (redLinesCrossed(state.truth[0]!, text).length || redLinesCrossed(state.truth[1]!, text).length) continue;
    const m = Math.min(utility(state.truth[0]!, text, state.sides[0].reservation) - th[0]!, utility(state.truth[1]!, text, state.sides[1].reservation) - th[1]!);
    if (m > best.margin) best = { text, margin: m };
  }
  return best;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** An estimate, 0 to 1, of how good the state is for the mediator (an agreement high, war lowest). */
export function stateValue(c: CompiledScenario, state: GameState, over: boolean): number {
  const end = state.outcome ?? (over ? immediateOutcome(c, state) : null);
  if (end) {
    // Among equal ends, the closer the sides came, the better (a continuous signal to plan by).
    if (end.id === 'framework') return OUTCOME_VALUE.framework;
    return OUTCOME_VALUE[end.id] + 0.08 * sigmoid(bestTarget(c, state).margin / 0.05);
  }
  const { text } = bestTarget(c, state);
  const hoursLeft = c.totalHours - (c.hoursBefore[Math.min(state.round, c.scenario.rounds.length - 1)]! + (c.scenario.rounds[state.round]?.hours ?? 0) - state.hoursLeft);
  // Each side's reach: the best text's margin over what it needs now, plus what it is still
  // willing to give (its reciprocity budget, up to its floor): a concession carried across
  // raises the other side's reach. Time left lets positions move further still.
  let reach = Infinity;
  for (const s of [0, 1] as const) {
    const th = acceptanceThreshold(c, state, s);
    const room = Math.max(0, th - acceptanceFloor(c, state, s));
    const give = Math.min(room, Math.max(0, concessionBudget(c, state, s)));
    reach = Math.min(reach, utility(state.truth[s]!, text, state.sides[s].reservation) - th + give);
  }
  reach += 0.006 * Math.max(0, hoursLeft);
  const deal = sigmoid(reach / 0.04);
  const patience = Math.min(1, Math.min(state.sides[0].patience, state.sides[1].patience) / 35);
  const trust = Math.min(1, (Math.min(state.sides[0].credibility, state.sides[1].credibility) - c.scenario.rules.collapseCredibility) / 25);
  const peace = Math.max(0, 1 - Math.max(0, state.pressure - c.scenario.escalation.start) / Math.max(1, c.topRung - c.scenario.escalation.start));
  return 0.1 + 0.85 * deal * Math.max(0, patience) * Math.max(0, trust) * (0.5 + 0.5 * peace);
}
