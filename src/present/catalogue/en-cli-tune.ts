// The English words of `shuttle tune` (src/cli/tune*.ts): the outcome spread, the fixed scripts
// that win, each number's effect on the strongest policy, and how to measure more precisely.
// The outcome ids stay ids (they are the --json fields a script reads); numbers keep the
// validator's names for their fields (`delegations[1].reservation.initial`), so a row can be
// found in the file.
import { fmt } from './formatters.ts';

const pct = (x: number) => `${fmt().decimal(x, 1)}%`;
const points = (x: number) => `${x > 0 ? '+' : ''}${fmt().decimal(x, 1)}`;
const seconds = (s: number) => fmt().decimal(s, 1);
const games = (n: number) => `${n} ${n === 1 ? 'game' : 'games'}`;
const count = (n: number, one: string, many: string, rest: string) => (n === 0 ? '' : `${n} ${n === 1 ? one : many}${rest}`);
const minutes = (m: number) => (m < 1.5 ? 'about a minute' : `about ${fmt().decimal(m, 0)} minutes`);
const seeds = (first: number, count: number) => `${first}..${first + count - 1}`;

export const tune = {
  title: (p: { scenario: string; hash: string; games: number; first: number; plannerGames: number }) =>
    `Tuning ${p.scenario} (hash ${p.hash}): ${games(p.games)} per policy and fixed script, seeds ${seeds(p.first, p.games)}` +
    (p.plannerGames > 0 ? `; the planner on ${seeds(p.first, p.plannerGames)} only (it plans every move by simulation, a game takes it a hundred times longer)` : '; the planner left out (--planner-games 0)'),
  spreadHead: 'Outcomes, in % of the games:',
  policy: 'policy',
  share: pct,
  onFewer: (n: number) => ` (${n})`,
  scriptsHead: 'Fixed scripts (not mediators: a good scenario is not won by them):',
  scriptsOk: (p: { strongest: string; rate: number }) =>
    `Fixed scripts that win: none. (Targets: the fixed text at most 10% frameworks, a policy repeating one act at most 5%, each at most a third of the strongest policy, ${p.strongest} at ${pct(p.rate)}.)`,
  scriptsWin: (n: number) => `FIXED SCRIPTS THAT WIN: ${n}. A mediator with no skill should not reach a framework this often:`,
  scriptWins: (p: { policy: string; rate: number; limit: number; against: 'own' | 'strongest'; strongest: string }) =>
    `  ! ${p.policy}: ${pct(p.rate)} frameworks, above ${p.against === 'own' ? pct(p.limit) : `a third of ${p.strongest}’s rate (${pct(p.limit)})`}`,
  sensitivityHead: (p: { policy: string; chosen: 'strongest' | 'given'; rate: number; games: number; first: number; base: number; only: string | null }) =>
    `Sensitivity of ${p.policy} (${p.chosen === 'strongest' ? `the strongest quick policy, ${pct(p.rate)} frameworks above` : 'as asked with --policy'}) to each number of the file${p.only === null ? '' : ` whose name starts with ${p.only}`} ×0.9 and ×1.1, on seeds ${seeds(p.first, p.games)} (${p.policy} ${pct(p.base)} there); change in points of framework rate:`,
  columns: { number: 'number', value: 'value', down: '×0.9', up: '×1.1' },
  points,
  atBound: 'bound',
  knifeMark: '  KNIFE-EDGE',
  noEffectMark: '  no effect',
  more: (p: { shown: number; rest: number; largest: number }) =>
    `(the ${p.shown} largest shown; ${p.rest} more move it by at most ${fmt().decimal(p.largest, 1)} points: --json lists every row)`,
  knifeNone: (p: { policy: string; limit: number }) => `Knife-edges: none (no number moves ${p.policy} by more than ${p.limit} points at ±10%).`,
  knifeSome: (p: { policy: string; limit: number; names: readonly string[] }) =>
    `KNIFE-EDGES: ${p.names.length} (±10% moves ${p.policy} by more than ${p.limit} points): ${fmt().list(p.names)}.`,
  noEffect: (p: { count: number; of: number; games: number; examples: readonly string[] }) =>
    p.count === 0
      ? `No effect: every number changed something on these ${games(p.games)}.`
      : `No effect on these ${games(p.games)}: ${p.count} of ${p.of} numbers changed no outcome and no agreement either way (${fmt().list(p.examples)}${p.count > p.examples.length ? ', …' : ''}); they may still matter to other policies or on other seeds.`,
  skipped: (p: { position: number; zero: number; scale: number; unmoved: number; invalid: number; unmovedNames: readonly string[] }) => {
    const parts = [
      count(p.position, 'position', 'positions', ' (rungs, the round an event follows, the format’s version)'),
      count(p.zero, 'zero', 'zeros', ''),
      count(p.scale, 'best option’s value of 1', 'best options’ values of 1', ' (the top of each issue’s scale)'),
      count(p.unmoved, 'whole number', 'whole numbers', ` that ±10% rounds back to ${p.unmoved === 1 ? 'itself' : 'themselves'}${p.unmovedNames.length ? ` (${fmt().list(p.unmovedNames)}${p.unmoved > p.unmovedNames.length ? ', …' : ''}: try ±1 by hand)` : ''}`),
      count(p.invalid, 'number', 'numbers', ' that would make the file invalid (--json says why)'),
    ].filter((x) => x !== '');
    return parts.length ? `Not moved: ${fmt().list(parts)}.` : 'Not moved: none.';
  },
  plannerStronger: (p: { planner: number; policy: string; minutes: number }) =>
    `The planner (${pct(p.planner)} on its seeds) is stronger than ${p.policy}; to measure its sensitivity: --policy planner (${minutes(p.minutes)} here).`,
  precise: (p: { games: number; sensitivity: number; minutes: number }) =>
    `More precise: --games ${p.games} (the planner and the sensitivity on ${p.sensitivity} seeds), ${minutes(p.minutes)} here; one game is one seed, and each policy plays the same seeds.`,
  total: (p: { games: number; seconds: number; threads: number }) => `${p.games} games in ${seconds(p.seconds)} s on ${p.threads} ${p.threads === 1 ? 'thread' : 'threads'}.`,
};
