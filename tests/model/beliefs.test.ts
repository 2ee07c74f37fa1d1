// The mediator's notebook: particles drawn from the published priors with a stream of its own,
// weighed by how likely each makes what the delegations said. It is built only from the
// transcript: never from the hidden truth.
import { describe, expect, it } from 'vitest';
import {
  emptyNotebook,
  KEPT_PARTICLE_SETS,
  meanParticle,
  notebookOf,
  particlesFor,
  particleWeights,
  PARTICLES,
  readTranscript,
  replyLikelihood,
  sampleParticle,
  summarise,
  type Notebook,
  type Particle,
  type Scene,
} from '../../src/model/beliefs.ts';
import { drawSide } from '../../src/model/draw.ts';
import { listen } from '../../src/model/rules/listen.ts';
import { askConcession } from '../../src/model/rules/concession.ts';
import { editDraft, presentDraft } from '../../src/model/rules/draft.ts';
import { Rng, seedState } from '../../src/model/random.ts';
import type { CompiledScenario } from '../../src/model/compile.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import type { GameState, SideIndex, TranscriptEntry } from '../../src/model/types.ts';
import { persist, resumeGame, sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import { mediatorView } from '../../src/machine/view.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import { apply, applyAll, edit, world } from './helpers.ts';

const WATER = 0;
const BORDER = 1;

/** Each game draws the truth around the priors: the notebook has something to learn. */
const uncertain = (input: ScenarioInput) => {
  for (const d of input.delegations) d.uncertainty = { reservation: 0.05, exponent: 0.3, weights: 0.6, values: 0.1, redLines: 0.3 };
};

/** A short game: the mediator listens to both sides, writes and presents a draft, asks for a concession. */
function played(seed: number): { c: CompiledScenario; state: GameState } {
  const { c, state } = world(uncertain, { seed });
  const inRoom = (side: SideIndex) => (s: GameState) => edit(s, (x) => void (x.location = side));
  let s = apply(c, state, (d, ctx) => editDraft(d, ctx, [[WATER, 2], [BORDER, 2]])).next;
  for (const side of [0, 1] as const) {
    s = inRoom(side)(s);
    s = applyAll(c, s, [(d, ctx) => listen(d, ctx, side), (d, ctx) => listen(d, ctx, side), (d, ctx) => presentDraft(d, ctx, side), (d, ctx) => void askConcession(d, ctx, side, BORDER)]);
  }
  return { c, state: s };
}

/** Mean absolute error of the notebook's expected weights for a side against its true weights. */
function weightError(c: CompiledScenario, notebook: Notebook, truth: readonly number[], s: SideIndex): number {
  return summarise(c, notebook, s).issues.reduce((sum, issue, i) => sum + Math.abs(issue.weight - truth[i]!), 0) / truth.length;
}

describe('particles', () => {
  const { c } = world(uncertain);

  it('are drawn once per game and side, from the priors, with the notebook\'s own stream', () => {
    const list = particlesFor(c, 7, 0);
    expect(list).toHaveLength(PARTICLES);
    expect(particlesFor(c, 7, 0)).toBe(list);
    expect(particlesFor(c, 8, 0)).not.toEqual(list);
    // not the game's own draw: the truth is just one more sample of the same prior
    const game = drawSide(c, 0, new Rng(seedState(7)));
    expect(list[0]).not.toEqual(game);
    for (const p of list.slice(0, 20)) expect(p.truth.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  });

  it('are kept for the games played lately only, and drawn again the same when a game comes back', () => {
    const first = particlesFor(c, 1001, 0);
    // Used again, a set stays however many others come after it; an unused one is let go.
    for (let seed = 1002; seed < 1002 + 3 * KEPT_PARTICLE_SETS; seed++) {
      particlesFor(c, seed, 0);
      if (seed < 1002 + KEPT_PARTICLE_SETS) expect(particlesFor(c, 1001, 0)).toBe(first);
    }
    const again = particlesFor(c, 1001, 0);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('an empty notebook weighs them all alike', () => {
    const notebook = emptyNotebook(c, 7);
    const weights = particleWeights(notebook.sides[0]);
    expect(weights).toHaveLength(PARTICLES);
    for (const w of weights) expect(w).toBeCloseTo(1 / PARTICLES, 12);
    expect(summarise(c, notebook, 0).effective).toBeCloseTo(PARTICLES, 6);
  });
});

describe('replyLikelihood', () => {
  const { c, state } = world();
  const scene: Scene = { draft: c.initialDraft, positions: [c.sides[0].opening, c.sides[1].opening], round: 0 };
  const particle = (weights: number[], change: (p: Particle) => void = () => {}): Particle => {
    const p: Particle = { truth: structuredClone({ ...state.truth[0]!, weights }), reservation: 0.35 };
    change(p);
    return p;
  };

  it('a "high priority" cue favours particles that put that issue first', () => {
    const waterFirst = particle([0.5, 0.3, 0.2]);
    const borderFirst = particle([0.3, 0.5, 0.2]);
    const cue = { type: 'priority', issue: WATER, level: 'h' } as const;
    expect(replyLikelihood(c, 0, waterFirst, cue, scene)).toBeGreaterThan(replyLikelihood(c, 0, borderFirst, cue, scene));
  });

  it('a refusal on a red line all but rules out particles without that red line', () => {
    const at3 = { ...scene, positions: ['300', c.sides[1].opening] as [string, string] };
    const refused = { type: 'refused', issue: WATER, why: 'redLine' } as const;
    const red = particle([0.5, 0.3, 0.2]);
    const none = particle([0.5, 0.3, 0.2], (p) => void (p.truth.redLine[WATER]![4] = false));
    expect(replyLikelihood(c, 0, red, refused, at3)).toBe(0);
    expect(replyLikelihood(c, 0, none, refused, at3)).toBeLessThan(Math.log(0.05));
  });

  it('a cheap concession is likelier for a particle to which the step is cheap', () => {
    const conceded = { type: 'conceded', issue: BORDER, from: 0, to: 1 } as const;
    const cares = particle([0.2, 0.7, 0.1]);
    const indifferent = particle([0.7, 0.1, 0.2]);
    expect(replyLikelihood(c, 0, indifferent, conceded, scene)).toBeGreaterThan(replyLikelihood(c, 0, cares, conceded, scene));
  });
});

describe('the notebook is built only from what the mediator heard', () => {
  it('two games that differ only in hidden truth, with the same transcript, give the same notebook', () => {
    const { c, state } = played(3);
    const other = drawSide(c, 0, new Rng(seedState(991)));
    const twin = edit(state, (x) => {
      x.truth = [other.truth, drawSide(c, 1, new Rng(seedState(992))).truth];
      x.sides[0].reservation = other.reservation;
    });
    expect(twin.truth).not.toEqual(state.truth);
    // the transcripts are equal but not the same objects: nothing is shared through the cache
    const a = notebookOf(c, state.settings.seed, state.transcript);
    const b = notebookOf(c, twin.settings.seed, twin.transcript);
    expect(b).not.toBe(a);
    expect(b.sides).toEqual(a.sides);
    for (const s of [0, 1] as const) expect(summarise(c, b, s)).toEqual(summarise(c, a, s));
  });

  it('so does the mediator\'s view of two games resumed from one save with different hidden truths', () => {
    const { scenario, c } = world(uncertain);
    const actor = startGame(scenario, settingsFor(21));
    const events: GameEvent[] = [{ type: 'BEGIN' }, { type: 'WALK', to: 'north' }, { type: 'LISTEN' }, { type: 'LISTEN' }, { type: 'WALK', to: 'south' }, { type: 'LISTEN' }, { type: 'ASK_CONCESSION', issue: 'border' }];
    for (const e of events) sendEvent(actor, e);
    const saved = persist(actor);
    const other: GameState['truth'] = [drawSide(c, 0, new Rng(seedState(31))).truth, drawSide(c, 1, new Rng(seedState(32))).truth];
    const twin = resumeGame(scenario, { ...structuredClone(saved), context: { ...structuredClone(saved.context), truth: other } });
    const original = resumeGame(scenario, structuredClone(saved));
    const notebooks = [original, twin].map((a) => mediatorView(scenario, a.getSnapshot()).notebook);
    expect(twin.getSnapshot().context.truth).not.toEqual(original.getSnapshot().context.truth);
    expect(notebooks[1]!.sides).toEqual(notebooks[0]!.sides);
    expect(notebooks[0]!.read).toBe(original.getSnapshot().context.transcript.length);
  });

  it('and a different transcript gives a different notebook (it does read it)', () => {
    const { c, state } = played(3);
    const cut = state.transcript.filter((t) => !(t.said.kind === 'reply' && t.said.reply.type === 'priority'));
    expect(cut.length).toBeLessThan(state.transcript.length);
    const a = readTranscript(c, emptyNotebook(c, 3), state.transcript);
    const b = readTranscript(c, emptyNotebook(c, 3), cut);
    expect(b.sides).not.toEqual(a.sides);
  });

  it('reading on from where it stopped is the same as reading it all at once', () => {
    const { c, state } = played(4);
    const t = state.transcript;
    const half = readTranscript(c, emptyNotebook(c, 4), t.slice(0, Math.floor(t.length / 2)));
    const whole = readTranscript(c, emptyNotebook(c, 4), t);
    const continued = readTranscript(c, half, t);
    continued.sides.forEach((side, s) => side.log.forEach((l, i) => expect(l).toBeCloseTo(whole.sides[s]!.log[i]!, 9)));
    expect(continued.scene).toEqual(whole.scene);
  });

  it('a side that said nothing new keeps its beliefs, and its mean is the one worked out afresh', () => {
    const { c, state } = played(4);
    const t = state.transcript;
    // Up to the last reply of side 0, then on to the end: side 1 speaks after it, side 0 does not.
    const last0 = t.findLastIndex((e) => e.said.kind === 'reply' && e.speaker === 0);
    const before = readTranscript(c, emptyNotebook(c, 4), t.slice(0, last0 + 1));
    const after = readTranscript(c, before, t);
    expect(t.slice(last0 + 1).some((e) => e.said.kind === 'reply' && e.speaker === 1)).toBe(true);
    expect(after.sides[0]).toBe(before.sides[0]);
    expect(after.sides[1]).not.toBe(before.sides[1]);
    // The mean kept for a beliefs object equals the mean over a copy read from scratch.
    for (const notebook of [before, after]) {
      for (const s of [0, 1] as const) {
        const kept = meanParticle(c, notebook, s);
        expect(meanParticle(c, notebook, s)).toBe(kept);
        expect(meanParticle(c, readTranscript(c, emptyNotebook(c, 4), t.slice(0, notebook.read)), s)).toEqual(kept);
      }
    }
  });

  it('a branch that left the line is read afresh, not on top of the other branch', () => {
    const { c, state } = played(5);
    const t = state.transcript;
    const k = Math.floor(t.length / 2);
    // the branch shares the first k entries, then says something else, and goes on longer than
    // the line the notebook last read
    const aside: TranscriptEntry = { ...t[k]!, said: { kind: 'reply', reply: { type: 'priority', issue: BORDER, level: 'l' } }, speaker: 0 };
    const branch: TranscriptEntry[] = [...t.slice(0, k), aside, ...t.slice(k)];
    notebookOf(c, 5, t);
    const viaCache = notebookOf(c, 5, branch);
    const fresh = readTranscript(c, emptyNotebook(c, 5), branch);
    expect(viaCache.sides).toEqual(fresh.sides);
    expect(viaCache.scene).toEqual(fresh.scene);
  });
});

describe('listening narrows the notebook', () => {
  it('the error of its mean weights against the truth falls after listening, over several games', () => {
    for (const s of [0, 1] as const) {
      let before = 0;
      let after = 0;
      let effective = 0;
      const seeds = 12;
      for (let seed = 1; seed <= seeds; seed++) {
        const { c, state } = world(uncertain, { seed });
        let heard = edit(state, (x) => void (x.location = s));
        for (let k = 0; k < 3; k++) heard = apply(c, heard, (d, ctx) => listen(d, ctx, s)).next;
        const truth = state.truth[s]!.weights;
        before += weightError(c, emptyNotebook(c, seed), truth, s);
        const notebook = notebookOf(c, seed, heard.transcript);
        after += weightError(c, notebook, truth, s);
        effective += summarise(c, notebook, s).effective;
      }
      expect(after).toBeLessThan(0.8 * before);
      // fewer particles still count: the notebook is surer
      expect(effective / seeds).toBeLessThan(0.75 * PARTICLES);
    }
  });
});

describe('what the notebook gives the AI mediators', () => {
  const { c, state } = played(6);
  const notebook = notebookOf(c, 6, state.transcript);

  it('a summary per issue: expected weights summing to 1, a spread, the chance each is the top issue', () => {
    const summary = summarise(c, notebook, 1);
    expect(summary.issues.reduce((a, i) => a + i.weight, 0)).toBeCloseTo(1, 3);
    expect(summary.issues.reduce((a, i) => a + i.top, 0)).toBeCloseTo(1, 9);
    for (const i of summary.issues) expect(i.spread).toBeGreaterThanOrEqual(0);
    expect(summary.effective).toBeGreaterThan(0);
    expect(summary.effective).toBeLessThanOrEqual(PARTICLES + 1e-9);
  });

  it('a mean particle: weights summing to 1 and a red line where most of the weight has one', () => {
    const mean = meanParticle(c, notebook, 0);
    expect(mean.truth.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // every particle keeps the published red line water w4
    expect(mean.truth.redLine[WATER]![4]).toBe(true);
  });

  it('samples particles by their weight, repeatably from the same generator', () => {
    const a = sampleParticle(c, notebook, 0, new Rng(seedState(1)));
    const b = sampleParticle(c, notebook, 0, new Rng(seedState(1)));
    expect(a).toBe(b);
    expect(particlesFor(c, 6, 0)).toContain(a);
  });
});
