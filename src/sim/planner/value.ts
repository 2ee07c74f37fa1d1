// How good a (determinized) game state looks for an agreement: the best text's margin over what
// every side needs now, against the time left, the patience left and the climb toward war. The
// best text is found among the texts that maximise a weighted sum of the sides' utilities (the
// convex hull of the frontier; for two sides a row of weights, for more a grid over the simplex):
// exact enough, and fast.
import { acceptanceFloor, acceptanceThreshold, concessionBudget, immediateOutcome, itemAt, redLinesCrossed, utility, withItem, type CompiledScenario, type GameState, type OutcomeId, type Package, type SideTruth } from '../../model/index.ts';
import { simplexGrid } from './simplex.ts';

export const OUTCOME_VALUE: Record<OutcomeId, number> = { framework: 1, interim: 0.45, continue: 0.25, suspended: 0.08, collapse: 0.05, strike: 0 };

const LAMBDAS = [0.15, 0.3, 0.4, 0.5, 0.6, 0.7, 0.85];

// By the list of λ (the module's own constants): this runs at every value the planner's
// simulations take, so no key is built. With more than two sides every λ list shares one grid,
// so the hull's texts are found once for both searches.
const pairCache = new Map<readonly number[], readonly (readonly number[])[]>();
const simplexByCount: (readonly (readonly number[])[] | undefined)[] = [];

/** The weight vectors of the hull search: for two sides (λ, 1−λ) for each λ given; for more, the simplex in sixths. */
function weightings(n: number, lambdas: readonly number[]): readonly (readonly number[])[] {
  if (n !== 2) return (simplexByCount[n] ??= simplexGrid(n, 6));
  let grid = pairCache.get(lambdas);
  if (!grid) pairCache.set(lambdas, (grid = lambdas.map((l) => [l, 1 - l])));
  return grid;
}

/** Whether the text crosses a red line of any signer. */
function crossesSigner(c: CompiledScenario, state: GameState, text: Package): boolean {
  for (const s of c.signers) if (redLinesCrossed(state.truth[s]!, text).length > 0) return true;
  return false;
}

const NASH_LAMBDAS = Array.from({ length: 19 }, (_, k) => (k + 1) / 20);

/** The draftable text that maximises Σ wₖ·Uₖ over the signers (scope items as the draft has them), avoiding their red lines. */
function bestText(c: CompiledScenario, state: GameState, weights: readonly number[]): Package {
  // Loops, not closures: this is the planner's innermost search.
  const signers = c.signers;
  const truth = state.truth;
  const pair = signers.length === 2;
  const a = truth[signers[0]!];
  const b = truth[signers[1]!];
  const w0 = weights[0]!;
  const w1 = weights[1] ?? 0;
  let text = state.draft;
  for (let i = 0; i < c.issueIds.length; i++) {
    if (c.scenario.issues[i]!.scope) {
      if (itemAt(text, i) === null) text = withItem(text, i, c.parallel[i] ?? 0);
      continue;
    }
    let best = -1;
    let bestScore = -Infinity;
    for (let o = 0; o < c.optionCount[i]!; o++) {
      let score: number;
      if (pair) {
        // Two signers (every two-party game): the sum written out, as it is the hottest line.
        if (a!.redLine[i]![o] || b!.redLine[i]![o]) continue;
        score = w0 * a!.weights[i]! * a!.values[i]![o]! + w1 * b!.weights[i]! * b!.values[i]![o]!;
      } else {
        let red = false;
        for (let k = 0; k < signers.length && !red; k++) red = truth[signers[k]!]!.redLine[i]![o]!;
        if (red) continue;
        score = 0;
        for (let k = 0; k < signers.length; k++) {
          const t = truth[signers[k]!]!;
          score += weights[k]! * t.weights[i]! * t.values[i]![o]!;
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = o;
      }
    }
    if (best >= 0) text = withItem(text, i, best);
  }
  return text;
}

/** A text on the hull: whether it crosses a signer's red line, and each signer's utility when it leaves nothing open. */
interface HullText {
  text: Package;
  crosses: boolean;
  utilities: readonly number[] | null;
}

interface Hull {
  c: CompiledScenario;
  /** The issues where every option is some signer's red line: there the text keeps the draft's item. */
  blocked: readonly number[];
  /** By the draft's items that the texts keep (scope and blocked issues), then by the weightings (one list for every λ list with more than two sides). */
  texts: Map<string, Map<readonly (readonly number[])[], readonly HullText[]>>;
}

// The hull's texts depend only on the drawn truth (its identity is kept for a whole game and its
// simulations: the rules never write it) and on the draft's scope and blocked items. The planner
// asks for them at every value its simulations take, so they are found once per truth and kept
// (measured: a third of the planner's time went to finding them again).
const hulls = new WeakMap<readonly SideTruth[], Hull>();

function hullOf(c: CompiledScenario, state: GameState, lambdas: readonly number[]): readonly HullText[] {
  let hull = hulls.get(state.truth);
  if (!hull || hull.c !== c) {
    const blocked = c.issueIds.flatMap((_, i) => {
      if (c.scenario.issues[i]!.scope) return [];
      for (let o = 0; o < c.optionCount[i]!; o++) if (c.signers.every((s) => !state.truth[s]!.redLine[i]![o])) return [];
      return [i];
    });
    hull = { c, blocked, texts: new Map() };
    hulls.set(state.truth, hull);
  }
  let key = '';
  for (let i = 0; i < c.issueIds.length; i++) if (c.scenario.issues[i]!.scope || hull.blocked.includes(i)) key += state.draft[i];
  let byWeights = hull.texts.get(key);
  if (!byWeights) hull.texts.set(key, (byWeights = new Map()));
  const grid = weightings(c.signers.length, lambdas);
  let texts = byWeights.get(grid);
  if (!texts) {
    texts = grid.map((weights) => hullText(c, state, bestText(c, state, weights)));
    byWeights.set(grid, texts);
  }
  return texts;
}

function hullText(c: CompiledScenario, state: GameState, text: Package): HullText {
  let open = false;
  for (let i = 0; i < text.length && !open; i++) open = itemAt(text, i) === null;
  // Nothing open: the fallback does not enter the utility, so it can be kept.
  const utilities = open ? null : c.signers.map((s) => utility(state.truth[s]!, text, 0));
  return { text, crosses: crossesSigner(c, state, text), utilities };
}

/** A signer's utility of a hull text (the k-th signer). */
function utilityOn(c: CompiledScenario, state: GameState, h: HullText, k: number): number {
  const s = c.signers[k]!;
  return h.utilities ? h.utilities[k]! : utility(state.truth[s]!, h.text, state.sides[s]!.reservation);
}

export interface Target {
  text: Package;
  /** The smaller of the two sides' margins over what they need now (negative: short). */
  margin: number;
}

/**
 * The fair text to work toward: of the texts on the hull, the one that maximises the product of
 * every side's gain over its floor (Nash's solution, with the floors as the disagreement
 * point). It moves only as the floors do, so a mediator can keep to it for a while.
 */
export function nashTarget(c: CompiledScenario, state: GameState): Package {
  const floors = c.signers.map((s) => acceptanceFloor(c, state, s));
  let best: Package = state.draft;
  let bestScore = -Infinity;
  for (const h of hullOf(c, state, NASH_LAMBDAS)) {
    if (h.crosses) continue;
    const text = h.text;
    // Below a floor, the shortfall counts against the text.
    let product = 1;
    let least = Infinity;
    for (let k = 0; k < c.signers.length; k++) {
      const gain = utilityOn(c, state, h, k) - floors[k]!;
      product *= gain;
      least = Math.min(least, gain);
    }
    const score = least > 0 ? product : least - 1;
    if (score > bestScore) {
      bestScore = score;
      best = text;
    }
  }
  return best;
}

/** The text closest to acceptable for both sides now, by the smaller margin. */
export function bestTarget(c: CompiledScenario, state: GameState): Target {
  const th = c.signers.map((s) => acceptanceThreshold(c, state, s));
  let best: Target = { text: state.draft, margin: -Infinity };
  for (const h of hullOf(c, state, LAMBDAS)) {
    if (h.crosses) continue;
    let m = Infinity;
    for (let k = 0; k < c.signers.length; k++) m = Math.min(m, utilityOn(c, state, h, k) - th[k]!);
    if (m > best.margin) best = { text: h.text, margin: m };
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
  for (const s of c.signers) {
    const th = acceptanceThreshold(c, state, s);
    const room = Math.max(0, th - acceptanceFloor(c, state, s));
    const give = Math.min(room, Math.max(0, concessionBudget(c, state, s)));
    reach = Math.min(reach, utility(state.truth[s]!, text, state.sides[s].reservation) - th + give);
  }
  reach += 0.006 * Math.max(0, hoursLeft);
  const deal = sigmoid(reach / 0.04);
  let leastPatience = Infinity;
  let leastCredibility = Infinity;
  for (const side of state.sides) {
    leastPatience = Math.min(leastPatience, side.patience);
    leastCredibility = Math.min(leastCredibility, side.credibility);
  }
  const patience = Math.min(1, leastPatience / 35);
  const trust = Math.min(1, (leastCredibility - c.scenario.rules.collapseCredibility) / 25);
  const peace = Math.max(0, 1 - Math.max(0, state.pressure - c.scenario.escalation.start) / Math.max(1, c.topRung - c.scenario.escalation.start));
  return 0.1 + 0.85 * deal * Math.max(0, patience) * Math.max(0, trust) * (0.5 + 0.5 * peace);
}
