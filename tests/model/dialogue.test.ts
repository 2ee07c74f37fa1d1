// What is said, as data: delegates' scenario lines (no repeats until every line for a situation
// was heard, a start drawn per game), the mediator's acts, the delegations' replies and the
// narrator's notices. The words are the present layer's: lineText fills a recorded line.
import { describe, expect, it } from 'vitest';
import { emptyLineUse, narrate, notice, reply, say } from '../../src/model/dialogue.ts';
import { emptyJournal } from '../../src/model/context.ts';
import { lineText, saidText } from '../../src/present/words/said.ts';
import type { ScenarioInput, Situation } from '../../src/scenario/schema.ts';
import type { CompiledScenario } from '../../src/model/compile.ts';
import type { GameState, LineRef, SideIndex } from '../../src/model/types.ts';
import { apply, ctxOf, world } from './helpers.ts';

/** Three distinct lines for North's greeting instead of two. */
const threeGreetings = (input: ScenarioInput) => {
  input.dialogue = input.dialogue!.filter((l) => !(l.delegation === 'north' && l.situation === 'greet'));
  for (const n of ['A', 'B', 'C']) input.dialogue.push({ situation: 'greet', delegation: 'north', text: `Greeting ${n}` });
};

/** The scenario text of every line spoken, in order. */
const spoken = (c: CompiledScenario, s: GameState) => s.transcript.flatMap((t) => (t.said.kind === 'line' ? [c.scenario.dialogue[t.said.ref.line]!.text] : []));

const GREETINGS = ['Greeting A', 'Greeting B', 'Greeting C'];

describe('say', () => {
  it('does not repeat a line until all lines for the situation were used (within one event)', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const { c, state } = world(threeGreetings, { seed });
      const { next } = apply(c, state, (d, ctx) => {
        for (let i = 0; i < 7; i++) say(d, ctx, 0, 'greet');
      });
      const lines = spoken(c, next);
      expect(new Set(lines.slice(0, 3))).toEqual(new Set(GREETINGS));
      // then the same cycle again, from the same start
      expect(lines.slice(3, 6)).toEqual(lines.slice(0, 3));
      expect(lines[6]).toBe(lines[0]);
    }
  });

  it('does not repeat a line across events either', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const { c, state } = world(threeGreetings, { seed });
      let s = state;
      for (let i = 0; i < 3; i++) s = apply(c, s, (d, ctx) => say(d, ctx, 0, 'greet')).next;
      expect(new Set(spoken(c, s))).toEqual(new Set(GREETINGS));
    }
  });

  it('the starting line is drawn from the generator: seeds differ, the same seed repeats', () => {
    const first = (seed: number) => {
      const { c, state } = world(threeGreetings, { seed });
      return spoken(c, apply(c, state, (d, ctx) => say(d, ctx, 0, 'greet')).next)[0];
    };
    const starts = new Set(Array.from({ length: 30 }, (_, i) => first(i + 1)));
    expect(starts.size).toBeGreaterThan(1);
    expect(first(5)).toBe(first(5));
  });

  it('situations and sides keep separate cursors', () => {
    const { c, state } = world();
    const { next } = apply(c, state, (d, ctx) => {
      say(d, ctx, 0, 'greet');
      say(d, ctx, 1, 'greet');
      say(d, ctx, 0, 'accept');
    });
    // three cursors moved, one per side and situation
    const moved = [...next.lineUse].filter((ch, i) => ch !== emptyLineUse(2)[i]);
    expect(moved).toHaveLength(3);
    expect(next.transcript.map((t) => t.speaker)).toEqual([0, 1, 0]);
    expect(spoken(c, next)[1]).toMatch(/^south greet [12] /);
  });

  it('records where, when, which line and whether it is simulated', () => {
    const { c, state } = world((i) => {
      i.sources = [{ id: 'paper', title: 'A paper', url: 'https://example.org/a' }];
      i.dialogue = i.dialogue!.filter((l) => !(l.delegation === 'south' && l.situation === 'accept'));
      i.dialogue.push({ situation: 'accept', delegation: 'south', text: 'We accept.', simulated: false, source: 'paper' });
    });
    const line = c.scenario.dialogue.findIndex((l) => l.text === 'We accept.');
    const s = { ...state, location: 1 as const, round: 2, step: 9 };
    const { next } = apply(c, s, (d, ctx) => say(d, ctx, 1, 'accept', { issue: 0, option: 2 }));
    // the event's step (one more than the state it found), as in the ledger
    expect(next.transcript).toEqual([{ step: 10, round: 2, where: 1, speaker: 1, said: { kind: 'line', ref: { line, issue: 0, option: 2 } }, simulated: false }]);
    const { next: sim } = apply(c, s, (d, ctx) => say(d, ctx, 1, 'greet'));
    expect(sim.transcript[0]!.simulated).toBe(true);
  });

  it('a line for the first day only is not said on a later day, and the other way round', () => {
    const { c, state } = world((i) => {
      i.dialogue = i.dialogue!.filter((l) => !(l.delegation === 'north' && l.situation === 'greet'));
      i.dialogue.push({ situation: 'greet', delegation: 'north', text: 'Welcome to the talks.', days: 'first' });
      i.dialogue.push({ situation: 'greet', delegation: 'north', text: 'Welcome back.', days: 'later' });
    });
    const greet = (round: number) => spoken(c, apply(c, { ...state, round }, (d, ctx) => say(d, ctx, 0, 'greet')).next);
    expect(greet(0)).toEqual(['Welcome to the talks.']);
    expect(greet(1)).toEqual(['Welcome back.']);
    expect(greet(2)).toEqual(['Welcome back.']);
  });
});

describe('lineText (the present layer fills a recorded line)', () => {
  const fill = (text: string, side: SideIndex, ref: Omit<LineRef, 'line'>, names: 'names' | 'titles' = 'names', mutate?: (i: ScenarioInput) => void) => {
    const { c } = world((i) => {
      mutate?.(i);
      i.dialogue!.push({ situation: 'greet', delegation: side === 0 ? 'north' : 'south', text: 'A line.' });
    });
    // Set after loading: the validator refuses some of these texts, and the filling must still hold.
    c.scenario.dialogue[c.scenario.dialogue.length - 1]!.text = text;
    return lineText(c, side, { line: c.scenario.dialogue.length - 1, ...ref }, { names });
  };

  it('fills {issue}, {option}, {other} and {mediator}', () => {
    expect(fill('On {issue}: {option}. Tell {other}, {mediator}.', 0, { issue: 0, option: 2 })).toBe('On water: Water w2. Tell Southland, The Mediator.');
    expect(fill('{other}', 1, {})).toBe('Northland');
  });

  it('names the mediator by title when the settings say so', () => {
    expect(fill('{mediator}', 0, {}, 'titles')).toBe('Chief Mediator');
  });

  it('falls back to neutral words when no issue or option is given', () => {
    expect(fill('As to {issue} / {option}', 0, {})).toBe('As to this point / that');
    expect(fill('As to {issue} / {option}', 0, { issue: 1 })).toBe('As to border / that');
    // Opening the line, as opening a sentence, the issue takes a capital.
    expect(fill('{issue} / {option}', 0, { issue: 1 })).toBe('Border / that');
  });

  it('fills every occurrence', () => {
    expect(fill('{other} and {other}', 0, {})).toBe('Southland and Southland');
  });

  it('keeps text with markup literally (it is plain text)', () => {
    const text = '<b>{issue}</b> & <script>alert("{other}")</script> &amp; *not markdown*';
    expect(fill(text, 0, { issue: 0 })).toBe('<b>water</b> & <script>alert("Southland")</script> &amp; *not markdown*');
    expect(fill('<i>no placeholders</i>', 0, {})).toBe('<i>no placeholders</i>');
  });

  it('leaves unknown placeholders alone', () => {
    expect(fill('{nobody} {issue}', 0, { issue: 2 })).toBe('{nobody} arms');
  });

  it('keeps substituted values literally, even when they contain braces', () => {
    // The validator refuses braces in a label; set after loading, the filling must keep them as they are.
    const { c } = world();
    c.scenario.issues[0]!.options[1]!.label = 'The {mediator} plan';
    const line = c.scenario.dialogue.findIndex((l) => l.delegation === 'north');
    c.scenario.dialogue[line]!.text = 'We like {option}.';
    expect(lineText(c, 0, { line, issue: 0, option: 1 }, { names: 'names' })).toBe('We like The {mediator} plan.');
  });

  it('words what say recorded', () => {
    const { c, state } = world((i) => {
      i.dialogue = i.dialogue!.filter((l) => !(l.delegation === 'north' && l.situation === 'concede'));
      i.dialogue.push({ situation: 'concede', delegation: 'north', text: 'We can move on {issue}, to {option}.' });
    });
    const { next } = apply(c, state, (d, ctx) => say(d, ctx, 0, 'concede', { issue: 1, option: 1 }));
    expect(saidText(c, next.transcript[0]!, state.settings)).toBe('We can move on border, to Border b1.');
  });
});

describe('narrate, reply and notice', () => {
  it('narrate records the mediator\'s act as data', () => {
    const { c, state } = world();
    const { next } = apply(c, { ...state, location: 0 }, (d, ctx) => narrate(d, ctx, { type: 'LISTEN', side: 0 }));
    expect(next.transcript).toEqual([{ step: 1, round: 0, where: 0, speaker: 'mediator', said: { kind: 'act', act: { type: 'LISTEN', side: 0 } }, simulated: false }]);
  });

  it('reply records what a delegation said as data, marked as the game\'s own account', () => {
    const { c, state } = world();
    const { next } = apply(c, { ...state, location: 1 }, (d, ctx) => reply(d, ctx, 1, { type: 'refused', issue: 0, why: 'redLine' }));
    expect(next.transcript).toEqual([{ step: 1, round: 0, where: 1, speaker: 1, said: { kind: 'reply', reply: { type: 'refused', issue: 0, why: 'redLine' } }, simulated: true }]);
  });

  it('notice is the narrator\'s, outside the talks', () => {
    const { c, state } = world();
    const { next } = apply(c, state, (d, ctx) => notice(d, ctx, { type: 'banked', version: 3 }));
    expect(next.transcript).toEqual([{ step: 1, round: 0, where: 'majlis', speaker: 'news', said: { kind: 'notice', notice: { type: 'banked', version: 3 } }, simulated: true }]);
  });

  it('a quiet (simulated) continuation records nothing and draws no line', () => {
    const { c, state } = world();
    const journal = emptyJournal('quiet');
    const ctx = ctxOf(c, state, journal);
    const d = { ...state };
    say(d, ctx, 0, 'greet');
    narrate(d, ctx, { type: 'LISTEN', side: 0 });
    reply(d, ctx, 0, { type: 'tiedHands' });
    notice(d, ctx, { type: 'paused' });
    expect(journal.transcript).toEqual([]);
    expect(d.lineUse).toBe(state.lineUse);
    expect(ctx.rng.used).toBe(false);
  });
});

// Every situation the rules use is one the scenario must provide (the loader checks this).
describe('situations', () => {
  it('the mini fixture has two lines for each situation, side and kind of day', () => {
    const { c } = world();
    const situations: Situation[] = ['greet', 'accept', 'deceived', 'recess', 'tradeYes', 'offer'];
    for (const s of situations) for (const side of [0, 1]) for (const day of ['first', 'later']) expect(c.lines.get(`${side}:${s}:${day}`)).toHaveLength(2);
  });
});
