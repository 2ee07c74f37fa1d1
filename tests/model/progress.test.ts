// Compiled scenario, visible progress and the initial state.
import { describe, expect, it } from 'vitest';
import { ACCEPTED_PROGRESS, BANKED_PROGRESS, progressOf } from '../../src/model/progress.ts';
import { issueIndex, other, positionGap, sideIndex } from '../../src/model/compile.ts';
import { edit, world } from './helpers.ts';

const { c, state, scenario } = world();

describe('compile', () => {
  it('maps ids to indices', () => {
    expect(c.issueIds).toEqual(['water', 'border', 'arms']);
    expect(c.optionCount).toEqual([5, 4, 4]);
    expect(c.coreIssues).toEqual([0, 1]);
    expect(c.scopeIssues).toEqual([2]);
    expect(c.parallel).toEqual([null, null, 1]);
    expect(c.initialDraft).toBe('--2');
    expect(c.totalHours).toBe(18);
    expect(c.hoursBefore).toEqual([0, 6, 12]);
    expect(c.topRung).toBe(4);
    expect(issueIndex(c, 'border')).toBe(1);
    expect(issueIndex(c, 'nope')).toBe(-1);
    expect(sideIndex(c, 'south')).toBe(1);
    expect(sideIndex(c, 'nope')).toBe(-1);
    expect(other(0)).toBe(1);
  });

  it('the openings are at opposite ends: the initial gap is 1', () => {
    expect(c.initialGap).toBe(1);
    expect(positionGap(c, '000', '000')).toBe(0);
    expect(positionGap(c, '000', '100')).toBeCloseTo(1 / 12, 12);
  });
});

describe('initial state', () => {
  it('comes from the scenario', () => {
    expect(state.round).toBe(0);
    expect(state.hoursLeft).toBe(6);
    expect(state.location).toBe('majlis');
    expect(state.pressure).toBe(2);
    expect(state.scope).toBe(33.33);
    expect(state.progress).toBe(0);
    expect(state.draft).toBe('--2');
    expect(state.draftVersion).toBe(1);
    expect(state.sides[0]).toEqual(
      expect.objectContaining({ position: '000', reservation: 0.35, hardliners: 40, patience: 60, credibility: 60, closeness: 50, hurt: 30, wayOut: 30, conceded: 0, perceived: 0, frustration: 0, heard: '???', priorities: '???' }),
    );
    // nothing is known of the other side yet: no evidence on any issue
    expect(state.sides[0].model).toEqual([0, 0, 0]);
    expect(state.sides[1].coerced).toEqual([]);
    expect(state.offers).toEqual([]);
    expect(state.sides[1].position).toBe('433');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(scenario.id).toBe('mini');
  });

  it('draws each side\'s truth: with no uncertainty in the scenario, the published priors', () => {
    for (const s of [0, 1] as const) {
      expect(state.truth[s]!.weights).toEqual(c.sides[s].weights);
      expect(state.truth[s]!.values).toEqual(c.sides[s].values);
      expect(state.truth[s]!.redLine).toEqual(c.sides[s].redLine);
      expect(state.truth[s]!.exponent).toBe(1);
    }
  });
});

describe('progress', () => {
  it('is 0 at the openings and 100 when the positions meet', () => {
    expect(progressOf(c, state)).toBe(0);
    const met = edit(state, (s) => {
      s.sides[0].position = '222';
      s.sides[1].position = '222';
    });
    expect(progressOf(c, met)).toBe(100);
  });

  it('measures the share of the gap closed, plus a bonus for a banked text and for each yes to the current text', () => {
    const half = edit(state, (s) => {
      s.sides[0].position = '211';
    });
    // water 2/4, border 1/3, arms 1/3: (0.5 + 0.333 + 0.333) / 3 closed
    expect(progressOf(c, half)).toBeCloseTo((100 * (0.5 + 1 / 3 + 1 / 3)) / 3, 10);
    expect(progressOf(c, edit(state, (s) => void (s.banked = '2-2')))).toBe(BANKED_PROGRESS);
    const yes = edit(state, (s) => void (s.sides[1].accepted = s.draftVersion));
    expect(progressOf(c, yes)).toBe(ACCEPTED_PROGRESS);
    // a yes to an earlier version counts for nothing
    expect(progressOf(c, edit(yes, (s) => void (s.draftVersion += 1)))).toBe(0);
  });
});
