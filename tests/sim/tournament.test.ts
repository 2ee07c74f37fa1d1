// The tournament's core: every entrant plays the same seeds; whatever a policy returns (garbage,
// moves not allowed now, a throw, a write to its view, endless moves) is counted and the game
// still reaches an outcome; the report's figures come from the games in seed order.
import { describe, expect, it } from 'vitest';
import { settingsFor, type GameEvent, type MediatorView } from '../../src/machine/index.ts';
import { OUTCOME_IDS, rngFrom, seedState } from '../../src/model/index.ts';
import { POLICIES, policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { MAX_MOVES, playEntrant, playSlice, playTournament, policyReport, slicesOf, tournamentReport, type Entrant, type GameRecord } from '../../src/sim/index.ts';
import { addGame, joinTallies, newTally } from '../../src/sim/tournament/tally.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadMini } from '../fixtures/mini.ts';
import { shipped } from '../fixtures/shipped.ts';

const muscat = shipped('muscat-2026').scenario;

const clock = () => 0;
const broker = policyByName('broker')!;
const passive = policyByName('passive')!;

/** An entrant from a function of the view (the shape a module's default export has). */
const entrant = (name: string, next: (view: MediatorView, n: number) => unknown): Entrant => ({
  name,
  create: () => {
    let n = 0;
    return { next: (view: MediatorView) => next(view, n++) };
  },
});

/** The records of an entrant's games on seeds first .. first + count - 1. */
const games = (scenario: Scenario, e: Entrant, first: number, count: number): GameRecord[] => Array.from({ length: count }, (_, i) => playEntrant(scenario, e, first + i));

/** Ends each day as soon as it can: a legal move every time. */
const dayEnder = (view: MediatorView): GameEvent => (view.phase === 'briefing' ? { type: 'BEGIN' } : view.phase === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' });

const GARBAGE: unknown[] = [undefined, null, 42, 'RECESS', [], {}, { type: 'FLY' }, { type: 'WALK' }, { type: 'RECESS', extra: 1 }, { type: 'RELAY', mode: 'shouted' }, Promise.resolve({ type: 'RECESS' })];

describe('a tournament', () => {
  it('plays every entrant on the same seeds, and each one’s outcomes add up to its games', () => {
    // Each entrant notes the seed of every game it plays (the settings are in its view).
    const seeds = new Map<string, number[]>();
    const noting = (e: Entrant): Entrant => ({
      name: e.name,
      create: (rng) => {
        const inner = e.create(rng) as { next(view: MediatorView): unknown };
        let first = true;
        return {
          next(view: MediatorView) {
            if (first) seeds.set(e.name, [...(seeds.get(e.name) ?? []), view.state.settings.seed]);
            first = false;
            return inner.next(view);
          },
        };
      },
    });
    const entrants = [passive, broker, entrant('ender', dayEnder)].map(noting);
    const range = { first: 7, count: 6 };
    const tallies = playTournament(muscat, entrants, range, clock);
    for (const name of ['passive', 'broker', 'ender']) expect(seeds.get(name)).toEqual([7, 8, 9, 10, 11, 12]);
    const report = tournamentReport({ id: muscat.id, hash: 'h' }, range, entrants.map((e) => e.name), tallies);
    expect(report.seeds).toEqual(range);
    for (const p of report.policies) {
      expect(Object.keys(p.outcomes)).toEqual([...OUTCOME_IDS]);
      expect(Object.values(p.outcomes).reduce((a, b) => a + b, 0)).toBe(6);
      expect(p.games).toBe(6);
    }
    expect(report.policies.map((p) => p.policy)).toEqual(['passive', 'broker', 'ender']);
  });

  it('plays a built-in policy’s games exactly as `shuttle sim` does', () => {
    // The same policy generator per seed: the tournament and the batch agree game for game.
    for (const policy of POLICIES) {
      const records = games(muscat, policy, 1, 4);
      expect(records.map((r) => r.outcome)).toEqual([1, 2, 3, 4].map((seed) => playGame(muscat, policy, seed).outcome));
      expect(records.every((r) => r.refused === 0 && r.malformed === 0 && !r.capped)).toBe(true);
    }
  });

  it('counts garbage as malformed and still ends every game', () => {
    const garbage = entrant('garbage', (_view, n) => GARBAGE[n % GARBAGE.length]);
    const records = games(muscat, garbage, 1, 3);
    for (const r of records) {
      expect(OUTCOME_IDS).toContain(r.outcome);
      expect(r.malformed).toBeGreaterThan(0);
      expect(r.refused).toBe(0);
      // Every answer was malformed: each turn ended the day instead.
      expect(r.malformed).toBe(r.events);
    }
  });

  it('counts well-formed moves the machine does not allow now as refused, and those not the mediator’s', () => {
    const illegal: GameEvent[] = [
      { type: 'PRESENT_DRAFT' }, // in the briefing, or with no text
      { type: 'WALK', to: 'nowhere' },
      { type: 'EDIT_DRAFT', items: { 'no-such-issue': 'x' } },
      { type: 'TEACHER_EXTEND', hours: 5 }, // the teacher's, never the mediator's
      { type: 'TEACHER_PAUSE' },
      { type: 'ANSWER', accept: true }, // a delegation's
    ];
    const records = games(muscat, entrant('illegal', (_view, n) => illegal[n % illegal.length]), 1, 3);
    for (const r of records) {
      expect(OUTCOME_IDS).toContain(r.outcome);
      expect(r.refused).toBe(r.events);
      expect(r.malformed).toBe(0);
    }
  });

  it('counts a throw as malformed, a create() that throws too', () => {
    const thrower = entrant('thrower', (view, n) => {
      if (n % 2) throw new Error('oops');
      return dayEnder(view);
    });
    const r = playEntrant(muscat, thrower, 3);
    expect(r.malformed).toBeGreaterThan(0);
    expect(r.refused).toBe(0);
    const broken: Entrant = {
      name: 'broken',
      create() {
        throw new Error('no mediator today');
      },
    };
    const b = playEntrant(muscat, broken, 3);
    expect(b.malformed).toBe(b.events);
    expect(OUTCOME_IDS).toContain(b.outcome);
  });

  it('ends a game where a policy uses up its moves: the days end until the game is over', () => {
    // Walking costs no time here: a mediator pacing between the rooms would never end the day.
    const free = loadMini((s) => void (s.rules.walkHours = 0));
    const pacer = entrant('pacer', (view) => (view.phase === 'talks' ? { type: 'WALK', to: view.state.location === 0 ? view.c.sides[1].id : view.c.sides[0].id } : dayEnder(view)));
    const r = playEntrant(free, pacer, 5);
    expect(r.capped).toBe(true);
    expect(r.events).toBeGreaterThan(MAX_MOVES);
    expect(OUTCOME_IDS).toContain(r.outcome);
  });

  it('hands a module its view frozen: a write fails in the policy and the game is untouched', () => {
    let attempts = 0;
    let failures = 0;
    const inner = passive.create(rngFrom(seedState(1)));
    const writer = entrant('writer', (view) => {
      attempts++;
      try {
        (view.state.sides[0].redLinesHeard as number[]).push(99);
      } catch {
        failures++;
      }
      try {
        (view.scenario.issues as unknown[]).length = 0;
      } catch {
        failures++;
      }
      return inner.next(view);
    });
    const written = playEntrant(loadMini(), writer, 2);
    expect(failures).toBe(2 * attempts);
    const clean = playEntrant(loadMini(), { ...passive, trusted: true }, 2);
    expect(written).toEqual(clean);
  });

  it('gives the built-in policies the same games with their view frozen (they only read it)', () => {
    for (const policy of POLICIES) {
      const frozen = games(loadMini(), { name: policy.name, create: policy.create }, 1, 2);
      const trusted = games(loadMini(), { name: policy.name, create: policy.create, trusted: true }, 1, 2);
      expect(frozen).toEqual(trusted);
    }
  });

  it('answers for a delegation a person plays, when the settings say so, as the model would', () => {
    const r = playEntrant(muscat, broker, 4, settingsFor(4, { people: [true, false] }));
    expect(OUTCOME_IDS).toContain(r.outcome);
    expect(r.refused + r.malformed).toBe(0);
  });
});

describe('the report', () => {
  const record = (seed: number, over: Partial<GameRecord>): GameRecord => ({ seed, outcome: 'suspended', refused: 0, malformed: 0, capped: false, events: 10, utilities: null, nashDistance: null, ...over });
  const tallyOf = (records: GameRecord[], seconds: number) => {
    const t = newTally();
    for (const r of records) addGame(t, r);
    t.seconds = seconds;
    return t;
  };

  it('averages the agreements’ utilities per delegation and their distance to the Nash point', () => {
    const records = [
      record(1, { outcome: 'framework', utilities: [0.6, 0.4], nashDistance: 0.1 }),
      record(2, { outcome: 'interim', utilities: [0.5, 0.5], nashDistance: null }),
      record(3, { outcome: 'strike', refused: 2, malformed: 1, capped: true }),
      record(4, {}),
    ];
    const expected = {
      policy: 'p',
      games: 4,
      outcomes: { framework: 1, interim: 1, continue: 0, suspended: 1, collapse: 0, strike: 1 },
      refused: 2,
      malformed: 1,
      capped: 1,
      meanUtility: [0.55, 0.45],
      nashDistance: 0.1,
      gamesPerSecond: 2,
    };
    expect(policyReport('p', tallyOf(records, 2))).toEqual(expected);
    // Tallies of slices joined: the same counts and means, the time summed.
    expect(policyReport('p', joinTallies([tallyOf(records.slice(0, 1), 1), tallyOf(records.slice(1), 1)]))).toEqual(expected);
    expect(policyReport('q', tallyOf([record(1, {})], 1))).toMatchObject({ meanUtility: null, nashDistance: null });
  });

  it('cuts the seeds into slices that do not depend on who plays them', () => {
    expect(slicesOf({ first: 20, count: 120 })).toEqual([
      { first: 20, count: 50 },
      { first: 70, count: 50 },
      { first: 120, count: 20 },
    ]);
    expect(slicesOf({ first: -3, count: 2 })).toEqual([{ first: -3, count: 2 }]);
  });

  it('tallies a slice from its games', () => {
    const slice = { first: 20, count: 5 };
    const tally = playSlice(muscat, broker, slice, clock);
    expect(tally).toEqual(tallyOf(games(muscat, broker, 20, 5), 0));
  });
});
