// The agenda tug-of-war. The mini scenario has one scope issue (arms: inside, parallel, later,
// excluded; the parallel track is option 1) and the draft starts at 'later' (scope 33.33).
// North tolerates scope 30-100, South 0-40.
import { describe, expect, it } from 'vitest';
import { agendaText, proposeAgenda } from '../../../src/model/rules/agenda.ts';
import { scopeOf } from '../../../src/model/progress.ts';
import type { AgendaMove, GameState, SideIndex } from '../../../src/model/types.ts';
import { acts, apply, ctxOf, edit, entries, situations, world } from '../helpers.ts';

const { c, state } = world();

const propose = (s: GameState, room: SideIndex, move: AgendaMove) =>
  apply(
    c,
    edit(s, (x) => {
      x.location = room;
    }),
    (d, ctx) => proposeAgenda(d, ctx, room, move),
  ).next;

describe('scope', () => {
  it('runs from 100 (widest option) to 0 (narrowest), 50 when no scope item is set', () => {
    expect(scopeOf(c, '--0')).toBe(100);
    expect(scopeOf(c, '--3')).toBe(0);
    expect(scopeOf(c, '--2')).toBeCloseTo(100 / 3, 10);
    expect(scopeOf(c, '---')).toBe(50);
    expect(state.scope).toBe(33.33);
  });

  it('agendaText moves every scope item one step, or to the parallel track', () => {
    const ctx = ctxOf(c, state);
    expect(agendaText('12-', ctx, 'widen')).toBe('120');
    expect(agendaText('122', ctx, 'widen')).toBe('121');
    expect(agendaText('120', ctx, 'widen')).toBe('120');
    expect(agendaText('122', ctx, 'narrow')).toBe('123');
    expect(agendaText('123', ctx, 'narrow')).toBe('123');
    expect(agendaText('123', ctx, 'parallel')).toBe('121');
    // non-scope items are never touched
    expect(agendaText('---', ctx, 'narrow')).toBe('--2');
  });
});

describe('proposeAgenda', () => {
  it('widen moves the scope issue and the scope meter; South, past its tolerance, loses patience', () => {
    const next = propose(state, 1, 'widen');
    expect(next.draft).toBe('--1');
    expect(next.draftVersion).toBe(2);
    expect(next.scope).toBe(66.67);
    expect(entries(next, 'scope')).toEqual([expect.objectContaining({ from: 33.33, to: 66.67, side: null, hidden: false })]);
    // 5 + .3 * (66.67 - 40) = 13.001
    expect(next.sides[1].patience).toBe(47);
    expect(next.sides[1].closeness).toBe(47);
    // North is within its tolerance: pleased
    expect(next.sides[0].patience).toBe(60);
    expect(next.sides[0].closeness).toBe(52);
    expect(situations(c, next, 1)).toEqual(['widenAngry']);
    expect(acts(next)).toEqual([{ type: 'PROPOSE_AGENDA', move: 'widen', side: 1 }]);
  });

  it('narrow is the mirror: North, below its minimum, loses patience', () => {
    const next = propose(state, 0, 'narrow');
    expect(next.draft).toBe('--3');
    expect(next.scope).toBe(0);
    // 5 + .3 * (30 - 0) = 14
    expect(next.sides[0].patience).toBe(46);
    expect(next.sides[0].closeness).toBe(47);
    expect(next.sides[1].patience).toBe(60);
    expect(next.sides[1].closeness).toBe(52);
    expect(situations(c, next, 0)).toEqual(['narrowAngry']);
  });

  it('widening within everyone\'s tolerance costs no patience', () => {
    const wide = world((i) => {
      i.delegations[1]!.patience.scopeTolerance = { min: 0, max: 100 };
    });
    const next = apply(wide.c, edit(wide.state, (x) => void (x.location = 1)), (d, ctx) => proposeAgenda(d, ctx, 1, 'widen')).next;
    expect(next.sides[0].patience).toBe(60);
    expect(next.sides[1].patience).toBe(60);
    expect(next.sides[1].closeness).toBe(52);
    expect(situations(wide.c, next, 1)).toEqual(['widenPleased']);
  });

  it('parallel reaches the same scope as widen here, for half the cost, and adds a way out', () => {
    const widened = propose(state, 1, 'widen');
    const parallel = propose(state, 1, 'parallel');
    expect(parallel.draft).toBe('--1');
    expect(parallel.scope).toBe(widened.scope);
    // half of 13.001
    expect(parallel.sides[1].patience).toBe(53.5);
    expect(60 - parallel.sides[1].patience).toBeLessThan(60 - widened.sides[1].patience);
    expect(parallel.sides[1].closeness).toBe(48.5);
    expect(parallel.sides[0].wayOut).toBe(33);
    expect(parallel.sides[1].wayOut).toBe(33);
    expect(widened.sides[1].wayOut).toBe(30);
  });

  it('a move that changes nothing leaves the draft, its version and the meters alone', () => {
    const already = edit(state, (x) => {
      x.draft = '--1';
      x.scope = 66.67;
    });
    const next = propose(already, 0, 'parallel');
    expect(next.draft).toBe('--1');
    expect(next.draftVersion).toBe(1);
    expect(entries(next, 'scope')).toEqual([]);
    expect(entries(next, 'patience')).toEqual([]);
    expect(entries(next, 'wayOut')).toEqual([]);
  });

  it('clears acceptances when the text changes', () => {
    const accepted = edit(state, (x) => {
      x.sides[0].accepted = 1;
      x.sides[1].accepted = 1;
    });
    const next = propose(accepted, 0, 'widen');
    expect(next.sides[0].accepted).toBeNull();
    expect(next.sides[1].accepted).toBeNull();
  });

  it('widening again (past the tolerance by more) costs more', () => {
    const once = propose(state, 1, 'widen');
    const twice = propose(once, 1, 'widen');
    expect(twice.scope).toBe(100);
    // 5 + .3 * (100 - 40) = 23
    expect(twice.sides[1].patience).toBe(24);
    expect(once.sides[1].patience - twice.sides[1].patience).toBeGreaterThan(60 - once.sides[1].patience);
  });
});
