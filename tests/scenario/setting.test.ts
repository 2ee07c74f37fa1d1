// The scenario's setting (how the game pictures the case): a file without one loads as a Gulf
// palace with a warship, a wrong value is named in plain words, the setting stays out of the
// content hash (saves survive it), and the shipped scenarios choose their own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText, loadScenarioValue } from '../../src/scenario/load.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { miniInput } from '../fixtures/mini.ts';

function loaded(input: unknown) {
  const r = loadScenarioValue(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}

function shipped(file: string) {
  const r = loadScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

const withSetting = (setting: unknown): Record<string, unknown> => ({ ...structuredClone(miniInput()), setting });

describe('the setting', () => {
  it('defaults to a Gulf palace with a warship and the game’s own heading', () => {
    const input = structuredClone(miniInput()) as ScenarioInput & Record<string, unknown>;
    delete input['setting'];
    expect(loaded(input).scenario.setting).toEqual({ venue: 'gulf-palace', pressureIcon: 'warship' });
    // A setting that names only the venue keeps the default icon.
    expect(loaded(withSetting({ venue: 'conference-base' })).scenario.setting).toEqual({ venue: 'conference-base', pressureIcon: 'warship' });
  });

  it('refuses an unknown venue or icon, and an empty heading, naming the field', () => {
    const bad = (setting: unknown) => {
      const r = loadScenarioValue(withSetting(setting));
      return r.ok ? [] : r.errors;
    };
    expect(bad({ venue: 'castle' }).join('\n')).toMatch(/setting\.venue: must be one of gulf-palace, country-retreat, conference-base/);
    expect(bad({ pressureIcon: 'dragon' }).join('\n')).toMatch(/setting\.pressureIcon: must be one of warship, army, aircraft, gauge/);
    expect(bad({ recordTitle: '  ' }).join('\n')).toMatch(/setting\.recordTitle: must not be only spaces/);
    expect(bad({ venue: 'gulf-palace', hall: 'x' }).join('\n')).toMatch(/setting/);
  });

  it('stays out of the content hash: a file that gains or changes it keeps its saves', () => {
    const base = loaded(structuredClone(miniInput())).hash;
    expect(loaded(withSetting({ venue: 'country-retreat', recordTitle: 'Today at the lodge', pressureIcon: 'gauge' })).hash).toBe(base);
    expect(loaded(withSetting({ venue: 'conference-base', pressureIcon: 'aircraft' })).hash).toBe(base);
  });

  it('is chosen by each shipped scenario: the palace for the Gulf, the retreat for the summit in the woods', () => {
    const muscat = shipped('muscat-2026.yaml');
    const campDavid = shipped('camp-david-1978.yaml');
    expect(muscat.setting.venue).toBe('gulf-palace');
    expect(muscat.setting.pressureIcon).toBe('warship');
    expect(campDavid.setting.venue).toBe('country-retreat');
    expect(['army', 'gauge']).toContain(campDavid.setting.pressureIcon);
    expect(campDavid.setting.recordTitle).not.toMatch(/palace/i);
  });
});
