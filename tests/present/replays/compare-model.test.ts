// The compare page's view model, without a DOM: the lines to choose, the parting in words, the
// charts' data and text alternatives, the texts issue by issue, and a line beside history.
import { describe, expect, it } from 'vitest';
import { compareModel, HISTORY, historyModel, lineChoices, targetValue, valueTarget } from '../../../src/present/replays/compare-model.ts';
import type { ReplaySource } from '../../../src/present/replays/source.ts';
import { settingsFor } from '../../../src/machine/game.ts';
import { addBranch, MAIN } from '../../../src/replay/branches.ts';
import { createSave } from '../../../src/replay/save.ts';
import { policyByName } from '../../../src/sim/policies/index.ts';
import { playGame } from '../../../src/sim/play.ts';
import { shipped } from '../../fixtures/shipped.ts';

const loaded = shipped('muscat-2026');
const { scenario, hash } = loaded;
const settings = settingsFor(11);
const main = playGame(scenario, policyByName('broker')!, 11, settings).events;
const passive = playGame(scenario, policyByName('passive')!, 11, settings).events;
const split = 1;
const withBranch = addBranch(createSave(scenario, hash, settings, main), MAIN, split, passive.slice(split), 'Passive from the start');
const source: ReplaySource = { scenario, hash, save: withBranch.save };
const branch = withBranch.id;

describe('lineChoices', () => {
  it('lists the main line, every branch by name, and the history track', () => {
    expect(lineChoices(source)).toEqual([
      { value: MAIN, label: 'Main line' },
      { value: branch, label: `Passive from the start (from Main line at step ${split})` },
      { value: HISTORY, label: 'What really happened' },
    ]);
    expect(lineChoices({ ...source, scenario: { ...scenario, history: [] } }).map((c) => c.value)).toEqual([MAIN, branch]);
    expect(valueTarget(targetValue({ history: true }))).toEqual({ history: true });
    expect(valueTarget(targetValue({ line: branch }))).toEqual({ line: branch });
  });
});

describe('compareModel', () => {
  const m = compareModel(source, MAIN, branch);

  it('names the step where the lines part, the round, and what the mediator did on each', () => {
    expect(m.partsAt).toEqual({ step: split + 1, round: 1 });
    expect(m.parting).toMatch(new RegExp(`^They part at step ${split + 1}, round 1: on Main line the mediator .+; on Passive from the start the mediator .+\\.$`));
  });

  it('gives both outcomes with the scenario’s titles', () => {
    const titles = Object.values(scenario.labels.outcomes);
    for (const o of m.outcomes) expect(titles).toContain(o.label);
    expect(m.outcomes.map((o) => o.line)).toEqual(['Main line', 'Passive from the start']);
  });

  it('charts every compared meter for both lines, marks the split and says it in words', () => {
    expect(m.charts.map((c) => c.key)).toEqual(['progress', 'scope', 'pressure', 'patience.0', 'patience.1', 'credibility.0', 'credibility.1', 'closeness.0', 'closeness.1']);
    for (const c of m.charts) {
      expect(c.series[0]).toHaveLength(main.length + 1);
      expect(c.series[1]).toHaveLength(passive.length + 1);
      expect(c.parts).toBe(split);
      expect(c.summary).toContain(`at step ${split}, the last the lines share`);
      expect(c.rows.map((r) => r[0])).toEqual(['Main line', 'Passive from the start']);
    }
    const pressure = m.charts.find((c) => c.key === 'pressure')!;
    expect(pressure.rungs).toEqual(scenario.escalation.rungs.map((r) => r.name));
    expect(pressure.rows[0]![1]).toBe(scenario.escalation.rungs[pressure.series[0][0]!]!.name);
  });

  it('lists the texts issue by issue with the scenario’s option labels, differences marked', () => {
    expect(m.texts.rows.map((r) => r.issue)).toEqual(scenario.issues.map((i) => i.name));
    expect(m.texts.changed).toBe(m.texts.rows.filter((r) => r.changed).length);
    expect(m.texts.changed).toBeGreaterThan(0);
    for (const [i, r] of m.texts.rows.entries()) {
      const labels = [...scenario.issues[i]!.options.map((o) => o.label), 'Left open'];
      expect(labels).toContain(r.a);
      expect(labels).toContain(r.b);
      expect(r.changed).toBe(r.a !== r.b);
    }
  });

  it('explains the split with the meters furthest apart and their causes in words', () => {
    expect(m.gaps.length).toBeGreaterThan(0);
    for (const g of m.gaps) {
      expect(g.title).toMatch(/ ends at .+ on Main line and .+ on Passive from the start$/);
      for (const t of g.moves.flat()) expect(t).toMatch(/^Round \d+, step \d+: .+ \(.+\)$/);
    }
    expect(m.gaps.flatMap((g) => g.moves.flat()).length).toBeGreaterThan(0);
  });

  it('says of a line with no move of its own listed whether it stood still or moved only as the other line did', () => {
    const quiet: string[] = [];
    for (const cut of [5, 10, 15, 20, 25]) {
      const recess = addBranch(createSave(scenario, hash, settings, main), MAIN, cut, [{ type: 'RECESS' }], 'Recess');
      const model = compareModel({ scenario, hash, save: recess.save }, MAIN, recess.id);
      for (const g of model.gaps) g.moves.forEach((moves, k) => moves.length === 0 && quiet.push(g.quiet[k]));
    }
    for (const q of quiet) expect(q).toMatch(/^(No move after the split\.|One move after the split, made alike on the other line\.|\d+ moves after the split, each made alike on the other line\.)$/);
    expect(quiet.some((q) => q.includes('made alike'))).toBe(true);
  });

  it('says when two lines are the same game', () => {
    const same = compareModel(source, MAIN, MAIN);
    expect(same.partsAt).toBeNull();
    expect(same.parting).toBe('The two lines are the same game: they never part.');
    expect(same.texts.changed).toBe(0);
    expect(same.gaps).toEqual([]);
    for (const c of same.charts) expect(c.parts).toBeNull();
  });
});

describe('historyModel', () => {
  const h = historyModel(source, branch);

  it('sets the line’s days of talks beside the real events of the same period, dated and sourced', () => {
    expect(h.rows.map((r) => r.when)).toEqual([
      'Before the talks',
      ...scenario.rounds.map((r) => `${r.label} (${Number(r.date.slice(8))} Feb 2026, ${r.venue})`),
      'After the last day of talks',
    ]);
    expect(h.rows[0]!.real.map((e) => e.date)).toEqual(['2026-02-03']);
    expect(h.rows.at(-1)!.real.map((e) => e.headline)).toEqual(['Strikes, and the Strait closed']);
    const played = h.rows.filter((r) => r.line?.status === 'played');
    expect(played.length).toBeGreaterThan(0);
    for (const r of played) expect(r.lineText[0]).toMatch(new RegExp(`^${scenario.labels.pressure}: `));
    expect(h.rows.flatMap((r) => r.real).every((e) => e.reported && e.sources.length > 0)).toBe(true);
    // The scenario's own ending, not its last history entry, and shown in full beside the summary.
    expect(h.summary.at(-1)).toBe('What really happened in the end (28 Feb 2026): No agreement: the talks gave way to strikes (reported).');
    expect(h.ending.map((e) => e.headline)).toEqual(['No agreement: the talks gave way to strikes']);
  });
});
