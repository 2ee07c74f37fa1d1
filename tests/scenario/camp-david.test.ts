// The second scenario, Camp David 1978: it loads, it keeps the rules for portraying real people
// (invented lines marked simulated, real ones sourced), its options run the way the engine reads
// them, and every built-in mediator plays it to an outcome (the planner in camp-david.slow.test.ts).
// Proof that the engine is general.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { Situation, type Scenario } from '../../src/scenario/schema.ts';
import { QUICK_POLICIES } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';

const FILE = new URL('../../scenarios/camp-david-1978.yaml', import.meta.url);
const text = readFileSync(FILE, 'utf8');

const loaded = (() => {
  const r = loadScenarioText(text, 'camp-david-1978.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
})();
const scenario: Scenario = loaded.scenario;

/** Every id the scenario defines, anywhere. */
function allIds(s: Scenario): string[] {
  return [
    s.id,
    ...s.delegations.map((d) => d.id),
    ...s.issues.flatMap((i) => [i.id, ...i.options.map((o) => o.id)]),
    ...s.escalation.rungs.map((r) => r.id),
    ...s.mediator.guarantees.map((g) => g.id),
    ...s.events.map((e) => e.id),
    ...s.randomEvents.map((e) => e.id),
    ...s.sources.map((x) => x.id),
    ...(s.glossary ?? []).map((t) => t.id),
  ];
}

describe('the Camp David scenario file', () => {
  it('validates, with a content hash, Egypt on the left and Israel on the right', () => {
    expect(scenario.id).toBe('camp-david-1978');
    expect(loaded.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(scenario.delegations.map((d) => d.id)).toEqual(['egypt', 'israel']);
    expect(scenario.issues.some((i) => i.core)).toBe(true);
    expect(scenario.issues.some((i) => i.scope)).toBe(true);
    for (const round of scenario.rounds) expect(round.date >= '1978-09-05' && round.date <= '1978-09-17', round.date).toBe(true);
  });

  it('starts with the JSON Schema header line', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
  });

  it('names a source for every line not marked simulated, and says who is reported', () => {
    const sourceIds = new Set(scenario.sources.map((x) => x.id));
    const real = scenario.dialogue.filter((l) => !l.simulated);
    expect(real.length).toBeGreaterThan(0);
    for (const line of real) {
      expect(line.source, line.text).toBeDefined();
      expect(sourceIds.has(line.source!), line.text).toBe(true);
      expect(line.text, 'a real line says whose words or position it reports').toMatch(/Carter|Sadat|Begin|Dayan|Egypt|Israel/);
    }
  });

  it('names at least one source for every scripted event and every history entry', () => {
    expect(scenario.events.length).toBeGreaterThan(0);
    for (const ev of scenario.events) expect(ev.sources.length, ev.id).toBeGreaterThan(0);
    for (const h of scenario.history) expect(h.sources.length, h.headline).toBeGreaterThan(0);
    // A printed memoir may be cited without an address; every address is https.
    for (const src of scenario.sources) {
      if (src.url === undefined) expect(src.citation, src.id).toBeDefined();
      else expect(src.url, src.id).toMatch(/^https:\/\//);
    }
  });

  it('has at least five lines for every situation and delegation', () => {
    for (const d of scenario.delegations) {
      for (const situation of Situation.options) {
        const lines = scenario.dialogue.filter((l) => l.delegation === d.id && l.situation === situation);
        expect(lines.length, `${d.id} ${situation}`).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('orders every issue from Egypt\'s preferred end to Israel\'s (scope issues from widest to narrowest)', () => {
    const [egypt, israel] = scenario.delegations;
    for (const issue of scenario.issues) {
      const ids = issue.options.map((o) => o.id);
      const first = ids.map((o) => egypt!.values[issue.id]![o]!);
      const second = ids.map((o) => israel!.values[issue.id]![o]!);
      for (let k = 1; k < ids.length; k++) {
        expect(first[k]!, `${issue.id}: Egypt's values fall along the options`).toBeLessThan(first[k - 1]!);
        expect(second[k]!, `${issue.id}: Israel's values rise along the options`).toBeGreaterThan(second[k - 1]!);
      }
      expect(egypt!.opening[issue.id]).toBe(ids[0]);
      expect(israel!.opening[issue.id]).toBe(ids[ids.length - 1]);
    }
  });

  it('brings its own glossary and debrief notes, every term and note with sources from this file', () => {
    const glossary = scenario.glossary ?? [];
    expect(glossary.map((t) => t.id)).toEqual(expect.arrayContaining(['camp-david-accords', 'middle-east-framework', 'sinai', 'american-text', 'palestinian-autonomy', 'settlement-freeze']));
    const sourceIds = new Set(scenario.sources.map((x) => x.id));
    for (const t of glossary) {
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const id of t.sources) expect(sourceIds.has(id), `${t.id}: ${id}`).toBe(true);
    }
    const notes = Object.entries(scenario.debrief?.theory ?? {});
    expect(notes.map(([id]) => id)).toEqual(expect.arrayContaining(['single-text', 'two-level']));
    for (const [id, note] of notes) expect(note!.sources.length, id).toBeGreaterThan(0);
  });

  it('borrows nothing from the Muscat scenario', () => {
    for (const id of allIds(scenario)) expect(id).not.toMatch(/muscat|iran|enrichment|oman/);
    expect(text).not.toMatch(/Muscat|Oman|Tehran/);
  });
});

describe('the Camp David scenario in play', () => {
  // The planner's games (over a second each) and the 200 games of all policies are in camp-david.slow.test.ts.
  it.each(QUICK_POLICIES.map((p) => [p.name, p] as const))('%s finishes every game with allowed moves only', (_name, policy) => {
    for (let seed = 1; seed <= 20; seed++) {
      const game = playGame(scenario, policy, seed);
      expect(game.refused, `seed ${seed}`).toBe(0);
      expect(game.snapshot.status, `seed ${seed}`).toBe('done');
      expect(game.rounds).toBeLessThanOrEqual(scenario.rounds.length);
    }
  });
});
