// The mediator's notebook: what it believes about each delegation's hidden values, built only
// from what it heard (the transcript), never from the truth. Beliefs are a set of particles:
// draws from the scenario's published priors, by the same procedure that drew the truth but from
// a stream of their own, each weighed by how likely it makes everything the delegation said and
// did (Hindriks and Tykhonov's Bayesian opponent modelling, with the model's own reasons as the
// likelihood). The AI mediators sample from it; the game shows its summary with how sure it is.
import { hashString } from '../lib/index.ts';
import type { CompiledScenario } from './compile.ts';
import { drawSide } from './draw.ts';
import { itemAt, optionAt, withItem, type Package } from './package.ts';
import { Rng, seedState } from './random.ts';
import { agendaText } from './rules/agenda.ts';
import { offerTo } from './parties.ts';
import type { Reply, SideIndex, SideTruth, TranscriptEntry } from './types.ts';
import { packageUtility, stepValue, utility } from './utility.ts';

export interface Particle {
  truth: SideTruth;
  reservation: number;
}

/** Particles per side: enough to cover the priors' spread, few enough to update at every step. */
export const PARTICLES = 400;

/**
 * Each piece of evidence counts this much (a tempered likelihood): the model's reasons are the
 * likelihood, but the mediator's reading of them is rough, so no single reply may decide.
 */
const TEMPER = 1;

/**
 * The particle sets kept per scenario, the most recently used: a game asks for its own at every
 * step, but a process that plays game after game (a tournament, the class server) must not keep
 * every seed's (each set is a few hundred kilobytes; 1,800 games in one process ran out of memory).
 */
export const KEPT_PARTICLE_SETS = 64;

const particleCache = new WeakMap<CompiledScenario, Map<string, Particle[]>>();

/** The notebook's particles for a side of a game: drawn from the priors with a stream of the notebook's own. */
export function particlesFor(c: CompiledScenario, seed: number, s: SideIndex): Particle[] {
  let bySeed = particleCache.get(c);
  if (!bySeed) particleCache.set(c, (bySeed = new Map()));
  const key = `${seed}:${s}`;
  let list = bySeed.get(key);
  if (list) {
    // Most recently used last (a Map keeps insertion order), so the oldest goes first.
    bySeed.delete(key);
  } else {
    const rng = new Rng(seedState(Number.parseInt(hashString(`notebook:${c.scenario.id}:${seed}:${s}`).slice(0, 8), 16) | 0));
    list = [];
    for (let k = 0; k < PARTICLES; k++) list.push(drawSide(c, s, rng));
    if (bySeed.size >= KEPT_PARTICLE_SETS) bySeed.delete(bySeed.keys().next().value!);
  }
  bySeed.set(key, list);
  return list;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** What the public record says about the game at one step: the draft and every stated position. */
export interface Scene {
  draft: Package;
  positions: Package[];
  round: number;
}

/** The least a deal must be worth to this particle, as the mediator can estimate it (public priors for the dynamic parts). */
function floorOf(c: CompiledScenario, s: SideIndex, p: Particle, round: number): number {
  const d = c.scenario.delegations[s]!;
  return p.reservation + d.reservation.drift.perRound * round + (d.hardliners.initial / 100) * d.hardliners.ratificationScale;
}

/** Roughly what this particle would need a text to be worth now (its position, less what time gives up). */
function thresholdOf(c: CompiledScenario, s: SideIndex, p: Particle, scene: Scene): number {
  const floor = floorOf(c, s, p, scene.round);
  const own = packageUtility(p.truth, scene.positions[s]);
  const t = Math.min(1, (scene.round + 0.5) / c.scenario.rounds.length);
  const share = c.scenario.rules.negotiation.timeSlack * Math.pow(t, 1 / p.truth.exponent);
  return Math.max(floor, own - Math.max(0, own - floor) * share);
}

function rank(weights: readonly number[], issue: number): number {
  let r = 0;
  for (let i = 0; i < weights.length; i++) if (weights[i]! > weights[issue]!) r++;
  return r;
}

function softmaxShare(values: readonly number[], index: number, beta: number): number {
  const max = Math.max(...values);
  let sum = 0;
  for (const v of values) sum += Math.exp(beta * (v - max));
  return Math.exp(beta * (values[index]! - max)) / sum;
}

/** Log-likelihood of one reply of side s, given the particle, in the scene it was said in. */
export function replyLikelihood(c: CompiledScenario, s: SideIndex, p: Particle, reply: Reply, scene: Scene): number {
  const w = p.truth.weights;
  const n = w.length;
  switch (reply.type) {
    case 'priority': {
      const r = rank(w, reply.issue);
      const level = r < Math.ceil(n / 3) ? 'h' : r < Math.ceil((2 * n) / 3) ? 'm' : 'l';
      return Math.log(level === reply.level ? 0.8 : 0.1);
    }
    case 'position':
      // It states its position on what matters most to it first.
      return reply.issues.reduce((sum, i) => sum - 0.25 * rank(w, i), 0);
    case 'conceded': {
      const cost = -stepValue(p.truth, reply.issue, reply.from, reply.to);
      return Math.log(sigmoid((0.07 - cost) / 0.025));
    }
    case 'refused': {
      const from = optionAt(scene.positions[s], reply.issue);
      const to = from + c.sides[s].directions[reply.issue]!;
      if (to < 0 || to >= c.optionCount[reply.issue]!) return 0;
      if (reply.why === 'redLine') return p.truth.redLine[reply.issue]![to] ? 0 : Math.log(0.02);
      const cost = -stepValue(p.truth, reply.issue, from, to);
      if (reply.why === 'noReciprocity') return Math.log(sigmoid((cost - 0.03) / 0.02));
      if (reply.why === 'tooSoon') return Math.log(sigmoid((floorOf(c, s, p, scene.round) - packageUtility(p.truth, withItem(scene.positions[s], reply.issue, to))) / 0.04));
      return 0;
    }
    case 'accepted':
      return Math.log(sigmoid((utility(p.truth, scene.draft, p.reservation) - thresholdOf(c, s, p, scene)) / 0.04));
    case 'criticised': {
      let ll = Math.log(sigmoid((thresholdOf(c, s, p, scene) - utility(p.truth, scene.draft, p.reservation)) / 0.04));
      // The items named are those that cost it most against its own position.
      const losses = w.map((wi, i) => {
        const o = itemAt(scene.draft, i);
        return o === null ? 0 : wi * Math.max(0, p.truth.values[i]![optionAt(scene.positions[s], i)]! - p.truth.values[i]![o]!);
      });
      for (const i of reply.items) if (!p.truth.redLine[i]![itemAt(scene.draft, i) ?? 0]) ll += Math.log(softmaxShare(losses, i, 40) + 1e-6);
      return ll;
    }
    case 'offer': {
      const o = reply.offer;
      if (o.kind !== 'trade' || o.from !== s) return 0;
      const give = o.give[0]!;
      const want = o.want[0]!;
      const cost = -stepValue(p.truth, give.issue, optionAt(scene.positions[s], give.issue), give.option);
      const gain = stepValue(p.truth, want.issue, optionAt(scene.positions[offerTo(o)]!, want.issue), want.option);
      return Math.log(sigmoid((gain - cost) / 0.02));
    }
    case 'tradeAccepted':
    case 'tradeDeclined': {
      const o = reply.offer;
      if (o.from === s) return 0;
      let gain = 0;
      for (const g of o.give) gain += Math.max(0, stepValue(p.truth, g.issue, optionAt(scene.positions[o.from], g.issue), g.option));
      let cost = 0;
      for (const x of o.want) cost += Math.max(0, -stepValue(p.truth, x.issue, optionAt(scene.positions[s], x.issue), x.option));
      const x = (gain - cost) / 0.02;
      return Math.log(sigmoid(reply.type === 'tradeAccepted' ? x : -x));
    }
    default:
      return 0;
  }
}

export interface SideBeliefs {
  /** Log-weights of the particles. */
  log: number[];
}

export interface Notebook {
  /** The game's seed names its particles. */
  seed: number;
  sides: SideBeliefs[];
  /** The scene after the last entry read, and how many entries were read. */
  scene: Scene;
  read: number;
  last: TranscriptEntry | null;
}

export function emptyNotebook(c: CompiledScenario, seed: number): Notebook {
  return {
    seed,
    sides: c.sides.map(() => ({ log: new Array<number>(PARTICLES).fill(0) })),
    scene: { draft: c.initialDraft, positions: c.sides.map((d) => d.opening), round: 0 },
    read: 0,
    last: null,
  };
}

/** The public record moves the scene: revisions of the draft, agenda moves, concessions and trades. */
function advanceScene(c: CompiledScenario, scene: Scene, e: TranscriptEntry): Scene {
  const said = e.said;
  let next = scene.round === e.round ? scene : { ...scene, round: e.round };
  if (said.kind === 'act') {
    const act = said.act;
    if (act.type === 'EDIT_DRAFT' && act.changes) {
      let draft = next.draft;
      for (const ch of act.changes) draft = withItem(draft, ch.issue, ch.option);
      next = { ...next, draft };
    } else if (act.type === 'PROPOSE_AGENDA' && act.move) {
      next = { ...next, draft: agendaText(next.draft, { c }, act.move) };
    }
  } else if (said.kind === 'reply' && typeof e.speaker === 'number') {
    const r = said.reply;
    if (r.type === 'conceded') {
      const positions = [...next.positions];
      positions[e.speaker] = withItem(positions[e.speaker]!, r.issue, r.to);
      next = { ...next, positions };
    } else if (r.type === 'tradeAccepted') {
      const positions = [...next.positions];
      const from = r.offer.from;
      const to = offerTo(r.offer);
      for (const g of r.offer.give) positions[from] = withItem(positions[from]!, g.issue, g.option);
      for (const x of r.offer.want) positions[to] = withItem(positions[to]!, x.issue, x.option);
      next = { ...next, positions };
    }
  }
  return next;
}

/** Reads the transcript's new entries into the notebook (a new notebook; the old one is kept). */
export function readTranscript(c: CompiledScenario, notebook: Notebook, transcript: readonly TranscriptEntry[]): Notebook {
  if (transcript.length === notebook.read) return notebook;
  const particles = c.sideIndices.map((s) => particlesFor(c, notebook.seed, s));
  const logs = notebook.sides.map((side) => [...side.log]);
  // A side that said nothing new keeps its beliefs object, so what was worked out from it (its
  // weights, its mean) is kept too.
  const heard = notebook.sides.map(() => false);
  let scene = notebook.scene;
  for (let k = notebook.read; k < transcript.length; k++) {
    const e = transcript[k]!;
    // A reply is judged in the scene it was said in (before the change it records).
    if (e.said.kind === 'reply' && typeof e.speaker === 'number') {
      const s = e.speaker;
      const list = particles[s]!;
      const log = logs[s]!;
      heard[s] = true;
      for (let i = 0; i < list.length; i++) log[i]! += TEMPER * replyLikelihood(c, s, list[i]!, e.said.reply, scene);
    }
    scene = advanceScene(c, scene, e);
  }
  return { seed: notebook.seed, sides: logs.map((log, s) => (heard[s] ? { log } : notebook.sides[s]!)), scene, read: transcript.length, last: transcript[transcript.length - 1] ?? null };
}

// Beliefs are never changed once made (reading on makes new ones), so their weights are worked
// out once: the what-if explorer samples from the same notebook for every continuation.
const normalised = new WeakMap<SideBeliefs, readonly number[]>();

/** The particles' normalised weights (shared: never change them). */
export function particleWeights(side: SideBeliefs): readonly number[] {
  let weights = normalised.get(side);
  if (!weights) {
    const max = Math.max(...side.log);
    const raw = side.log.map((l) => Math.exp(l - max));
    const sum = raw.reduce((a, b) => a + b, 0);
    normalised.set(side, (weights = raw.map((r) => r / sum)));
  }
  return weights;
}

/** Draws a particle by its weight. */
export function sampleParticle(c: CompiledScenario, notebook: Notebook, s: SideIndex, rng: Rng): Particle {
  const weights = particleWeights(notebook.sides[s]);
  let r = rng.float();
  const list = particlesFor(c, notebook.seed, s);
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return list[i]!;
  }
  return list[list.length - 1]!;
}

// A game's notebook, kept per game and read on from where it stopped: the transcript only grows,
// so each new call reads only the entries added since (a branch that left the line is re-read).
const notebooks = new WeakMap<TranscriptEntry, Notebook>();

/** The notebook of a game as its transcript stands. */
export function notebookOf(c: CompiledScenario, seed: number, transcript: readonly TranscriptEntry[]): Notebook {
  const first = transcript[0];
  if (!first) return emptyNotebook(c, seed);
  const cached = notebooks.get(first);
  const fits = cached && cached.seed === seed && cached.read <= transcript.length && (cached.read === 0 || transcript[cached.read - 1] === cached.last);
  const next = readTranscript(c, fits ? cached : emptyNotebook(c, seed), transcript);
  notebooks.set(first, next);
  return next;
}

export interface IssueBelief {
  /** The expected weight of the issue. */
  weight: number;
  /** Its spread across the particles (the smaller, the surer). */
  spread: number;
  /** The chance that this is the issue the side cares most about. */
  top: number;
}

export interface SideSummary {
  issues: IssueBelief[];
  reservation: { mean: number; spread: number };
  /** How many particles still count (of PARTICLES): low means the notebook has narrowed a lot. */
  effective: number;
}

/** What the notebook says of a side, in numbers a screen or a hint can put into words. */
export function summarise(c: CompiledScenario, notebook: Notebook, s: SideIndex): SideSummary {
  const weights = particleWeights(notebook.sides[s]);
  const particles = particlesFor(c, notebook.seed, s);
  const n = c.issueIds.length;
  const mean = new Array<number>(n).fill(0);
  const sq = new Array<number>(n).fill(0);
  const top = new Array<number>(n).fill(0);
  let rMean = 0;
  let rSq = 0;
  particles.forEach((p, k) => {
    const q = weights[k]!;
    let best = 0;
    p.truth.weights.forEach((w, i) => {
      mean[i]! += q * w;
      sq[i]! += q * w * w;
      if (w > p.truth.weights[best]!) best = i;
    });
    top[best]! += q;
    rMean += q * p.reservation;
    rSq += q * p.reservation * p.reservation;
  });
  const effective = 1 / weights.reduce((a, q) => a + q * q, 0);
  return {
    issues: mean.map((m, i) => ({ weight: m, spread: Math.sqrt(Math.max(0, sq[i]! - m * m)), top: top[i]! })),
    reservation: { mean: rMean, spread: Math.sqrt(Math.max(0, rSq - rMean * rMean)) },
    effective,
  };
}

// The mean is asked for at every decision of the planner: kept per beliefs object (never
// changed once made) and the particles it was taken over.
const means = new WeakMap<SideBeliefs, { particles: readonly Particle[]; mean: Particle }>();

/** The notebook's expected values for a side (its weighted mean): the mediator's best single guess. */
export function meanParticle(c: CompiledScenario, notebook: Notebook, s: SideIndex): Particle {
  const side = notebook.sides[s]!;
  const particles = particlesFor(c, notebook.seed, s);
  const kept = means.get(side);
  if (kept?.particles === particles) return kept.mean;
  const mean = weightedMean(particles, particleWeights(side));
  means.set(side, { particles, mean });
  return mean;
}

function weightedMean(particles: readonly Particle[], weights: readonly number[]): Particle {
  const first = particles[0]!.truth;
  const w = first.weights.map(() => 0);
  const values = first.values.map((row) => row.map(() => 0));
  const red = first.redLine.map((row) => row.map(() => 0));
  let exponent = 0;
  let reservation = 0;
  // Loops, not closures: 400 particles at every decision.
  for (let k = 0; k < particles.length; k++) {
    const p = particles[k]!;
    const q = weights[k]!;
    const t = p.truth;
    for (let i = 0; i < t.weights.length; i++) w[i]! += q * t.weights[i]!;
    for (let i = 0; i < t.values.length; i++) {
      const row = t.values[i]!;
      const into = values[i]!;
      for (let o = 0; o < row.length; o++) into[o]! += q * row[o]!;
    }
    for (let i = 0; i < t.redLine.length; i++) {
      const row = t.redLine[i]!;
      const into = red[i]!;
      for (let o = 0; o < row.length; o++) into[o]! += row[o] ? q : 0;
    }
    exponent += q * t.exponent;
    reservation += q * p.reservation;
  }
  const sum = w.reduce((a, b) => a + b, 0) || 1;
  return {
    truth: { weights: w.map((x) => x / sum), values, redLine: red.map((row) => row.map((x) => x > 0.5)), exponent, ...(particles[0]?.truth.links ? { links: particles[0].truth.links } : {}) },
    reservation,
  };
}
