// Dates no calendar has are refused wherever a date appears (rounds, events, history, sources),
// at the field and its line, with the reason in plain words.
import { describe, expect, it } from 'vitest';
import { calendarProblem } from '../../src/scenario/calendar.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { miniInput } from '../fixtures/mini.ts';
import { miniYamlErrors, placeOf } from '../fixtures/mini-yaml.ts';

describe('calendarProblem', () => {
  it('accepts real days, leap days included', () => {
    for (const d of ['2026-02-28', '2024-02-29', '2000-02-29', '1978-09-17', '1995-11-30', '1999-12-31']) expect(calendarProblem(d)).toBeNull();
  });

  it('says why a day is not on the calendar', () => {
    expect(calendarProblem('1995-11-31')).toBe('is not a real date: November 1995 has 30 days');
    expect(calendarProblem('2026-02-30')).toBe('is not a real date: February 2026 has 28 days');
    expect(calendarProblem('1900-02-29')).toBe('is not a real date: February 1900 has 28 days');
    expect(calendarProblem('2026-01-00')).toBe('is not a real date: January 2026 has 31 days');
    expect(calendarProblem('2026-13-01')).toBe('is not a real date: there is no month 13 (months run from 01 to 12)');
    expect(calendarProblem('2026-00-10')).toBe('is not a real date: there is no month 00 (months run from 01 to 12)');
  });
});

describe('impossible dates in a scenario file', () => {
  it('are named at each field that holds one, with its line', () => {
    const { text, errors } = miniYamlErrors((s) => {
      s.rounds[1]!.date = '2030-02-30';
      s.events![0]!.date = '1995-11-31';
      s.history = [{ date: '2030-04-31', headline: 'Talks end', body: 'They ended.' }];
      s.sources = [{ id: 'atlas', title: 'An atlas', url: 'https://example.org/atlas', date: '2030-06-31' }];
    });
    expect(errors).toEqual([
      `rounds[1].date: is not a real date: February 2030 has 28 days (it is the text "2030-02-30") ${placeOf(text, /date: 2030-02-30/, 'date')}`,
      `events[0].date: is not a real date: November 1995 has 30 days (it is the text "1995-11-31") ${placeOf(text, /date: 1995-11-31/, 'date')}`,
      `history[0].date: is not a real date: April 2030 has 30 days (it is the text "2030-04-31") ${placeOf(text, /date: 2030-04-31/, 'date')}`,
      `sources[0].date: is not a real date: June 2030 has 30 days (it is the text "2030-06-31") ${placeOf(text, /date: 2030-06-31/, 'date')}`,
    ]);
  });

  it('a date that is not YYYY-MM-DD at all still says so, once', () => {
    const { errors } = miniYamlErrors((s) => {
      s.rounds[0]!.date = '1 January 2030';
    });
    expect(errors).toEqual([expect.stringMatching(/^rounds\[0\]\.date: must be a date \(YYYY-MM-DD\) \(it is the text "1 January 2030"\) \(line \d+, column \d+\)$/)]);
  });

  it('are placed at their line in a JSON file too', () => {
    const input = miniInput();
    input.rounds[2]!.date = '2030-02-29';
    const text = JSON.stringify(input, null, 2);
    const r = loadScenarioText(text, 'mini.json');
    const line = text.split('\n').findIndex((l) => l.includes('"2030-02-29"')) + 1;
    expect(r.ok ? [] : r.errors).toEqual([expect.stringMatching(new RegExp(`^rounds\\[2\\]\\.date: is not a real date: February 2030 has 28 days .*\\(line ${line}, column \\d+\\)$`))]);
  });
});
