// The new checks do not fire on what is fine: every calendar day passes, every impossible one is
// named; and the shipped scenarios, edited at random in fields the checks do not judge (a
// headline, a body, an option's label, a round's hours), still validate with no problem.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { calendarProblem } from '../../src/scenario/calendar.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe('calendar days (property)', () => {
  it('every real day passes; a day past the month\'s end is named with the month\'s length', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        expect(calendarProblem(date.toISOString().slice(0, 10))).toBeNull();
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 10 }), (y, m, past) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const d = last + past;
        if (d > 99) return;
        expect(calendarProblem(iso(y, m, d))).toMatch(new RegExp(` ${y} has ${last} days$`));
      }),
      { numRuns: 300 },
    );
  });
});

type Tree = Record<string, unknown>;
/** Plain words: no braces (placeholders), never blank, on one line. */
const words = fc.stringMatching(/^[A-Za-z][A-Za-z ,.'’-]{0,60}[a-z.]$/);

/** An edit to a field no new check judges: which list, which field, the new text. */
const edit = fc.record({
  list: fc.constantFrom('events', 'history', 'randomEvents', 'sources', 'issues', 'rounds'),
  pick: fc.nat(),
  text: words,
  hours: fc.integer({ min: 2, max: 16 }),
});

function apply(s: Tree, e: { list: string; pick: number; text: string; hours: number }): void {
  const list = s[e.list] as Tree[];
  if (!list.length) return;
  const item = list[e.pick % list.length]!;
  if (e.list === 'events' || e.list === 'randomEvents' || e.list === 'history') item[e.pick % 2 ? 'body' : 'headline'] = e.text;
  else if (e.list === 'sources') item.title = e.text;
  else if (e.list === 'rounds') item.hours = e.hours;
  else {
    const options = item.options as Tree[];
    options[e.pick % options.length]!.label = e.text;
  }
}

describe('the shipped scenarios under unrelated edits (property)', () => {
  for (const file of ['muscat-2026.yaml', 'camp-david-1978.yaml', 'dayton-1995.yaml']) {
    const value = parse(readFileSync(`scenarios/${file}`, 'utf8')) as Tree;
    it(`${file} still validates with no problem`, () => {
      expect(loadScenarioValue(structuredClone(value))).toMatchObject({ ok: true });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
          const s = structuredClone(value);
          for (const e of edits) apply(s, e);
          const r = loadScenarioValue(s);
          expect(r.ok ? [] : r.errors).toEqual([]);
        }),
        { numRuns: 25 },
      );
    });
  }
});
