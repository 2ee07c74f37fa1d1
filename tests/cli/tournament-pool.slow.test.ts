// A tournament on worker threads gives the report of one played in a single thread, to the last
// digit, whatever the number of workers; policy modules are loaded again in each worker. (Slow:
// each worker loads the sources afresh, and the seeds are played four times over.)
import { describe, expect, it } from 'vitest';
import { playTournament, tournamentReport, type TournamentReport, type TournamentTally } from '../../src/sim/index.ts';
import { resolveEntrants } from '../../src/cli/tournament-entrants.ts';
import { playInThreads } from '../../src/cli/tournament-pool.ts';
import { shipped } from '../fixtures/shipped.ts';

const loaded = shipped('muscat-2026');

/** The report without the games per second, the one figure that differs from run to run. */
function figures(names: string[], tallies: TournamentTally[]): Omit<TournamentReport, 'policies'> & { policies: object[] } {
  const report = tournamentReport({ id: loaded.scenario.id, hash: loaded.hash }, range, names, tallies);
  return { ...report, policies: report.policies.map(({ gamesPerSecond: _, ...rest }) => rest) };
}

// More than one slice of seeds per entrant, so the slices are shared out between the workers.
const range = { first: 3, count: 60 };

describe('a tournament on several threads', () => {
  it('reports the same figures played in one thread, in a worker, or in three threads, module policies included', async () => {
    const { specs, entrants } = await resolveEntrants(['broker', 'examples/policies/courier.mjs', 'examples/policies/drafter.ts']);
    const names = specs.map((s) => s.name);
    const single = figures(names, playTournament(loaded.scenario, entrants, range, () => performance.now()));
    let reported = 0;
    // One worker playing every slice; then this thread and two workers sharing them.
    for (const [threads, playHere] of [[2, false], [3, true]] as const) {
      const tallies = await playInThreads({ scenario: loaded.scenario, specs, entrants, range, threads, playHere, onGames: (n) => (reported += n) });
      expect(figures(names, tallies)).toEqual(single);
    }
    expect(reported).toBe(2 * range.count * specs.length);
    // The examples play well-formed, allowed moves only.
    for (const p of single.policies) expect(p).toMatchObject({ refused: 0, malformed: 0, capped: 0 });
  }, 60_000);
});
