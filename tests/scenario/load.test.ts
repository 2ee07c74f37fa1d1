// Loading scenarios: the default one, YAML and JSON, and one clear line per problem.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { stringify as toYaml } from 'yaml';
import { loadScenarioText, loadScenarioValue, type LoadResult } from '../../src/scenario/load.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { compile } from '../../src/model/compile.ts';
import { initialState } from '../../src/model/init.ts';
import { miniInput } from '../fixtures/mini.ts';

const DEFAULT = new URL('../../scenarios/muscat-2026.yaml', import.meta.url);

/** The mini input changed by `mutate`, loaded; the errors (or [] when it loaded). */
function errorsOf(mutate: (input: ScenarioInput & Record<string, unknown>) => void): string[] {
  // a deep copy: the fixture shares the scope options' objects between calls
  const input = structuredClone(miniInput()) as ScenarioInput & Record<string, unknown>;
  mutate(input);
  const r = loadScenarioValue(input);
  return r.ok ? [] : r.errors;
}

const fail = (r: LoadResult): string[] => {
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
};

// Every error is one line: "path: message", never a stack trace.
const wellFormed = (errors: string[]) => {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(e).toMatch(/^\S[^\n]*: \S[^\n]*$/);
    expect(e).not.toMatch(/\n|\bat .*\.ts:\d+/);
  }
};

describe('the default scenario', () => {
  const text = readFileSync(DEFAULT, 'utf8');

  it('loads, and can start a game', () => {
    const r = loadScenarioText(text, 'muscat-2026.yaml');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.scenario.id).toBe('muscat-2026');
    expect(r.scenario.delegations).toHaveLength(2);
    expect(r.scenario.issues.some((i) => i.core)).toBe(true);
    expect(r.hash).toMatch(/^[0-9a-f]{16}$/);
    const c = compile(r.scenario);
    const state = initialState(c, { seed: 1, names: 'names', allowDistortion: true, difficulty: 'standard', rounds: 0, people: [false, false] });
    expect(state.draft).toHaveLength(r.scenario.issues.length);
    expect(c.sides[0].weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(c.sides[1].weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  });

  it('loads the same way twice, with the same hash', () => {
    const a = loadScenarioText(text, 'muscat-2026.yaml');
    const b = loadScenarioText(text, 'muscat-2026.yaml');
    expect(a.ok && b.ok && a.hash === b.hash).toBe(true);
  });
});

describe('YAML and JSON', () => {
  const input = miniInput();

  it('both load, to the same scenario and the same hash', () => {
    const json = loadScenarioText(JSON.stringify(input), 'mini.json');
    const yaml = loadScenarioText(toYaml(input), 'mini.yaml');
    const value = loadScenarioValue(input);
    if (!json.ok || !yaml.ok || !value.ok) throw new Error('did not load');
    expect(json.scenario).toEqual(value.scenario);
    expect(yaml.scenario).toEqual(value.scenario);
    expect(json.hash).toBe(value.hash);
    expect(yaml.hash).toBe(value.hash);
  });

  it('the format comes from the file name, or from the text when the name does not say', () => {
    expect(loadScenarioText(JSON.stringify(input), 'MINI.JSON').ok).toBe(true);
    expect(loadScenarioText(toYaml(input), 'mini.yml').ok).toBe(true);
    expect(loadScenarioText(JSON.stringify(input, null, 2), 'mini.txt').ok).toBe(true);
    expect(loadScenarioText(toYaml(input), 'mini.txt').ok).toBe(true);
    expect(loadScenarioText(JSON.stringify(input), 'whatever', 'json').ok).toBe(true);
  });

  it('a parser message quoting control characters stays on one line, with the characters as codes', () => {
    // Found by the loader's property test: JSON.parse quotes the text, newline and all.
    const errors = fail(loadScenarioText('\u000b\n', 'x.json'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(file\): not valid JSON: [^\n]*\S$/);
    expect(errors[0]).toContain('\\x0b');
  });

  it('JSON is strict JSON when named .json', () => {
    const errors = fail(loadScenarioText(toYaml(input), 'mini.json'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(file\): not valid JSON/);
  });

  it('the hash ignores $schema and changes with the content', () => {
    const base = loadScenarioValue(input);
    const withSchema = loadScenarioValue({ ...input, $schema: './schema.json' });
    const changed = loadScenarioValue({ ...input, title: 'Other talks' });
    if (!base.ok || !withSchema.ok || !changed.ok) throw new Error('did not load');
    expect(withSchema.hash).toBe(base.hash);
    expect(changed.hash).not.toBe(base.hash);
  });

  it('the hash ignores the glossary and the debrief notes (reading aids), so editing them keeps saves', () => {
    const base = loadScenarioValue(input);
    const glossary = [{ id: 'villa', term: 'The villa', kind: 'game', definition: 'Where the talks are held.', inGame: 'The map.', sources: [], aliases: [] }];
    const withAids = loadScenarioValue({ ...input, glossary });
    if (!base.ok) throw new Error('did not load');
    if (!withAids.ok) throw new Error(withAids.errors.join('\n'));
    expect(withAids.hash).toBe(base.hash);
  });

  it('fills defaults', () => {
    const r = loadScenarioValue(input);
    if (!r.ok) throw new Error('did not load');
    expect(r.scenario.issues[0]!.scope).toBe(false);
    expect(r.scenario.issues[0]!.sources).toEqual([]);
    expect(r.scenario.dialogue.every((l) => l.simulated)).toBe(true);
  });
});

describe('errors name the field', () => {
  it('a weight out of range', () => {
    const errors = errorsOf((i) => {
      (i.delegations[1]!.weights as Record<string, number>).water = 3;
    });
    expect(errors).toEqual(['delegations[1].weights.water: must be a number between 0 and 1 (it is 3)']);
  });

  it('a weight that is not a number', () => {
    expect(
      errorsOf((i) => {
        (i.delegations[0]!.weights as Record<string, unknown>).border = 'lots';
      }),
    ).toEqual(['delegations[0].weights.border: must be a number between 0 and 1 (it is the text "lots")']);
  });

  it('missing fields say "is missing"', () => {
    const errors = errorsOf((i) => {
      delete (i.delegations[0] as Partial<(typeof i.delegations)[0]>).name;
      delete (i.delegations[1] as Partial<(typeof i.delegations)[1]>).trust;
      delete (i.rules as Partial<typeof i.rules>).walkHours;
      delete (i as Partial<typeof i>).title;
    });
    expect(errors).toEqual(
      expect.arrayContaining(['delegations[0].name: is missing', 'delegations[1].trust: is missing; it must be a mapping of the fields credibility, closeness', 'rules.walkHours: is missing', 'title: is missing']),
    );
    expect(errors).toHaveLength(4);
    wellFormed(errors);
  });

  it('unknown fields are named', () => {
    const errors = errorsOf((i) => {
      (i.delegations[0] as Record<string, unknown>).mood = 'grumpy';
      (i.issues[2]!.options[0] as Record<string, unknown>).colour = 'red';
      i.bogus = 1;
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^delegations\[0\]\.mood: is not a field here: check its spelling \(the fields here are id, name, shortName, .*, coercion\)$/),
        'issues[2].options[0].colour: is not a field here: check its spelling (the fields here are id, label, summary)',
        expect.stringMatching(/^bogus: is not a field here: check its spelling \(the fields here are \$schema, id, title, .*\)$/),
      ]),
    );
    expect(errors).toHaveLength(3);
    const two = errorsOf((i) => {
      (i.rules as Record<string, unknown>).speed = 1;
      (i.rules as Record<string, unknown>).colour = 2;
    });
    expect(two.map((e) => e.replace(/ \(the fields here are .*\)$/, ''))).toEqual(['rules.speed: is not a field here: check its spelling', 'rules.colour: is not a field here: check its spelling']);
  });

  it('weights that do not sum to 1', () => {
    expect(
      errorsOf((i) => {
        (i.delegations[0]!.weights as Record<string, number>).water = 0.6;
      }),
    ).toEqual(['delegations[0].weights: must sum to 1 (they sum to 1.100)']);
  });

  it('unknown issue ids', () => {
    const errors = errorsOf((i) => {
      (i.delegations[0]!.values as Record<string, Record<string, number>>).fish = { f0: 1 };
      (i.delegations[1]!.weights as Record<string, number>).fish = 0;
      (i.delegations[1]!.opening as Record<string, string>).fish = 'f0';
    });
    expect(errors).toEqual([
      'delegations[0].values.fish: is not an issue (issues are: water, border, arms)',
      'delegations[1].weights.fish: is not an issue (issues are: water, border, arms)',
      'delegations[1].opening.fish: is not an issue (issues are: water, border, arms)',
    ]);
  });

  it('an issue missing from weights, values or opening', () => {
    const errors = errorsOf((i) => {
      const d = i.delegations[0]!;
      d.weights = { water: 0.5, border: 0.5 };
      delete (d.values as Record<string, unknown>).arms;
      delete (d.values.water as Record<string, unknown>).w2;
    });
    expect(errors).toEqual(expect.arrayContaining(['delegations[0].weights.arms: is missing', 'delegations[0].values.arms: is missing', 'delegations[0].values.water.w2: is missing']));
  });

  it('red lines on missing options, on unknown issues, or on the side\'s own opening', () => {
    const errors = errorsOf((i) => {
      i.delegations[0]!.redLines = { water: ['w4', 'w9'], fish: ['f1'] };
      i.delegations[1]!.redLines = { border: ['b3'] };
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'delegations[0].redLines.water[1]: "w9" is not an option of water',
        'delegations[0].redLines.fish: is not an issue (issues are: water, border, arms)',
        "delegations[1].redLines.border[0]: is the delegation's own opening position",
      ]),
    );
    expect(errors).toHaveLength(3);
  });

  it('an opening that is not an option', () => {
    expect(
      errorsOf((i) => {
        (i.delegations[1]!.opening as Record<string, string>).water = 'w7';
      }),
    ).toEqual(['delegations[1].opening.water: "w7" is not an option of water']);
  });

  it('events naming unknown sources, unknown delegations, or rounds that do not exist', () => {
    const errors = errorsOf((i) => {
      i.sources = [{ id: 'wire', title: 'A wire story', url: 'https://example.org/wire' }];
      const ev = i.events![0]!;
      ev.sources = ['wire', 'rumour'];
      ev.effects = [
        { meter: 'hurt', delegation: 'east', delta: 5 },
        { meter: 'pressure', delegation: 'north', delta: 1 },
      ];
      ev.afterRound = 9;
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'events[0].sources[1]: names the source "rumour", which is not in sources',
        'events[0].effects[0].delegation: "east" is not a delegation',
        'events[0].effects[1].delegation: must be left out for pressure',
        'events[0].afterRound: must be at most the number of rounds (3)',
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('missing dialogue situations', () => {
    const errors = errorsOf((i) => {
      i.dialogue = i.dialogue!.filter((l) => !(l.delegation === 'north' && l.situation === 'greet') && !(l.delegation === 'south' && l.situation === 'deceived'));
    });
    expect(errors).toEqual(['dialogue: has no "greet" line for north', 'dialogue: has no "deceived" line for south']);
  });

  it('dialogue lines naming unknown delegations or sources, or real quotes without a source', () => {
    const errors = errorsOf((i) => {
      i.dialogue!.push({ situation: 'greet', delegation: 'east', text: 'Hello.' });
      i.dialogue!.push({ situation: 'greet', delegation: 'north', text: 'Hello.', source: 'nowhere' });
      i.dialogue!.push({ situation: 'greet', delegation: 'north', text: 'Hello.', simulated: false });
    });
    const n = miniInput().dialogue!.length;
    expect(errors).toEqual([
      `dialogue[${n}].delegation: "east" is not a delegation`,
      `dialogue[${n + 1}].source: names the source "nowhere", which is not in sources`,
      `dialogue[${n + 2}].source: a line not marked simulated must name its source`,
    ]);
  });

  it('duplicate ids and other cross-checks', () => {
    const errors = errorsOf((i) => {
      i.issues[1]!.id = 'water';
    });
    expect(errors).toContain('issues: the id "water" is used twice');
    expect(
      errorsOf((i) => {
        i.escalation.incidentOdds = [0.1, 0.1];
      }),
    ).toEqual(['escalation.incidentOdds: must have one number per rung (5)']);
    expect(
      errorsOf((i) => {
        i.mediator.guarantees![0]!.for = ['east'];
      }),
    ).toEqual(['mediator.guarantees[0].for[0]: "east" is not a delegation']);
    expect(
      errorsOf((i) => {
        i.rules.interimMinimum = 3;
      }),
    ).toEqual(['rules.interimMinimum: must not exceed the number of core issues (2)']);
    expect(
      errorsOf((i) => {
        i.escalation.start = 4;
      }),
    ).toEqual(['escalation.start: must be below the top rung (4)']);
  });

  it('reports every problem, one line each', () => {
    const errors = errorsOf((i) => {
      (i.delegations[1]!.weights as Record<string, number>).water = 3;
      i.rounds[0]!.hours = 100;
      i.formatVersion = 2 as 1;
      i.id = 'Not An Id';
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'delegations[1].weights.water: must be a number between 0 and 1 (it is 3)',
        'rounds[0].hours: must be a number of hours from 2 to 16 (it is 100)',
        'formatVersion: must be 1 (it is 2)',
        'id: must be a lower-case id: letters, digits and hyphens, at most 40 (it is the text "Not An Id")',
      ]),
    );
    expect(errors).toHaveLength(4);
    wellFormed(errors);
  });

  it('a text that is not a mapping is refused with one line', () => {
    for (const text of ['', '42', '- a\n- b\n', 'null', '"just text"']) {
      const errors = fail(loadScenarioText(text, 'x.yaml'));
      wellFormed(errors);
    }
  });
});
