// Dates out of the order the game relies on: rounds that do not move forward, an event dated after
// the round that follows it, history out of date order; each at its field and line.
import { describe, expect, it } from 'vitest';
import { checkDates } from '../../src/scenario/check-dates.ts';
import { ScenarioSchema } from '../../src/scenario/schema.ts';
import { miniInput } from '../fixtures/mini.ts';
import { miniYamlErrors, placeOf } from '../fixtures/mini-yaml.ts';

const parsed = () => ScenarioSchema.parse(miniInput());
const entry = (date: string) => ({ date, headline: `On ${date}`, body: 'Something happened.', sources: [], reported: true });

describe('checkDates', () => {
  it('finds nothing in the mini scenario', () => {
    expect(checkDates(parsed())).toEqual([]);
  });

  it('a round dated on or before the round before it', () => {
    const s = parsed();
    s.rounds[1]!.date = '2030-01-01';
    s.rounds[2]!.date = '2029-12-31';
    expect(checkDates(s)).toEqual([
      { path: ['rounds', 1, 'date'], message: 'must come after the round before it (rounds[0] is dated 2030-01-01): rounds are days of talks, in order' },
      { path: ['rounds', 2, 'date'], message: 'must come after the round before it (rounds[1] is dated 2030-01-01): rounds are days of talks, in order' },
    ]);
  });

  it('an event dated after the round that follows it; the day of that round itself is allowed', () => {
    const s = parsed();
    s.events[0]!.date = '2030-01-02';
    expect(checkDates(s)).toEqual([]);
    s.events[0]!.date = '2030-01-03';
    expect(checkDates(s)).toEqual([
      {
        path: ['events', 0, 'date'],
        message: 'is after the next round: the event is shown after round 1, before round 2 (dated 2030-01-02); give it a later afterRound or an earlier date',
      },
    ]);
  });

  it('an event after the last round may bear any later date; one dated before the talks is shown after its round', () => {
    const s = parsed();
    s.events[0]!.afterRound = 3;
    s.events[0]!.date = '2031-06-01';
    expect(checkDates(s)).toEqual([]);
    s.events[0]!.afterRound = 1;
    s.events[0]!.date = '2029-12-20';
    expect(checkDates(s)).toEqual([]);
  });

  it('history out of date order (the debrief takes the last entry as the end); entries on one day are fine', () => {
    const s = parsed();
    s.history = [entry('2030-01-05'), entry('2030-01-05'), entry('2030-01-04'), entry('2030-02-01')];
    expect(checkDates(s)).toEqual([
      {
        path: ['history', 2, 'date'],
        message: 'is earlier than the entry before it (history[1] is dated 2030-01-05): list history in date order, since the debrief takes the last entry as how the talks ended',
      },
    ]);
  });
});

describe('dates out of order in a file', () => {
  it('are placed at the date\'s line', () => {
    const { text, errors } = miniYamlErrors((s) => {
      s.rounds[2]!.date = '2029-12-31';
      s.events![0]!.date = '2030-01-09';
      s.history = [entry('2030-01-05'), entry('2030-01-04')];
    });
    expect(errors).toEqual([
      `rounds[2].date: must come after the round before it (rounds[1] is dated 2030-01-02): rounds are days of talks, in order ${placeOf(text, /date: 2029-12-31/, 'date')}`,
      `events[0].date: is after the next round: the event is shown after round 1, before round 2 (dated 2030-01-02); give it a later afterRound or an earlier date ${placeOf(text, /date: 2030-01-09/, 'date')}`,
      `history[1].date: is earlier than the entry before it (history[0] is dated 2030-01-05): list history in date order, since the debrief takes the last entry as how the talks ended ${placeOf(text, /date: 2030-01-04/, 'date')}`,
    ]);
  });
});
