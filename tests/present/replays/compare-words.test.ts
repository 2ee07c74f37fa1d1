// A line's next move in words, as "where the lines part" says it.
import { describe, expect, it } from 'vitest';
import { eventWords, stepMoves } from '../../../src/present/replays/compare-words.ts';
import { meterName } from '../../../src/present/words/quantities.ts';
import { settingsFor } from '../../../src/machine/game.ts';
import { compile } from '../../../src/model/compile.ts';
import { statesAlong } from '../../../src/replay/compare.ts';
import { shipped } from '../../fixtures/shipped.ts';

const loaded = shipped('muscat-2026');
const { scenario } = loaded;
const c = compile(scenario);
const states = statesAlong(scenario, settingsFor(3), [{ type: 'BEGIN' }, { type: 'WALK', to: 'iran' }, { type: 'LISTEN' }]);
const [start, majlis, inRoom, after] = states;

describe('eventWords', () => {
  it('says what the mediator did, where the state stood', () => {
    expect(eventWords(c, start!, { type: 'BEGIN' })).toBe('the talks opened');
    expect(eventWords(c, majlis!, { type: 'WALK', to: 'iran' })).toBe('the mediator walked to Tehran’s room');
    expect(eventWords(c, inRoom!, { type: 'LISTEN' })).toBe('the mediator listened to Tehran');
    expect(eventWords(c, inRoom!, { type: 'PRESENT_DRAFT' })).toBe(`the mediator presented draft ${inRoom!.draftVersion} to Tehran`);
    expect(eventWords(c, inRoom!, { type: 'RELAY', mode: 'softened' })).toBe('the mediator carried Washington’s message to Tehran, softened');
    expect(eventWords(c, inRoom!, { type: 'RELAY', mode: 'withheld' })).toBe('the mediator withheld Washington’s message from Tehran');
    expect(eventWords(c, inRoom!, { type: 'ASK_CONCESSION', issue: 'stockpile' })).toMatch(/^the mediator asked Tehran for a concession on .*stockpile/);
    expect(eventWords(c, majlis!, { type: 'EDIT_DRAFT', items: { relief: 'escrow' } })).toMatch(/^the mediator revised the draft \(.+: .+\)$/);
    expect(eventWords(c, inRoom!, { type: 'PROPOSE_AGENDA', move: 'widen' })).toBe('the mediator proposed to Tehran to widen the agenda');
    expect(eventWords(c, inRoom!, { type: 'RECESS' })).toBe('the mediator called a recess, ending round 1');
    expect(eventWords(c, inRoom!, { type: 'CONTINUE' })).toBe('the next day of talks began');
  });

  it('names trust as trust in the mediator, and lists a step’s visible moves', () => {
    expect(meterName(c, 'credibility', 1)).toBe('Trust in the mediator: Tehran');
    const moves = stepMoves(c, after!.ledger, after!.step);
    expect(moves.length).toBeGreaterThan(0);
    for (const m of moves) expect(m).toMatch(/^.+ [+−]\d/);
    expect(stepMoves(c, after!.ledger, 9999)).toEqual([]);
  });

  it('says a meter moved twice in one step once, from where it stood to where it ended', () => {
    const entry = (from: number, to: number) => ({ step: 5, round: 0, meter: 'progress' as const, side: null, from, to, cause: { step: 5, source: 'LISTEN', rule: 'test', actor: 'mediator' as const }, hidden: false });
    const moves = stepMoves(c, [entry(10, 14.2), entry(14.2, 18.4)], 5);
    expect(moves).toEqual([`${meterName(c, 'progress')} +8.4`]);
  });
});
