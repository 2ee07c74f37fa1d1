// Messages a teacher can act on (issue 11): every refusal names the field and, in a file, its line
// and column, in plain words; the schema library's own wording never shows; text that is empty,
// blank or carries control characters is refused where a player would read it.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadScenarioText, type LoadResult } from '../../src/scenario/load.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { miniInput } from '../fixtures/mini.ts';

const errorsOf = (r: LoadResult) => (r.ok ? [] : r.errors);

/** The mini scenario as YAML after a change, and its errors. */
function yamlErrors(change: (s: ScenarioInput) => void): { text: string; errors: string[] } {
  const input = miniInput();
  change(input);
  const text = stringify(input);
  return { text, errors: errorsOf(loadScenarioText(text, 'mini.yaml')) };
}

/** 1-based line of the first line matching, and the column where `at` starts on it. */
function place(text: string, line: RegExp, at: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => line.test(l));
  return `(line ${i + 1}, column ${lines[i]!.indexOf(at) + 1})`;
}

const LIBRARY_WORDS = /Invalid input|Invalid option|Too small|Too big|Unrecognized key|expected .*, received/;

describe('messages a teacher can act on', () => {
  it('a missing dialogue situation says what it must be, where', () => {
    const { text, errors } = yamlErrors((s) => {
      delete (s.dialogue![12] as { situation?: string }).situation;
    });
    expect(errors).toHaveLength(1);
    // The entry has no situation: it is placed at the entry's first field.
    const line = text.split('\n').filter((l) => l.startsWith('  - ')).length;
    expect(line).toBeGreaterThan(12);
    expect(errors[0]).toMatch(/^dialogue\[12\]\.situation: is missing; it must be one of greet, position, priority, concede, .*, coerce \(line \d+, column 5\)$/);
  });

  it('a wrong type says what was found, at the field', () => {
    const { text, errors } = yamlErrors((s) => {
      (s.issues[1] as Record<string, unknown>).core = 'yes please';
    });
    expect(errors).toEqual([`issues[1].core: must be true or false (it is the text "yes please") ${place(text, /core: yes please/, 'core')}`]);
  });

  it('too few items says how many it must have and how many it has', () => {
    const { errors } = yamlErrors((s) => {
      s.issues[0]!.options = [s.issues[0]!.options[0]!];
    });
    expect(errors[0]).toMatch(/^issues\[0\]\.options: must list at least 2 options \(it is a list of 1\) \(line \d+, column \d+\)$/);
  });

  it('an unknown field is named, with the fields that may be there', () => {
    const { text, errors } = yamlErrors((s) => {
      (s.rounds[0] as Record<string, unknown>).venu = 'Villa';
    });
    expect(errors).toEqual([`rounds[0].venu: is not a field here: check its spelling (the fields here are date, label, venue, hours) ${place(text, /venu: Villa/, 'venu')}`]);
  });

  it('nesting too deep says where, before any parser recursion', () => {
    const text = stringify(miniInput()).replace(/^place: .*$/m, `place: ${'['.repeat(60)}${']'.repeat(60)}`);
    expect(errorsOf(loadScenarioText(text, 'deep.yaml'))).toEqual([`(file): is nested too deeply (more than 40 levels) ${place(text, /^place: \[/, '['.repeat(41)).replace(/column (\d+)/, (_, c: string) => `column ${Number(c) + 40}`)}`]);
  });

  it('never shows the schema library\'s own words', () => {
    const cases: ((s: ScenarioInput) => void)[] = [
      (s) => ((s.delegations[0] as Record<string, unknown>).members = true),
      (s) => ((s as Record<string, unknown>).issues = 'none'),
      (s) => ((s.escalation as Record<string, unknown>).rungs = [{ id: 'a' }]),
      (s) => ((s.dialogue![0] as Record<string, unknown>).situation = 'gloat'),
      (s) => ((s.rules as Record<string, unknown>).actionHours = null),
      (s) => ((s.delegations[1]!.weights as Record<string, unknown>).water = [1]),
      (s) => ((s as Record<string, unknown>).formatVersion = '1'),
    ];
    for (const change of cases) {
      const { errors } = yamlErrors(change);
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) {
        expect(e).not.toMatch(LIBRARY_WORDS);
        expect(e).toMatch(/^\S[^\n]*: \S[^\n]* \(line \d+, column \d+\)$/);
      }
    }
  });
});

describe('text a player reads', () => {
  it('refuses control characters and NUL in names, ids and text, and shows them as escapes', () => {
    const { errors } = yamlErrors((s) => {
      s.title = 'Muscat\u001b[2J\u0007';
      s.delegations[0]!.shortName = 'North\u0000';
      s.dialogue![0]!.text = 'Hello \u001b]0;pwned\u0007';
    });
    expect(errors).toEqual([
      expect.stringMatching(/^title: must not hold control characters \(such as NUL, ESC or BEL\) \(it is the text "Muscat\\x1b\[2J\\x07"\) \(line \d+, column \d+\)$/),
      expect.stringMatching(/^delegations\[0\]\.shortName: must not hold control characters .*"North\\x00"\)/),
      expect.stringMatching(/^dialogue\[0\]\.text: must not hold control characters .*"Hello \\x1b\]0;pwned\\x07"\)/),
    ]);
    for (const e of errors) expect(e).not.toMatch(/[\u0000-\u001f]/);
  });

  it('refuses text that is empty or only spaces, and a name that runs over lines', () => {
    const { errors } = yamlErrors((s) => {
      s.summary = '   ';
      s.issues[0]!.description = '';
      s.mediator.name = 'The\nMediator';
    });
    expect(errors).toEqual([
      expect.stringMatching(/^summary: must not be only spaces \(it is the text " {3}"\) \(line \d+/),
      expect.stringMatching(/^mediator\.name: must be on one line \(no line breaks or tabs\) /),
      expect.stringMatching(/^issues\[0\]\.description: must not be empty \(it is the text ""\) /),
    ]);
  });

  it('refuses text made only of invisible characters, which trimming does not remove', () => {
    const { text, errors } = yamlErrors((s) => {
      s.title = '\u200b\u200b';
      s.events![0]!.headline = ' \u2060 ';
    });
    expect(errors).toEqual([
      `title: must not be only invisible characters (such as zero-width spaces) (it is the text "\u200b\u200b") ${place(text, /^title:/, 'title')}`,
      expect.stringMatching(/^events\[0\]\.headline: must not be only invisible characters \(such as zero-width spaces\) .*\(line \d+, column \d+\)$/),
    ]);
  });

  it('keeps line breaks and tabs in long text, and any script', () => {
    const r = loadScenarioText(
      stringify({ ...miniInput(), summary: 'A small test negotiation.\n\tIts second line.', title: 'مذاكرات صغيرة' }),
      'mini.yaml',
    );
    expect(errorsOf(r)).toEqual([]);
  });

  it('names an unknown key with control characters as escapes', () => {
    const { errors } = yamlErrors((s) => {
      (s.rules as Record<string, unknown>)['speed\u001b[31m'] = 1;
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^rules\["speed\\x1b\[31m"\]: is not a field here/);
    expect(errors[0]).not.toContain('\u001b');
  });
});
