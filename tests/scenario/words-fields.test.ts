// The scenario's own words as data: the mediator's form of address, the articles names take in
// a sentence, and how the real talks ended. Each is checked (an error names the field), none
// changes the scenario's hash (words, not rules), and both shipped files use them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText, loadScenarioValue, type LoadResult } from '../../src/scenario/load.ts';
import type { Scenario, ScenarioInput } from '../../src/scenario/schema.ts';
import { realEnding } from '../../src/scenario/ending.ts';
import { miniInput } from '../fixtures/mini.ts';

const load = (mutate: (i: ScenarioInput) => void): LoadResult => {
  const input = miniInput();
  mutate(input);
  return loadScenarioValue(input);
};
const errors = (mutate: (i: ScenarioInput) => void): string[] => {
  const r = load(mutate);
  return r.ok ? [] : r.errors;
};
const hashOf = (mutate: (i: ScenarioInput) => void = () => {}): string => {
  const r = load(mutate);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.hash;
};
const shipped = (file: string): Scenario => {
  const r = loadScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
};

const ENDING = { date: '2030-01-03', headline: 'Talks end', body: 'No agreement.', sources: [] as string[] };

describe('the new fields are checked, each error naming its field', () => {
  it('accepts an address, an article and an ending', () => {
    expect(
      errors((i) => {
        i.mediator.address = 'Mr Mediator';
        i.mediator.addressByName = 'Mediator';
        i.mediator.countryArticle = 'the';
        i.delegations[0]!.article = 'the';
        i.ending = ENDING;
      }),
    ).toEqual([]);
  });

  it('an article is one lower-case word', () => {
    for (const bad of ['The', 'the very', '', 'l’']) {
      expect(errors((i) => (i.delegations[1]!.article = bad))[0]).toMatch(/^delegations\[1\]\.article: must be one lower-case word, such as "the"/);
    }
    expect(errors((i) => (i.mediator.countryArticle = 'THE'))[0]).toMatch(/^mediator\.countryArticle: must be one lower-case word/);
  });

  it('a form of address is text on one line', () => {
    expect(errors((i) => (i.mediator.address = ' '))).toEqual(['mediator.address: must not be only spaces (it is the text " ")']);
    expect(errors((i) => (i.mediator.addressByName = 'Two\nlines'))[0]).toMatch(/^mediator\.addressByName: must be on one line/);
  });

  it('an ending names sources in the file, is not dated before the talks, and a memoir alone makes it a report', () => {
    expect(errors((i) => (i.ending = { ...ENDING, sources: ['nowhere'] }))).toEqual(['ending.sources[0]: names the source "nowhere", which is not in sources']);
    expect(errors((i) => (i.ending = { ...ENDING, date: '2029-12-31' }))).toEqual(['ending.date: must not be before the first round (2030-01-01)']);
    expect(errors((i) => (i.ending = { ...ENDING, headline: undefined as unknown as string }))).toEqual(['ending.headline: is missing']);
    const memoir = { id: 'memoir', kind: 'memoir' as const, title: 'A memoir', citation: 'Someone, A Memoir (1990)' };
    expect(errors((i) => {
      i.sources = [memoir];
      i.ending = { ...ENDING, sources: ['memoir'] };
    })).toEqual(["ending.reported: rests only on a participant's memoir (memoir), which is partisan: mark it reported: true or add another source"]);
  });
});

describe('the words leave the scenario hash as it was (saves and class codes stay valid)', () => {
  it('adding an address, articles or an ending does not change the hash', () => {
    const plain = hashOf();
    expect(hashOf((i) => (i.mediator.address = 'Mr Mediator'))).toBe(plain);
    expect(hashOf((i) => (i.mediator.addressByName = 'Mediator'))).toBe(plain);
    expect(hashOf((i) => (i.mediator.countryArticle = 'the'))).toBe(plain);
    expect(hashOf((i) => (i.delegations[0]!.article = 'the'))).toBe(plain);
    expect(hashOf((i) => (i.ending = ENDING))).toBe(plain);
    // A rule still does.
    expect(hashOf((i) => (i.mediator.guaranteeBudget = 2))).not.toBe(plain);
  });
});

describe('realEnding', () => {
  const history = [
    { date: '2030-01-02', headline: 'First', body: 'One.', sources: [], reported: true },
    { date: '2035-06-01', headline: 'Years later', body: 'Two.', sources: [], reported: false },
  ];
  it('is the ending when the file gives one, else the last history entry, else none', () => {
    expect(realEnding({ ending: { ...ENDING, reported: false }, history })?.headline).toBe('Talks end');
    expect(realEnding({ history })).toEqual({ date: '2035-06-01', headline: 'Years later', body: 'Two.', sources: [], reported: false });
    expect(realEnding({ history: [] })).toBeNull();
  });
});

describe('the shipped scenarios use them', () => {
  const muscat = shipped('muscat-2026.yaml');
  const campDavid = shipped('camp-david-1978.yaml');

  it('Muscat: the minister is addressed by office, or as Sayyid Badr when names are shown; the talks ended without agreement', () => {
    expect(muscat.mediator.address).toBe('Minister');
    expect(muscat.mediator.addressByName).toBe('Sayyid Badr');
    const lines = muscat.dialogue.map((l) => l.text);
    expect(lines.filter((t) => t.includes('{mediatorAddress}')).length).toBeGreaterThanOrEqual(10);
    // Every line that spoke to the mediator by full name now uses the form of address.
    expect(lines.filter((t) => t.includes('{mediator}'))).toEqual([]);
    expect(muscat.ending).toMatchObject({ date: '2026-02-28', reported: true });
    expect(muscat.ending!.headline).toMatch(/No agreement/);
    expect(muscat.ending!.sources).toEqual(expect.arrayContaining(['strikes-begin', 'hormuz-closed']));
  });

  it('Camp David: "Mr President", "the United States", and the accords signed on 17 September 1978', () => {
    expect(campDavid.mediator.address).toBe('Mr President');
    expect(campDavid.mediator.addressByName).toBeUndefined();
    expect(campDavid.mediator.countryArticle).toBe('the');
    const lines = campDavid.dialogue.map((l) => l.text);
    expect(lines.some((t) => t.includes('{mediatorAddress}'))).toBe(true);
    expect(lines.filter((t) => t.includes('Mr President'))).toEqual([]);
    expect(campDavid.ending).toMatchObject({ date: '1978-09-17', reported: false });
    expect(campDavid.ending!.headline).toMatch(/Camp David Accords/);
    // Not the last history entry, Sinai's return in 1982.
    expect(campDavid.history.at(-1)!.date).toBe('1982-04-25');
  });

  it('their delegations take no article (Washington, Tehran, Egypt, Israel)', () => {
    for (const s of [muscat, campDavid]) expect(s.delegations.map((d) => d.article)).toEqual([undefined, undefined]);
  });
});
