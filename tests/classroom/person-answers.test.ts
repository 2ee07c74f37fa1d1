// The debrief of a hot-seat game: the persons' answers are counted and described (not skipped),
// a question put to a person counts once, with its answer, and their own words are marked theirs.
import { describe, expect, it } from 'vitest';
import { buildDebrief, debriefMarkdown } from '../../src/classroom/index.ts';
import { readRecord, summarise } from '../../src/replay/record.ts';
import { answerText } from '../../src/present/words/answers.ts';
import { MeterHistory } from '../../src/replay/meter-history.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import { compiledFor, sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import type { GameState } from '../../src/model/types.ts';
import { loadMini } from '../fixtures/mini.ts';

const scenario = loadMini();
const settings = settingsFor(4, { people: [false, true] });
const c = compiledFor(scenario, settings);

function play(events: GameEvent[]): GameState {
  const actor = startGame(scenario, settings);
  for (const e of events) expect(sendEvent(actor, e), JSON.stringify(e)).toBe(true);
  return actor.getSnapshot().context;
}

const events: GameEvent[] = [
  { type: 'BEGIN' },
  { type: 'EDIT_DRAFT', items: { water: 'w2', border: 'b1' } },
  { type: 'WALK', to: 'south' },
  { type: 'PRESENT_DRAFT' },
  { type: 'ANSWER', accept: false, objections: ['border', 'water'], positions: { border: 'b3' }, message: 'Not <i>this</i> border.' },
  { type: 'ASK_CONCESSION', issue: 'water' },
  { type: 'ANSWER', accept: true },
  { type: 'ASK_CONCESSION', issue: 'border' },
  { type: 'ANSWER', accept: false },
  { type: 'LISTEN' },
  { type: 'ANSWER', accept: true, positions: { water: 'w3' } },
];
const state = play(events);

describe('the persons’ answers in the record', () => {
  const record = readRecord(state, new MeterHistory(state));

  it('lists every answer with its question, in order', () => {
    expect(record.answers.map((a) => [a.side, a.kind, a.accept, a.issues, a.version])).toEqual([
      [1, 'draft', false, [1, 0], 2],
      [1, 'concession', true, [0], null],
      [1, 'concession', false, [1], null],
      [1, 'listen', true, [0], null],
    ]);
  });

  it('counts a question put to a person once, with its answer', () => {
    // The presentation to the person: once, rejected, at the step of the answer.
    expect(record.presentations.map((p) => [p.side, p.accepted, p.step, p.version])).toEqual([[1, false, record.answers[0]!.step, 2]]);
    expect(record.asks.map((a) => [a.side, a.conceded, a.notReady])).toEqual([
      [1, true, false],
      [1, false, false],
    ]);
    expect(summarise(state, record)).toMatchObject({ presentations: 1, acceptances: 0, criticisms: 1, concessionsAsked: 2, concessionsMade: 1, personAnswers: { given: 4, accepted: 2, declined: 2 } });
  });

  it('describes each answer in a sentence', () => {
    expect(record.answers.map((a) => answerText(c, a))).toEqual([
      'The south delegation (a person) rejected draft 2, objecting to border and water (round 1).',
      'The south delegation (a person) agreed to move on water (round 1).',
      'The south delegation (a person) declined to move on border (round 1).',
      'The south delegation (a person) told the mediator where it stood on water (round 1).',
    ]);
  });

  it('puts the answers in the debrief and its Markdown, and marks the person’s words as theirs', () => {
    const d = buildDebrief(scenario, state);
    expect(d.description.answers).toHaveLength(4);
    expect(d.description.answers[0]).toContain('objecting to border and water');
    expect(d.record.personAnswers).toEqual({ given: 4, accepted: 2, declined: 2 });
    const words = d.description.timeline[0]!.statements.find((s) => s.text === 'Not <i>this</i> border.');
    expect(words).toMatchObject({ speakerName: 'Southland (a person)', person: true, simulated: false, source: null });
    const md = debriefMarkdown(d);
    expect(md).toContain('### The delegations played by people');
    expect(md).toContain('- The south delegation (a person) rejected draft 2, objecting to border and water (round 1).');
    expect(md).toContain('**Southland (a person)** (*their own words*): Not <i>this</i> border.');
  });

  it('has no answers in a game the computer plays alone', () => {
    const alone = startGame(scenario, settingsFor(4));
    for (const e of [{ type: 'BEGIN' }, { type: 'WALK', to: 'south' }, { type: 'LISTEN' }] as GameEvent[]) sendEvent(alone, e);
    const s = alone.getSnapshot().context;
    expect(readRecord(s, new MeterHistory(s)).answers).toEqual([]);
    expect(buildDebrief(scenario, s).description.answers).toEqual([]);
  });
});
