// The advice in words: the move as the menu names it, then why: the planner's reason with its
// odds in words, or, when simulation chose the move over the line's own, what it beat.
import { describe, expect, it } from 'vitest';
import { sendEvent, settingsFor, startGame } from '../../../src/machine/game.ts';
import { mediatorView } from '../../../src/machine/view.ts';
import { adviceWords, oddsOf, reasonWords } from '../../../src/present/words/advice.ts';
import type { AdviceReason } from '../../../src/sim/policies/planner.ts';
import { shipped } from '../../fixtures/shipped.ts';

const r = shipped('muscat-2026');
const actor = startGame(r.scenario, settingsFor(2));
for (const e of [{ type: 'BEGIN' }, { type: 'WALK', to: 'iran' }] as const) sendEvent(actor, e);
const inTehran = mediatorView(r.scenario, actor.getSnapshot());

describe('the advice in words', () => {
  it('bands the odds', () => {
    expect([0.95, 0.8, 0.79, 0.6, 0.59, 0.4, 0.39, 0].map(oddsOf)).toEqual(['nearlyAll', 'nearlyAll', 'most', 'most', 'half', 'half', 'some', 'some']);
  });

  it('has words for every reason', () => {
    const reasons: AdviceReason[] = [
      { type: 'phase' },
      ...['faithful', 'softened', 'sharpened', 'withheld'].map((mode) => ({ type: 'carry' as const, mode })),
      { type: 'draft' },
      { type: 'present', odds: 0.85 },
      { type: 'trade', odds: 0.65 },
      { type: 'ask', odds: 0.5 },
      { type: 'listen' },
      { type: 'stalemate' },
      { type: 'guarantee' },
      { type: 'agenda' },
      { type: 'move-on' },
      { type: 'recess' },
    ];
    const said = reasons.map((r) => reasonWords(r));
    for (const text of said) expect(text).toMatch(/^[a-z].*[a-z]$/);
    expect(new Set(said).size).toBe(said.length);
    expect(reasonWords({ type: 'present', odds: 0.85 })).toBe('in nearly all the games I can imagine, they say yes to it');
    // In the hall no side has a turn: leaving it is going to the rooms with the day's text.
    expect(reasonWords({ type: 'move-on' }, false, true)).toBe('the text is as it should be today: the work now is in the rooms');
    expect(reasonWords({ type: 'move-on' }, false, true)).not.toContain('turn');
  });

  it('says what a distorted message risks, and only then', () => {
    const sharpen = adviceWords(inTehran, { event: { type: 'RELAY', mode: 'sharpened' }, reason: { type: 'carry', mode: 'sharpened' }, value: 0.4, runnerUp: null });
    expect(sharpen.text).toMatch(/\. A message carried otherwise than it was given can be found out, and then trust in you falls\.$/);
    const faithful = adviceWords(inTehran, { event: { type: 'RELAY', mode: 'faithful' }, reason: { type: 'carry', mode: 'faithful' }, value: 0.4, runnerUp: null });
    expect(faithful.text).not.toContain('found out');
  });

  it('names the move, then why, and the next best when it did worse', () => {
    const w = adviceWords(inTehran, { event: { type: 'LISTEN' }, reason: { type: 'listen' }, value: 0.4, runnerUp: { event: { type: 'PAINT_STALEMATE' }, value: 0.3 } });
    expect(w.text).toBe('Listen to Tehran: you are not yet sure what matters most to them.');
    expect(w.next).toMatch(/^Next best: .+\.$/);
  });

  it('says what simulation weighed the move against, when it chose it over its first thought', () => {
    const w = adviceWords(inTehran, { event: { type: 'RELAY', mode: 'softened' }, reason: { type: 'carry', mode: 'softened' }, value: 0.5, runnerUp: { event: { type: 'RELAY', mode: 'faithful' }, value: 0.4 }, weighed: true });
    expect(w.text).toBe(
      'Carry Washington’s message, softened: played on through the games I can imagine, it does better than “Carry Washington’s message as it was given”. A message carried otherwise than it was given can be found out, and then trust in you falls.',
    );
    expect(w.next).toBeNull();
  });
});
