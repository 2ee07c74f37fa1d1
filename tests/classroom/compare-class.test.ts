import { describe, expect, it } from 'vitest';
import { compareClass, type ClassFile } from '../../src/classroom/compare-class.ts';
import { settingsFor } from '../../src/machine/game.ts';
import { createSave, type FoundScenario } from '../../src/replay/save.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { shipped } from '../fixtures/shipped.ts';

const loaded = shipped('muscat-2026');
const lookup = (id: string, hash: string): FoundScenario => (id === loaded.scenario.id && hash === loaded.hash ? { scenario: loaded.scenario, hash } : { missing: 'id' });

function saveText(policy: string, seed: number): string {
  const game = playGame(loaded.scenario, policyByName(policy)!, seed);
  return JSON.stringify(createSave(loaded.scenario, loaded.hash, settingsFor(seed), game.events));
}

describe('comparing a class', () => {
  const good: ClassFile[] = [
    { fileName: 'ana.json', text: saveText('broker', 1) },
    { fileName: 'ben.json', text: saveText('passive', 2) },
    { fileName: 'cleo.json', text: saveText('manipulator', 3) },
    { fileName: 'dev.json', text: saveText('formulator', 4) },
  ];

  it('lists each good file with its outcome, rounds and standing, and counts the outcomes', () => {
    const r = compareClass(good, lookup);
    expect(r.games).toBe(4);
    expect(r.bad).toBe(0);
    expect(r.rows.map((x) => x.fileName)).toEqual(['ana.json', 'ben.json', 'cleo.json', 'dev.json']);
    for (const row of r.rows) {
      expect(row.status).toBe('ok');
      expect(row.outcome).not.toBeNull();
      expect(row.rounds).toBeGreaterThan(0);
      expect(row.standing).toHaveLength(2);
      expect(row.scenario).toBe(loaded.scenario.title);
    }
    expect(r.distribution.reduce((n, d) => n + d.games, 0)).toBe(4);
    expect(r.distribution.reduce((n, d) => n + d.share, 0)).toBeCloseTo(1, 2);
    expect(r.actions.map((a) => a.id)).toContain('distorted');
    for (const a of r.actions) {
      expect(a.agreements + a.others).toBe(4);
      expect(a.withAgreement).toBeGreaterThanOrEqual(0);
      expect(a.withAgreement).toBeLessThanOrEqual(1);
    }
    for (const t of r.sharedTurningPoints) expect(t.games).toBeGreaterThanOrEqual(2);
  });

  it('lists a bad file with its reason and skips it', () => {
    const tampered = JSON.parse(good[0]!.text as string) as { finalStateHash: string };
    tampered.finalStateHash = tampered.finalStateHash === '0000000000000000' ? '1111111111111111' : '0000000000000000';
    const r = compareClass(
      [
        ...good.slice(0, 2),
        { fileName: 'broken.json', text: '{ not json' },
        { fileName: 'notes.json', text: '{"hello": 1}' },
        { fileName: 'tampered.json', text: JSON.stringify(tampered) },
      ],
      lookup,
    );
    expect(r.games).toBe(2);
    expect(r.bad).toBe(3);
    const bad = r.rows.filter((x) => x.status === 'bad');
    expect(bad.map((x) => x.fileName)).toEqual(['broken.json', 'notes.json', 'tampered.json']);
    for (const b of bad) expect(b.reason).toBeTruthy();
    expect(bad[1]!.reason).toContain('not a Shuttle Diplomacy save');
    expect(bad[2]!.reason).toMatch(/^finalStateHash: the save records /);
  });

  it('marks a duplicate file and counts it once', () => {
    const r = compareClass([...good.slice(0, 2), { fileName: 'ana-copy.json', text: good[0]!.text }], lookup);
    expect(r.games).toBe(2);
    expect(r.duplicates).toBe(1);
    const dup = r.rows.find((x) => x.fileName === 'ana-copy.json')!;
    expect(dup.status).toBe('duplicate');
    expect(dup.duplicateOf).toBe('ana.json');
    expect(r.distribution.reduce((n, d) => n + d.games, 0)).toBe(2);
  });

  it('shows a player\'s or team\'s name instead of the file\'s, and what the replay gives, never a recorded field', () => {
    const game = playGame(loaded.scenario, policyByName('broker')!, 5);
    const named = JSON.stringify(createSave(loaded.scenario, loaded.hash, settingsFor(5), game.events, [], { player: 'Team Blue' }));
    const edited = JSON.parse(named) as { outcome: string; player: string };
    const claimed = edited.outcome === 'framework' ? 'strike' : 'framework';
    edited.outcome = claimed;
    edited.player = 'Team Red';
    const r = compareClass(
      [
        { fileName: 'blue.json', text: named },
        { fileName: 'red.json', text: JSON.stringify(edited) },
      ],
      lookup,
    );
    expect(r.rows.map((x) => [x.player ?? x.fileName, x.status])).toEqual([
      ['Team Blue', 'ok'],
      ['red.json', 'bad'],
    ]);
    expect(r.rows[0]!.outcome).toBe(game.outcome);
    expect(r.rows[0]!.rounds).toBe(Math.min(loaded.scenario.rounds.length, game.rounds));
    expect(r.rows[1]!.reason).toMatch(new RegExp(`^outcome: the save records the outcome “${claimed}”, but its replay ends in “${game.outcome}”`));
  });

  it('says so when a save is for a scenario the game does not have', () => {
    const r = compareClass(good.slice(0, 1), () => ({ missing: 'id' }));
    expect(r.rows[0]!.status).toBe('bad');
    expect(r.rows[0]!.reason).toMatch(/^scenario\.id: the scenario “muscat-2026” is not available here/);
  });
});
