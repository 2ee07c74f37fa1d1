// Each game draws every delegation's true values around the scenario's published priors: its
// weights (a log-normal spread), the values of the options between its best and its worst (they
// stay in order), its reservation value, its concession style, and red lines that reach one
// option further. The mediator's notebook draws its particles the same way from its own stream,
// so the truth is just one more sample of the prior it reasons about.
import type { CompiledScenario } from './compile.ts';
import { byWeightDescending, sortSmall } from './order.ts';
import type { Rng } from './random.ts';
import type { SideIndex, SideTruth } from './types.ts';

/** A standard normal draw (Box–Muller). */
export function normal(rng: Rng): number {
  const u = Math.max(1e-12, rng.float());
  const v = rng.float();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

function drawWeights(prior: readonly number[], spread: number, rng: Rng): number[] {
  if (spread === 0) return [...prior];
  const raw = prior.map((w) => w * Math.exp(spread * normal(rng)));
  const sum = raw.reduce((a, b) => a + b, 0) || 1;
  return raw.map((w) => round4(w / sum));
}

/** Interior values move by up to ±spread; the best (1) and the worst (0) stay, and the order holds. */
function drawValues(prior: readonly number[], spread: number, rng: Rng): number[] {
  if (spread === 0) return [...prior];
  const moved = prior.map((v) => (v > 0 && v < 1 ? Math.min(0.99, Math.max(0.01, v + spread * (2 * rng.float() - 1))) : v));
  // Keep the prior's order: the k-th best option keeps the k-th best value.
  const rank = byWeightDescending(prior);
  const sorted = sortSmall(rank.map((i) => moved[i]!), (a, b) => b - a);
  const out = [...moved];
  rank.forEach((i, k) => (out[i] = round4(sorted[k]!)));
  return out;
}

/** Each listed red line may reach one option further toward this side's own end, with the scenario's odds. */
function drawRedLines(c: CompiledScenario, s: SideIndex, odds: number, rng: Rng): boolean[][] {
  const prior = c.sides[s].redLine;
  if (odds === 0) return prior.map((row) => [...row]);
  return prior.map((row, issue) => {
    const out = [...row];
    // A step toward the side's own end is against its concession direction.
    const direction = c.sides[s].directions[issue]!;
    row.forEach((red, option) => {
      const next = option - direction;
      if (red && next >= 0 && next < row.length && !row[next] && rng.chance(odds)) out[next] = true;
    });
    // Never the side's own opening position.
    const opening = c.sides[s].opening.charCodeAt(issue) - 48;
    out[opening] = false;
    return out;
  });
}

/** A value moved by up to ±spread. */
function around(rng: Rng, value: number, spread: number): number {
  return value + spread * (2 * rng.float() - 1);
}

/** One draw of a side's hidden values (and its reservation value) from the scenario's priors. */
export function drawSide(c: CompiledScenario, s: SideIndex, rng: Rng): { truth: SideTruth; reservation: number } {
  const d = c.scenario.delegations[s]!;
  const u = d.uncertainty;
  const reservation = round4(Math.min(0.95, Math.max(0, around(rng, d.reservation.initial, u.reservation))));
  const exponent = Math.round(Math.max(0.05, around(rng, d.concession.exponent, u.exponent * d.concession.exponent)) * 1000) / 1000;
  const weights = drawWeights(c.sides[s].weights, u.weights, rng);
  const values = c.sides[s].values.map((v) => drawValues(v, u.values, rng));
  const redLine = drawRedLines(c, s, u.redLines, rng);
  // Links are the scenario's, not drawn: a side's links are part of its published case.
  const links = c.sides[s].links;
  return { truth: { weights, values, redLine, exponent, ...(links ? { links } : {}) }, reservation };
}
