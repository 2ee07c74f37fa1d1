// The decisions that mattered are named as the game's action menu names them.
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../../src/machine/game.ts';
import { policyByName } from '../../../src/sim/policies/index.ts';
import { playGame } from '../../../src/sim/play.ts';
import { POLICIES } from '../../../src/sim/policies/index.ts';
import { OUTCOME_SCORE, planWhatIf } from '../../../src/sim/whatif.ts';
import { gameWords } from '../../../src/present/catalogue/game-words.ts';
import { OUTCOME_IDS, type OutcomeId } from '../../../src/model/types.ts';
import { compiledFor } from '../../../src/machine/game.ts';
import { moveInWords } from '../../../src/present/replays/whatif-words.ts';
import { loadMini } from '../../fixtures/mini.ts';

const scenario = loadMini();
const settings = settingsFor(9);
const events = playGame(scenario, policyByName('broker')!, 9).events;
const c = compiledFor(scenario, settings);

describe('moveInWords', () => {
  it('names every allowed move at every step in words, never as a raw event', () => {
    const seen = new Set<string>();
    for (let at = 0; at < events.length; at++) {
      const plan = planWhatIf({ scenario, settings, events, at, runs: 1, policies: POLICIES, runsPerDecision: 1 });
      for (const move of plan.moves) {
        const words = moveInWords(c, plan.from.context, move.event);
        expect(words, JSON.stringify(move.event)).not.toMatch(/^[a-z ]+$/);
        expect(words).not.toMatch(/undefined|\?/);
        seen.add(move.event.type);
      }
    }
    // The game walked, listened, drafted and recessed: their names were all found.
    for (const type of ['WALK', 'LISTEN', 'EDIT_DRAFT', 'RECESS', 'CONTINUE']) expect(seen).toContain(type);
  });

  it('uses the vocabulary’s imperative, as the action menu does', () => {
    const plan = planWhatIf({ scenario, settings, events, at: 0, runs: 1, policies: POLICIES, runsPerDecision: 1 });
    const state = plan.from.context;
    expect(moveInWords(c, state, { type: 'RECESS' })).toBe('End the day: call a recess');
    expect(moveInWords(c, { ...state, location: 0 }, { type: 'PROPOSE_AGENDA', move: 'parallel' })).toBe('Put the wider issues on a parallel track');
    expect(moveInWords(c, state, { type: 'EDIT_DRAFT', items: { water: null } })).toMatch(/^Work on the draft: leave .+ open$/);
  });
});

describe('the explorer’s scores', () => {
  it('are said on 0–100, and the hint gives each ending the weight the explorer counts', () => {
    const w = gameWords().replays.whatIf;
    expect(w.scoreValue(0.4534)).toBe('45.3');
    const names = Object.fromEntries(OUTCOME_IDS.map((id) => [id, id])) as Record<OutcomeId, string>;
    const hint = w.hint({ at: 3, tries: 50, names, scores: OUTCOME_SCORE });
    for (const id of OUTCOME_IDS) expect(hint).toMatch(new RegExp(`${id}( as)? ${Math.round(OUTCOME_SCORE[id] * 100)}\\b`));
    expect(hint).toContain('out of 100');
  });
});
