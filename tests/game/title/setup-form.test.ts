// The teacher setup's form as data: each control's change is a new form, rounds stay within
// what the scenario and a class code allow, and a form handed on is never changed after.
import { describe, expect, it } from 'vitest';
import { MAX_CODE_ROUNDS } from '../../../src/classroom/code.ts';
import { chooseDifficulty, choosePerson, chooseRounds, chooseScenario, chooseSeed, mostRounds, setupForm } from '../../../src/game/title/setup-form.ts';

const long = { id: 'long', title: 'Long', rounds: 30 };
const short = { id: 'short', title: 'Short', rounds: 3, delegations: ['North', 'South'] };

describe('the teacher setup form', () => {
  it('starts from the defaults with every round and the computer at both tables', () => {
    const form = setupForm(short, { names: 'titles', allowDistortion: false }, 42);
    expect(form.settings).toEqual({ seed: 42, names: 'titles', allowDistortion: false, difficulty: 'standard', rounds: 0, people: [false, false] });
  });

  it('keeps the rounds within the scenario and the class code', () => {
    expect(mostRounds(long)).toBe(MAX_CODE_ROUNDS);
    const form = chooseRounds(setupForm(long, { names: 'names', allowDistortion: true }, 1), 10);
    expect(form.settings.rounds).toBe(10);
    expect(chooseScenario(form, short).settings.rounds).toBe(0);
    expect(chooseRounds(form, MAX_CODE_ROUNDS + 1).settings.rounds).toBe(0);
    expect(chooseRounds(chooseScenario(form, short), 2).settings.rounds).toBe(2);
    // Every round is "all of them", not a cut to the first three of three.
    expect(mostRounds(short)).toBe(2);
    expect(chooseRounds(chooseScenario(form, short), 3).settings.rounds).toBe(0);
  });

  it('makes a new form for each change and leaves the one handed on as it was', () => {
    const handed = setupForm(short, { names: 'names', allowDistortion: true }, 7);
    const next = chooseSeed(choosePerson(chooseDifficulty(handed, 'hard'), 1, true), 99);
    expect(next.settings).toMatchObject({ seed: 99, difficulty: 'hard', people: [false, true] });
    expect(handed.settings).toMatchObject({ seed: 7, difficulty: 'standard', people: [false, false] });
    expect(next.scenario).toBe(handed.scenario);
  });
});
