// The balance of every shipped scenario, measured against the targets of "Delegations that
// negotiate": the tournament of every policy and fixed script, what information is worth, the
// ablation of the planner's acts, the sensitivity to each number, how war comes, and the split
// by hidden draws, each difference with how sure it is (seed by seed). Written to docs/balance.md
// by `npm run bench`; figures, never tuned by feel.
import { OUTCOME_IDS, type OutcomeId } from '../../src/model/types.ts';
import { POLICIES, SCRIPTS } from '../../src/sim/policies/index.ts';
import { loadForJob, type GameRow, type JobSpec } from './job.ts';
import { runJobs, sliced } from './pool.ts';
import { mayPassLimit, pairedDifference, ratioInterval, withinNoise, type Paired } from './stats.ts';

export interface BalanceOptions {
  /** Seeds per policy in the tournament (the targets ask for 2,000). */
  games: number;
  /** Seeds for the planner in the tournament (about a second a game: fewer on a small machine). */
  plannerGames: number;
  /** Seeds per variant in the ablation table, the information test and the sensitivity table. */
  ablationGames: number;
  infoGames: number;
  sensitivityGames: number;
  /**
   * Seeds on which a sensitivity change is measured again when its interval on the first seeds
   * reaches past the 20-point limit: too few seeds cannot tell a move of 15 points from one of 22.
   */
  confirmGames: number;
  threads?: number;
}

export const FULL: BalanceOptions = { games: 2000, plannerGames: 2000, ablationGames: 300, infoGames: 500, sensitivityGames: 100, confirmGames: 400 };
/** What a two-core machine measures in under an hour: the tournament in full, the ablation and sensitivity on fewer seeds. */
export const STANDARD: BalanceOptions = { games: 2000, plannerGames: 2000, ablationGames: 300, infoGames: 500, sensitivityGames: 60, confirmGames: 400 };
export const QUICK: BalanceOptions = { games: 100, plannerGames: 100, ablationGames: 40, infoGames: 60, sensitivityGames: 30, confirmGames: 60 };

/** The robustness target: ±10% on one number moves the planner by at most this much (framework rate). */
const SENSITIVITY_LIMIT = 0.2;

/** The planner's acts, each removed in turn (the ablation table). */
export const ABLATED = ['LISTEN', 'EDIT_DRAFT', 'PRESENT_DRAFT', 'ASK_CONCESSION', 'PROPOSE_TRADE', 'PROPOSE_AGENDA', 'PAINT_STALEMATE', 'OFFER_GUARANTEE', 'RELAY:softened', 'RELAY:sharpened', 'RELAY:withheld'];

const GRADIENT = ['planner', 'broker', 'formulator', 'random', 'passive'];

interface Tally {
  games: number;
  outcomes: Record<OutcomeId, number>;
  joint: number;
  agreements: number;
  nash: number;
}

function tally(rows: readonly GameRow[]): Tally {
  const outcomes = Object.fromEntries(OUTCOME_IDS.map((id) => [id, 0])) as Record<OutcomeId, number>;
  let joint = 0;
  let nash = 0;
  let agreements = 0;
  for (const r of rows) {
    outcomes[r.outcome]++;
    if (r.utilities) {
      agreements++;
      joint += r.utilities.reduce((sum, u) => sum + u, 0);
      nash += r.nashDistance ?? 0;
    }
  }
  return { games: rows.length, outcomes, joint: agreements ? joint / agreements : 0, agreements, nash: agreements ? nash / agreements : 0 };
}

const rate = (t: Tally, id: OutcomeId = 'framework') => t.outcomes[id] / Math.max(1, t.games);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const pts = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}`;
/** A paired difference in points with its 95% half-width: "+23.7 ± 2.5". */
const band = (d: Paired) => `${pts(d.mean)} ± ${(100 * d.half95).toFixed(1)}`;

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** The numbers the sensitivity table moves by ±10%: each side's, and the negotiation's. */
export function sensitivityPaths(file: string): string[] {
  const scenario = loadForJob({ file });
  const paths: string[] = [];
  scenario.delegations.forEach((d, s) => {
    const top = Object.entries(d.weights).reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    for (const p of ['reservation.initial', 'concession.exponent', 'hardliners.initial', 'hardliners.ratificationScale', 'patience.initial', 'trust.credibility', 'ripeness.hurt', `weights.${top}`]) paths.push(`delegations.${s}.${p}`);
  });
  for (const p of ['timeSlack', 'engagement', 'allowance', 'ripeAllowance', 'reciprocity', 'ripenessThreshold', 'ratificationNoise']) paths.push(`rules.negotiation.${p}`);
  return paths;
}

export interface ScenarioBalance {
  id: string;
  markdown: string;
  checks: Check[];
}

export async function scenarioBalance(file: string, o: BalanceOptions): Promise<ScenarioBalance> {
  const id = loadForJob({ file }).id;
  const threads = o.threads;
  const label = (what: string) => `${id}: ${what}`;

  // The tournament: every policy and every fixed script on the same seeds.
  const entrants = [...POLICIES.map((p) => p.name), ...SCRIPTS.map((p) => p.name)];
  const tJobs = entrants.flatMap((policy) => sliced({ file, policy }, 1, policy === 'planner' ? o.plannerGames : o.games));
  const tRows = await runJobs(label('tournament'), tJobs, threads);
  const rowsOf = (policy: string) => tJobs.flatMap((j, i) => (j.policy === policy ? tRows[i]! : []));
  const tallies = new Map(entrants.map((p) => [p, tally(rowsOf(p))]));
  const T = (p: string) => tallies.get(p)!;
  const plannerRows = rowsOf('planner');

  // Information: the planner reading the truth against the planner reading its notebook.
  const iJobs = sliced({ file, policy: 'planner', planner: { truth: true } }, 1, o.infoGames);
  const truthRows = (await runJobs(label('information'), iJobs, threads)).flat();
  const beliefRows = plannerRows.slice(0, o.infoGames);

  // Ablation: the planner without each act in turn.
  const aJobs = ABLATED.flatMap((act) => sliced({ file, policy: 'planner', planner: { without: [act] } }, 1, o.ablationGames));
  const aRows = await runJobs(label('ablation'), aJobs, threads);
  const ablatedRows = (act: string) => aJobs.flatMap((j, i) => (j.planner?.without?.[0] === act ? aRows[i]! : []));
  const ablated = (act: string) => tally(ablatedRows(act));
  const ablationBase = plannerRows.slice(0, o.ablationGames);
  const baseAblation = tally(ablationBase);

  // Sensitivity: ±10% on each number, on the same seeds as the planner's first games.
  const paths = sensitivityPaths(file);
  const sJobs: JobSpec[] = paths.flatMap((path) => [0.9, 1.1].flatMap((factor) => sliced({ file, policy: 'planner', patch: { path, factor } }, 1, o.sensitivityGames)));
  const sRows = await runJobs(label('sensitivity'), sJobs, threads);
  const movedRows = (path: string, factor: number) => sJobs.flatMap((j, i) => (j.patch?.path === path && j.patch.factor === factor ? sRows[i]! : []));
  const moved = (path: string, factor: number) => tally(movedRows(path, factor));
  const sensitivityBase = plannerRows.slice(0, o.sensitivityGames);
  const baseSensitivity = rate(tally(sensitivityBase));
  const fwOf = (r: GameRow) => (r.outcome === 'framework' ? 1 : 0);

  // A change whose interval on the first seeds reaches past the limit is played on more seeds
  // (the same seeds as the planner's own first games), and judged by that larger sample.
  const changeKey = (path: string, factor: number) => `${path}@${factor}`;
  const changes = paths.flatMap((path) => [0.9, 1.1].map((factor) => ({ path, factor, screen: pairedDifference(sensitivityBase, movedRows(path, factor), fwOf) })));
  const doubtful = o.confirmGames > o.sensitivityGames ? changes.filter((x) => mayPassLimit(x.screen, SENSITIVITY_LIMIT)) : [];
  const cJobs: JobSpec[] = doubtful.flatMap(({ path, factor }) => sliced({ file, policy: 'planner', patch: { path, factor } }, o.sensitivityGames + 1, o.confirmGames - o.sensitivityGames));
  const cRows = cJobs.length ? await runJobs(label('sensitivity, confirmed'), cJobs, threads) : [];
  const confirmBase = plannerRows.slice(0, o.confirmGames);
  const confirmed = new Map(
    doubtful.map(({ path, factor }) => {
      const more = cJobs.flatMap((j, i) => (j.patch?.path === path && j.patch.factor === factor ? cRows[i]! : []));
      return [changeKey(path, factor), pairedDifference(confirmBase, [...movedRows(path, factor), ...more], fwOf)];
    }),
  );
  /** A change's move: on the confirming seeds when it was measured again there. */
  const moveOf = (path: string, factor: number) => confirmed.get(changeKey(path, factor))?.mean ?? rate(moved(path, factor)) - baseSensitivity;

  const lines: string[] = [];
  const out = (s = '') => lines.push(s);
  out(`## ${id}`);
  out();
  out(`### Tournament (${o.games} seeds per policy, seeds 1..${o.games}${o.plannerGames !== o.games ? `; the planner on seeds 1..${o.plannerGames}` : ''})`);
  out();
  out(`| policy | ${OUTCOME_IDS.join(' | ')} | joint utility of agreements | to Nash |`);
  out(`|---|${OUTCOME_IDS.map(() => '---:').join('|')}|---:|---:|`);
  for (const p of entrants) {
    const t = T(p);
    out(`| ${p} | ${OUTCOME_IDS.map((x) => pct(rate(t, x))).join(' | ')} | ${t.agreements ? t.joint.toFixed(3) : '-'} | ${t.agreements ? t.nash.toFixed(3) : '-'} |`);
  }
  out();
  // The gradient's steps, seed by seed: how sure each step is.
  const steps = GRADIENT.slice(1).map((p, i) => ({ upper: GRADIENT[i]!, lower: p, d: pairedDifference(rowsOf(p), rowsOf(GRADIENT[i]!), fwOf) }));
  out(`Along the skill gradient, seed by seed (points of framework rate, with the 95% interval): ${steps.map((x) => `${x.upper} − ${x.lower} ${band(x.d)}`).join('; ')}.`);
  out();

  const checks: Check[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  const fw = (p: string) => rate(T(p));
  const gradientOk = GRADIENT.every((p, i) => i === 0 || fw(GRADIENT[i - 1]!) > fw(p));
  check('skill gradient: planner > broker > formulator > random > passive (framework)', gradientOk, GRADIENT.map((p) => `${p} ${pct(fw(p))}`).join(', '));
  check('the planner reaches a framework in 35–70% of seeds', fw('planner') >= 0.35 && fw('planner') <= 0.7, pct(fw('planner')));
  const strongest = Math.max(...POLICIES.map((p) => fw(p.name)));
  check('the fixed text reaches a framework in at most 10% of seeds and a third of the strongest policy', fw('script') <= 0.1 && fw('script') <= strongest / 3, `script ${pct(fw('script'))}, strongest ${pct(strongest)}`);
  const repeats = SCRIPTS.filter((p) => p.name.startsWith('repeat:'));
  const worstRepeat = repeats.reduce((a, b) => (fw(b.name) > fw(a.name) ? b : a));
  check('a policy repeating one act reaches a framework in at most 5%', fw(worstRepeat.name) <= 0.05, `best of them: ${worstRepeat.name} ${pct(fw(worstRepeat.name))}`);
  const truthFw = rate(tally(truthRows));
  const beliefFw = rate(tally(beliefRows));
  const ratio = truthFw / Math.max(1e-9, beliefFw);
  const info = ratioInterval(beliefRows, truthRows, (r) => r.outcome === 'framework');
  const infoBand = `95% interval ${info.low.toFixed(2)}–${info.high.toFixed(2)}×`;
  check('information pays: the planner reading the truth beats itself reading its notebook by 1.3×', ratio >= 1.3, `${pct(truthFw)} against ${pct(beliefFw)} over ${o.infoGames} seeds: ${ratio.toFixed(2)}×, ${infoBand}`);
  const err = (rows: readonly GameRow[], k: 0 | 1) => rows.reduce((a, r) => a + r.beliefError[k], 0) / Math.max(1, rows.length);
  const deaf = ablatedRows('LISTEN');
  const heard = ablationBase;
  // Measurably: seed by seed, the notebook's error at the end is lower with listening beyond chance.
  const listened = pairedDifference(deaf, heard, (r) => r.beliefError[1]);
  const lowered = listened.mean < 0 && !withinNoise(listened);
  check('listening improves the beliefs', lowered && err(heard, 1) < err(heard, 0), `mean error of the notebook's expected weights against the truth: ${err(heard, 0).toFixed(4)} before anything is heard; at the end ${err(heard, 1).toFixed(4)} for the planner, ${err(deaf, 1).toFixed(4)} for the planner that never listens (seed by seed, listening changes it by ${listened.mean.toFixed(4)} ± ${listened.half95.toFixed(4)})`);
  const hurts = ABLATED.filter((act) => rate(ablated(act)) < rate(baseAblation) || ablated(act).joint < baseAblation.joint);
  const removal = new Map(ABLATED.map((act) => [act, pairedDifference(ablationBase, ablatedRows(act), fwOf)]));
  const noisy = ABLATED.filter((act) => withinNoise(removal.get(act)!));
  check('every act matters: removing any one lowers the framework rate or the joint utility', hurts.length === ABLATED.length, `${hurts.length} of ${ABLATED.length}${hurts.length < ABLATED.length ? `; not: ${ABLATED.filter((a) => !hurts.includes(a)).join(', ')}` : ''}. On ${o.ablationGames} seeds, the framework change is within its 95% interval of zero for ${noisy.length ? noisy.join(', ') : 'none'}`);
  const softened = plannerRows.filter((r) => (r.relays.softened ?? 0) > 0).length;
  const withheld = plannerRows.filter((r) => (r.relays.withheld ?? 0) > 0).length;
  check('softening and withholding are each the planner’s choice in some games', softened > 0 && withheld > 0, `softened in ${softened} games, withheld in ${withheld} of ${plannerRows.length}`);
  const swings = paths.map((path) => ({ path, down: rate(moved(path, 0.9)) - baseSensitivity, up: rate(moved(path, 1.1)) - baseSensitivity }));
  const judged = paths.map((path) => ({ path, down: moveOf(path, 0.9), up: moveOf(path, 1.1) }));
  const worst = judged.reduce((a, b) => (Math.max(Math.abs(b.down), Math.abs(b.up)) > Math.max(Math.abs(a.down), Math.abs(a.up)) ? b : a));
  const worstMove = Math.max(Math.abs(worst.down), Math.abs(worst.up));
  const worstSeeds = [0.9, 1.1].some((f) => confirmed.has(changeKey(worst.path, f))) ? `; on ${o.confirmGames} seeds where measured again` : '';
  const again = doubtful.length ? `; ${doubtful.length} ${doubtful.length === 1 ? 'change' : 'changes'} whose interval on ${o.sensitivityGames} seeds reached past 20 points measured again on ${o.confirmGames}` : '';
  check('robust: ±10% on any one number moves the planner by at most 20 points', worstMove <= SENSITIVITY_LIMIT, `largest: ${worst.path} (${pts(worst.down)} / ${pts(worst.up)} points${worstSeeds})${again}`);
  const split = drawSplit(plannerRows);
  check('no single hidden draw splits the games into always and never', !split.some((x) => x.min <= 0.05 && x.max >= 0.95), split.map((x) => `${x.name}: ${pct(x.min)}–${pct(x.max)} by tenths`).join('; '));
  const all = entrants.flatMap((p) => rowsOf(p));
  const weather = all.filter((r) => r.weatherStrike).length;
  const worstWeather = Math.max(...entrants.map((p) => rowsOf(p).filter((r) => r.weatherStrike).length / Math.max(1, rowsOf(p).length)));
  const deadline = all.filter((r) => r.deadlineStrike).length;
  check('war is a consequence: the top rung without a coercive move in at most 2% of games', worstWeather <= 0.02, `${weather} of ${all.length} games over every policy; at most ${pct(worstWeather)} for one policy. Besides, ${deadline} games ended in strikes chosen at the deadline with no coercive move before`);

  out('### Targets');
  out();
  for (const c of checks) out(`- ${c.ok ? 'met' : '**NOT met**'}: ${c.name} (${c.detail})`);
  out();
  out(`### Information (${o.infoGames} seeds)`);
  out();
  out('| planner | framework | interim | joint utility of agreements |');
  out('|---|---:|---:|---:|');
  for (const [name, rows] of [['reading its notebook', beliefRows], ['reading the truth', truthRows]] as const) {
    const t = tally(rows);
    out(`| ${name} | ${pct(rate(t))} | ${pct(rate(t, 'interim'))} | ${t.joint.toFixed(3)} |`);
  }
  out();
  out(`The ratio ${ratio.toFixed(2)}×, ${infoBand} (the seeds resampled, 2,000 times).`);
  out();
  out(`### Ablation (${o.ablationGames} seeds; the planner without one act)`);
  out();
  out('| without | framework | change | 95% interval | joint utility | change |');
  out('|---|---:|---:|---:|---:|---:|');
  out(`| (nothing) | ${pct(rate(baseAblation))} | | | ${baseAblation.joint.toFixed(3)} | |`);
  for (const act of ABLATED) {
    const t = ablated(act);
    const d = removal.get(act)!;
    out(`| ${act} | ${pct(rate(t))} | ${pts(rate(t) - rate(baseAblation))} | ±${(100 * d.half95).toFixed(1)} | ${t.joint.toFixed(3)} | ${(t.joint - baseAblation.joint).toFixed(3)} |`);
  }
  out();
  out('The interval is seed by seed (the same seeds with and without the act); a change inside it could be chance. The joint utility is over each variant\'s own agreements, so it has no paired interval.');
  out();
  out(`### Sensitivity (${o.sensitivityGames} seeds per change; the planner at ${pct(baseSensitivity)} on them)`);
  out();
  out('| number | −10% | +10% |');
  out('|---|---:|---:|');
  for (const s of swings) out(`| \`${s.path}\` | ${pts(s.down)} | ${pts(s.up)} |`);
  out();
  const halves = changes.map((x) => x.screen.half95).filter(Number.isFinite).sort((a, b) => a - b);
  if (halves.length) out(`On ${o.sensitivityGames} seeds a change's 95% interval (seed by seed) is ±${(100 * halves[halves.length >> 1]!).toFixed(1)} points for the median change, up to ±${(100 * halves[halves.length - 1]!).toFixed(1)}: smaller moves than that could be chance.`);
  out();
  if (doubtful.length) {
    out(`Measured again on ${o.confirmGames} seeds (seeds 1..${o.confirmGames}), each change whose interval on ${o.sensitivityGames} seeds reached past 20 points; the target is judged by these:`);
    out();
    out(`| number | change | on ${o.sensitivityGames} seeds | on ${o.confirmGames} seeds | 95% interval |`);
    out('|---|---:|---:|---:|---:|');
    for (const { path, factor, screen } of doubtful) {
      const c = confirmed.get(changeKey(path, factor))!;
      out(`| \`${path}\` | ${factor < 1 ? '−10%' : '+10%'} | ${pts(screen.mean)} | ${pts(c.mean)} | ±${(100 * c.half95).toFixed(1)} |`);
    }
    out();
  }
  out('### The hidden draws (the planner, framework rate by tenths of each drawn fallback)');
  out();
  for (const x of split) out(`- ${x.name}: ${x.tenths.map(pct).join(', ')}`);
  out();
  return { id, markdown: lines.join('\n'), checks };
}

function drawSplit(rows: readonly GameRow[]): { name: string; tenths: number[]; min: number; max: number }[] {
  const sides = rows[0]?.reservations.length ?? 2;
  return Array.from({ length: sides }, (_, s) => {
    const sorted = [...rows].sort((a, b) => a.reservations[s]! - b.reservations[s]!);
    const tenths: number[] = [];
    for (let k = 0; k < 10; k++) {
      const part = sorted.slice(Math.floor((k * sorted.length) / 10), Math.floor(((k + 1) * sorted.length) / 10));
      tenths.push(part.filter((r) => r.outcome === 'framework').length / Math.max(1, part.length));
    }
    return { name: `side ${s + 1}'s fallback`, tenths, min: Math.min(...tenths), max: Math.max(...tenths) };
  });
}
