// A line set beside the scenario's history: rounds matched by date, the real events placed
// against the days of talks, the outcome against how the real talks ended (in the present
// layer's words: historySummary).
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/machine/game.ts';
import { statesAlong } from '../../src/replay/compare.ts';
import { historyBeside, periodOf } from '../../src/replay/history.ts';
import { compile } from '../../src/model/compile.ts';
import { historySummary } from '../../src/present/replays/history-words.ts';
import { reasonText } from '../../src/present/words/said.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { shipped } from '../fixtures/shipped.ts';

function load(id: string): Scenario {
  return shipped(id).scenario;
}
const muscat = load('muscat-2026');
const campDavid = load('camp-david-1978');

function line(scenario: Scenario, policy: string, seed: number, overrides = {}) {
  const settings = settingsFor(seed, overrides);
  const events = playGame(scenario, policyByName(policy)!, seed, settings).events;
  return { settings, events, states: statesAlong(scenario, settings, events) };
}

describe('periodOf', () => {
  it('places dates before the talks, within a day of talks (until the next) and after the last day', () => {
    expect(periodOf(muscat, '2026-02-03')).toEqual({ kind: 'before' });
    expect(periodOf(muscat, '2026-02-06')).toEqual({ kind: 'round', round: 1, sameDay: true });
    expect(periodOf(muscat, '2026-02-09')).toEqual({ kind: 'round', round: 1, sameDay: false });
    expect(periodOf(muscat, '2026-02-22')).toEqual({ kind: 'round', round: 3, sameDay: false });
    expect(periodOf(muscat, '2026-02-26')).toEqual({ kind: 'round', round: 4, sameDay: true });
    expect(periodOf(muscat, '2026-02-28')).toEqual({ kind: 'after' });
  });
});

describe('historyBeside (Muscat, February 2026)', () => {
  const { settings, events, states } = line(muscat, 'passive', 7);
  const h = historyBeside(muscat, settings, states);

  it('gives one row per scheduled day of talks, dated by the scenario, with the meters at its start and end', () => {
    expect(h.rounds.map((r) => r.date)).toEqual(['2026-02-06', '2026-02-10', '2026-02-17', '2026-02-26']);
    expect(h.rounds.every((r) => r.status === 'played')).toBe(true);
    for (let i = 1; i < h.rounds.length; i++) expect(h.rounds[i]!.pressure[0]).toBe(h.rounds[i - 1]!.pressure[1]);
    const final = states[states.length - 1]!;
    expect(h.rounds[3]!.pressure[1]).toBe(final.pressure);
    expect(h.rounds[3]!.outcome).toEqual(final.outcome);
    expect(h.end).toMatchObject({ round: 4, date: '2026-02-26', events: events.length });
    // The game's news of each day: the scripted events of February are in the right rounds.
    for (const r of h.rounds) for (const n of r.news) expect(n.round).toBe(r.round - 1);
    expect(h.rounds.flatMap((r) => r.news).some((n) => n.kind === 'scripted' && n.reported)).toBe(true);
  });

  it('matches the dated history with the days of talks, reported entries marked, sources resolved', () => {
    expect(h.real.map((e) => [e.date, e.period.kind === 'round' ? e.period.round : e.period.kind])).toEqual([
      ['2026-02-03', 'before'],
      ['2026-02-17', 3],
      ['2026-02-22', 3],
      ['2026-02-26', 4],
      ['2026-02-28', 'after'],
    ]);
    expect(h.real.every((e) => e.reported)).toBe(true);
    const strikes = h.real[4]!;
    expect(strikes.afterLine).toBe(true);
    expect(strikes.sources.map((s) => s.id)).toEqual(['strikes-begin', 'hormuz-closed']);
    for (const s of h.real.flatMap((e) => e.sources)) expect(s.url).toMatch(/^https?:\/\//);
  });

  it('says what the line came to against what really happened, reported claims marked', () => {
    expect(h.atLineEnd.map((e) => e.date)).toEqual(['2026-02-26']);
    // The scenario says how the talks ended (its `ending`), sourced like a history entry.
    expect(h.inTheEnd.map((e) => e.headline)).toEqual(['No agreement: the talks gave way to strikes']);
    expect(h.inTheEnd[0]!.sources.map((s) => s.id)).toEqual(['significant-progress', 'strikes-begin', 'hormuz-closed']);
    const summary = historySummary(compile(muscat), h);
    // The outcome's reason in words (the structured reason once printed as "[object Object]").
    expect(summary[0]).toBe(`This line: ${muscat.labels.outcomes[h.end.outcome!.id]}, in round 4 (26 Feb 2026). ${reasonText(compile(muscat), h.end.outcome!.reason)}`);
    expect(summary).toContain('That day, in reality: Geneva: Oman reports "significant progress" (reported).');
    expect(summary).toContain('What really happened in the end (28 Feb 2026): No agreement: the talks gave way to strikes (reported).');
  });

  it('marks the days a line never reached: talks over, or not in a shorter game', () => {
    const short = line(muscat, 'passive', 7, { rounds: 2 });
    const hs = historyBeside(muscat, short.settings, short.states);
    expect(hs.rounds.map((r) => r.status)).toEqual(['played', 'played', 'unscheduled', 'unscheduled']);
    expect(hs.end.round).toBe(2);
    // The history of 17 February onwards comes after this line's end.
    expect(hs.real.filter((e) => e.afterLine).map((e) => e.date)).toEqual(['2026-02-17', '2026-02-22', '2026-02-26', '2026-02-28']);
    expect(hs.atLineEnd.map((e) => e.date)).toEqual(['2026-02-17']);
    expect(historySummary(compile(muscat), hs)[1]).toBe('Next, on 17 Feb 2026, in reality: Geneva: Araghchi speaks of "guiding principles" (reported).');

    // A line cut off during the second day (a game still in progress): the rest of the days are
    // not reached, not over.
    const cut = states.findIndex((s) => s.round === 1) + 2;
    const hc = historyBeside(muscat, settings, states.slice(0, cut));
    expect(hc.rounds.map((r) => r.status)).toEqual(['played', 'played', 'unreached', 'unreached']);
    expect(hc.end.outcome).toBeNull();
    expect(historySummary(compile(muscat), hc)[0]).toBe(`This line stops unfinished in round 2 (10 Feb 2026), after ${cut - 1} events.`);
  });
});

describe('historyBeside (Camp David, September 1978)', () => {
  const { settings, states } = line(campDavid, 'broker', 7);
  const h = historyBeside(campDavid, settings, states);

  it('puts the signing on the last day of talks and the rest after it', () => {
    expect(h.rounds).toHaveLength(campDavid.rounds.length);
    const signed = h.real.filter((e) => e.date === '1978-09-17');
    expect(signed.map((e) => e.period)).toEqual([
      { kind: 'round', round: 6, sameDay: true },
      { kind: 'round', round: 6, sameDay: true },
    ]);
    expect(h.real.filter((e) => e.period.kind === 'after').map((e) => e.date)).toEqual(['1978-09-28', '1978-10-27', '1979-03-26', '1981-10-06', '1982-04-25']);
    // Not everything in this history is a report: the signing is on the record.
    expect(signed.map((e) => e.reported)).toEqual([false, true]);
  });

  it('sets the line beside the signing day and the end of the story', () => {
    expect(h.atLineEnd.map((e) => e.headline)).toEqual(['Two frameworks signed at the White House', 'A freeze remembered two ways']);
    const summary = historySummary(compile(campDavid), h);
    expect(summary[1]).toBe('That day, in reality: Two frameworks signed at the White House; A freeze remembered two ways (reported).');
    // How the summit ended (the file's ending), not Sinai's return four years on (its last history entry).
    expect(summary[2]).toBe('What really happened in the end (17 Sept 1978): The Camp David Accords are signed.');
  });

  it('falls back to the last dated history entries when the file gives no ending', () => {
    const { ending: _ending, ...without } = campDavid;
    const hw = historyBeside(without, settings, states);
    expect(hw.inTheEnd.map((e) => e.headline)).toEqual(['Sinai returned; the rest unresolved']);
    const summary = historySummary(compile(without), hw);
    expect(summary[1]).toBe('That day, in reality: Two frameworks signed at the White House; A freeze remembered two ways (reported).');
    expect(summary[2]).toBe('What really happened in the end (25 Apr 1982): Sinai returned; the rest unresolved.');
  });

  it('is the same for the same line (pure)', () => {
    expect(historyBeside(campDavid, settings, states)).toEqual(h);
  });
});
