// What `shuttle tune` flags, on made-up tallies: fixed scripts above their targets, knife-edges
// past 20 points, numbers with no effect, and the order of the sensitivity rows.
import { describe, expect, it } from 'vitest';
import { scriptsThatWin, sensitivityRows, spreadRow, strongestOf } from '../../src/cli/tune-analysis.ts';
import type { TunableNumber } from '../../src/scenario/index.ts';
import { newTally, type TournamentTally } from '../../src/sim/tournament/index.ts';

function tally(framework: number, games = 100, utility = 0): TournamentTally {
  const t = newTally();
  t.games = games;
  t.outcomes.framework = framework;
  t.outcomes.strike = games - framework;
  t.utilitySum = [utility, utility];
  return t;
}

const number = (name: string, value: number): TunableNumber => ({
  path: name.split('.'),
  name,
  value,
  variants: [
    { factor: 0.9, value: value * 0.9, changes: [] },
    { factor: 1.1, value: value * 1.1, changes: [] },
  ],
});

describe('the fixed scripts that win', () => {
  const rows = [spreadRow('broker', 'policy', tally(45)), spreadRow('script', 'script', tally(10)), spreadRow('repeat:listen', 'script', tally(6)), spreadRow('repeat:relay', 'script', tally(5))];

  it('flags the fixed text over 10% and a repeated act over 5%, never a mediator', () => {
    expect(strongestOf(rows.filter((r) => r.kind === 'policy'))?.policy).toBe('broker');
    expect(scriptsThatWin(rows, 45)).toEqual([{ policy: 'repeat:listen', framework: 6, limit: 5, against: 'own' }]);
  });

  it('flags a script over a third of the strongest policy, even under its own limit', () => {
    expect(scriptsThatWin(rows, 24).map((f) => [f.policy, f.against, f.limit])).toEqual([
      ['script', 'strongest', 8],
      ['repeat:listen', 'own', 5],
    ]);
  });
});

describe('the sensitivity rows', () => {
  const base = tally(40, 40, 10);
  const numbers = [number('a', 1), number('b', 2), number('c', 3)];
  const variants: [TournamentTally, TournamentTally][] = [
    [tally(38, 40, 9), tally(40, 40, 10)],
    [tally(25, 40), tally(40, 40, 10)],
    [tally(40, 40, 10), tally(40, 40, 10)],
  ];
  const rows = sensitivityRows(numbers, base, variants);

  it('puts the largest change first, in points of framework rate', () => {
    expect(rows.map((r) => r.number)).toEqual(['b', 'a', 'c']);
    expect(rows[0]).toMatchObject({ effect: 37.5, knifeEdge: true, noEffect: false, down: { framework: 62.5, change: -37.5 }, up: { change: 0 } });
  });

  it('tells a small change from no effect at all', () => {
    expect(rows[1]).toMatchObject({ effect: 5, knifeEdge: false, noEffect: false });
    expect(rows[2]).toMatchObject({ effect: 0, noEffect: true });
  });
});
