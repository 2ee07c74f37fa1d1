// The notebook in words: sureness in bands, priorities heaviest first, the fallback as a range,
// red lines as heard; built from the notebook alone (the hidden truth never shows), and changed
// by what the mediator hears when it listens.
import { describe, expect, it } from 'vitest';
import { mediatorView, type MediatorView } from '../../../src/machine/view.ts';
import { sendEvent, settingsFor, startGame } from '../../../src/machine/game.ts';
import { drawSide } from '../../../src/model/draw.ts';
import { Rng, seedState } from '../../../src/model/random.ts';
import { summarise } from '../../../src/model/beliefs.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { byBelievedWeight, clarityOf, notebookWords, sideNotebook, surenessOf, topPriorities } from '../../../src/present/words/beliefs.ts';
import { shipped } from '../../fixtures/shipped.ts';

function load(file: string): Scenario {
  return shipped(file).scenario;
}
const muscat = load('muscat-2026.yaml');

function begun(scenario: Scenario, seed: number) {
  const actor = startGame(scenario, settingsFor(seed));
  sendEvent(actor, { type: 'BEGIN' });
  return { actor, view: (): MediatorView => mediatorView(scenario, actor.getSnapshot()) };
}

describe('sureness and clarity bands', () => {
  it('bands a probability: sure from 0.9, fairly sure from 0.7, not sure from 0.45, else a guess', () => {
    expect([0.99, 0.9, 0.89, 0.7, 0.69, 0.45, 0.44, 0].map(surenessOf)).toEqual(['sure', 'sure', 'fairly', 'fairly', 'unsure', 'unsure', 'guess', 'guess']);
  });

  it('bands how much of the notebook still counts', () => {
    expect([400, 320, 319, 160, 159, 60, 59, 1].map((e) => clarityOf(e, 400))).toEqual(['little', 'little', 'some', 'some', 'much', 'much', 'sharp', 'sharp']);
  });
});

describe('the notebook in words', () => {
  it('names what Tehran most likely cares about, with how sure, in words', () => {
    const { view } = begun(muscat, 3);
    const tehran = sideNotebook(view(), 1);
    expect(tehran.headline).toMatch(/^Tehran cares most about [a-z][^:]*: (sure|fairly sure|not sure|only a guess) that it comes first\.$/);
    expect(tehran.heading).toContain('Tehran');
  });

  it('lists the likely top priorities heaviest first, each with a band, in points of 100', () => {
    const v = begun(muscat, 4).view();
    for (const s of [0, 1] as const) {
      const summary = summarise(v.c, v.notebook, s);
      const listed = topPriorities(v, summary);
      expect(listed).toHaveLength(3);
      expect(listed.map((p) => p.issue)).toEqual(byBelievedWeight(summary).slice(0, 3));
      const weights = listed.map((p) => p.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      for (const p of listed) {
        expect(p.text).toContain(v.scenario.issues[p.issue]!.name);
        expect(p.text).toMatch(/about \d+ in 100, give or take \d+ \((sure|fairly sure|not sure|only a guess)\)$/);
      }
    }
  });

  it('orders ties by the scenario’s order of issues', () => {
    const summary = { issues: [0.2, 0.3, 0.2, 0.3].map((weight) => ({ weight, spread: 0.01, top: 0 })), reservation: { mean: 0.4, spread: 0.02 }, effective: 400 };
    expect(byBelievedWeight(summary)).toEqual([1, 3, 0, 2]);
  });

  it('gives the fallback as a range around its estimate', () => {
    const v = begun(muscat, 5).view();
    for (const side of notebookWords(v)) {
      const f = side.fallback;
      expect(f.low).toBeLessThanOrEqual(f.mean);
      expect(f.high).toBeGreaterThanOrEqual(f.mean);
      expect(f.text).toContain(`about ${f.mean} in 100`);
      expect(f.text).toContain(`between ${f.low} and ${f.high}`);
    }
  });

  it('lists the red lines heard, and says when none were', () => {
    const v = begun(muscat, 6).view();
    expect(sideNotebook(v, 0).redLines).toEqual([]);
    const issue = v.c.issueIds.indexOf('enrichment');
    const heard = { ...v, state: { ...v.state, sides: v.state.sides.map((s, i) => (i === 1 ? { ...s, redLinesHeard: [issue * 16 + 0] } : s)) } };
    expect(sideNotebook(heard, 1).redLines).toEqual([`${v.scenario.issues[issue]!.name}: never “${v.scenario.issues[issue]!.options[0]!.label}”`]);
  });

  it('is one entry per delegation', () => {
    const v = begun(muscat, 7).view();
    expect(notebookWords(v).map((s) => s.side)).toEqual([0, 1]);
  });

  it('never shows the truth: another hidden draw with the same transcript reads the same', () => {
    const { actor, view } = begun(muscat, 8);
    sendEvent(actor, { type: 'WALK', to: 'iran' });
    sendEvent(actor, { type: 'LISTEN' });
    const v = view();
    const snapshot = actor.getSnapshot();
    const redrawn = new Rng(seedState(999));
    const [a, b] = [drawSide(v.c, 0, redrawn), drawSide(v.c, 1, redrawn)];
    const context = { ...snapshot.context, truth: [a.truth, b.truth], sides: snapshot.context.sides.map((s, i) => ({ ...s, reservation: [a, b][i]!.reservation })) };
    expect(context.truth).not.toEqual(snapshot.context.truth);
    const otherTruth = { ...snapshot, context } as typeof snapshot;
    expect(notebookWords(mediatorView(muscat, otherTruth))).toEqual(notebookWords(v));
  });

  it('changes after listening: what the mediator heard narrows it', () => {
    const { actor, view } = begun(muscat, 3);
    sendEvent(actor, { type: 'WALK', to: 'us' });
    const before = sideNotebook(view(), 0);
    expect(before.clarity).toBe('little');
    sendEvent(actor, { type: 'LISTEN' });
    const after = sideNotebook(view(), 0);
    expect(after).not.toEqual(before);
    expect(before.heard).toBe('Nothing heard from it yet: only the public record.');
    expect(after.heard).toMatch(/^Read from \d+ answers? it gave you\.$/);
    expect(summarise(view().c, view().notebook, 0).effective).toBeLessThan(400);
  });
});
