// The what-if results as page elements: the outcome distribution with bars, numbers and
// percentages, the same per policy, and the moves that shift it most. Text only (el()).
import { OUTCOME_IDS, type OutcomeId } from '../../model/index.ts';
import type { GameEvent } from '../../machine/index.ts';
import type { Decision, Distribution, WhatIf, WhatIfPlan } from '../../sim/index.ts';
import { el, type Child } from '../dom/el.ts';

export type OutcomeNames = Record<OutcomeId, string>;

const count = (n: number) => n.toLocaleString('en');
const SHOWN_DECISIONS = 8;

export function seconds(ms: number): string {
  const s = ms / 1000;
  return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
const percent = (n: number, of: number) => `${(100 * share(n, of)).toFixed(1)}%`;

function bar(fraction: number, id: OutcomeId): HTMLElement {
  const fill = el('span', { class: `whatif-bar-fill outcome-${id}` });
  fill.style.width = `${Math.max(0, Math.min(100, fraction * 100))}%`;
  return el('span', { class: 'whatif-bar', attrs: { 'aria-hidden': 'true' } }, fill);
}

function distributionTable(names: OutcomeNames, d: Distribution, caption: string): HTMLElement {
  return el(
    'table',
    { class: 'data-table whatif-dist', attrs: { 'data-whatif': 'distribution' } },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, el('th', { text: 'Outcome', attrs: { scope: 'col' } }), el('th', { text: 'Continuations', attrs: { scope: 'col' } }), el('th', { text: 'Share', attrs: { scope: 'col' } }))),
    el(
      'tbody',
      {},
      ...OUTCOME_IDS.map((id) =>
        el(
          'tr',
          { attrs: { 'data-outcome': id } },
          el('th', { text: names[id], attrs: { scope: 'row' } }),
          el('td', { class: 'num', text: count(d.outcomes[id]), attrs: { 'data-count': d.outcomes[id] } }),
          el('td', { class: 'whatif-share' }, bar(share(d.outcomes[id], d.runs), id), el('span', { class: 'num', text: percent(d.outcomes[id], d.runs) })),
        ),
      ),
    ),
    el('tfoot', {}, el('tr', {}, el('th', { text: 'In all', attrs: { scope: 'row' } }), el('td', { class: 'num', text: count(d.runs), attrs: { 'data-total': d.runs } }), el('td', { text: `score ${d.score.toFixed(2)}` }))),
  );
}

function policyTable(names: OutcomeNames, rows: WhatIf['perPolicy']): HTMLElement {
  return el(
    'table',
    { class: 'data-table whatif-policies', attrs: { 'data-whatif': 'per-policy' } },
    el('caption', { text: 'By the policy that played on (share of its continuations)' }),
    el('thead', {}, el('tr', {}, el('th', { text: 'Policy', attrs: { scope: 'col' } }), ...OUTCOME_IDS.map((id) => el('th', { text: names[id], attrs: { scope: 'col' } })), el('th', { text: 'Score', attrs: { scope: 'col' } }))),
    el(
      'tbody',
      {},
      ...rows.map(({ policy, distribution: d }) =>
        el(
          'tr',
          { attrs: { 'data-policy': policy } },
          el('th', { text: `${policy} (${count(d.runs)})`, attrs: { scope: 'row' } }),
          ...OUTCOME_IDS.map((id) => el('td', { class: 'num', text: d.runs ? percent(d.outcomes[id], d.runs) : '–' })),
          el('td', { class: 'num', text: d.runs ? d.score.toFixed(2) : '–' }),
        ),
      ),
    ),
  );
}

/** The outcome whose share moves most between two distributions. */
function biggestChange(before: Distribution, after: Distribution): { id: OutcomeId; from: number; to: number } {
  let best: { id: OutcomeId; from: number; to: number } = { id: OUTCOME_IDS[0]!, from: 0, to: 0 };
  for (const id of OUTCOME_IDS) {
    const from = share(before.outcomes[id], before.runs);
    const to = share(after.outcomes[id], after.runs);
    if (Math.abs(to - from) > Math.abs(best.to - best.from)) best = { id, from, to };
  }
  return best;
}

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(2)}`;

function decisionItem(names: OutcomeNames, baseline: Distribution, d: Decision, words: string): HTMLElement {
  const change = biggestChange(baseline, d.distribution);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const detail =
    change.from === change.to
      ? `the same outcomes (${count(d.distribution.runs)} continuations)`
      : `${names[change.id]} ${pct(change.from)} → ${pct(change.to)} (${count(d.distribution.runs)} continuations)`;
  return el(
    'li',
    { class: `whatif-decision ${d.shift > 0 ? 'better' : d.shift < 0 ? 'worse' : ''}`, attrs: { 'data-shift': d.shift } },
    el('span', { class: 'whatif-move', text: words }),
    ' ',
    el('span', { class: 'whatif-shift num', text: `score ${signed(d.shift)}` }),
    el('span', { class: 'whatif-detail', text: `: ${detail}` }),
  );
}

/** One sentence for the live region. */
export function resultSentence(names: OutcomeNames, w: WhatIf): string {
  const d = w.baseline;
  const ranked = OUTCOME_IDS.filter((id) => d.outcomes[id] > 0).sort((a, b) => d.outcomes[b] - d.outcomes[a]);
  const parts = ranked.slice(0, 3).map((id) => `${names[id]} ${percent(d.outcomes[id], d.runs)}`);
  const head = w.cancelled ? `What-if cancelled: a partial result of ${count(d.runs)} continuations.` : `What-if finished: ${count(d.runs)} continuations.`;
  return `${head} ${parts.join(', ')}.`;
}

export interface ResultInput {
  names: OutcomeNames;
  plan: WhatIfPlan;
  result: WhatIf;
  /** Continuations played (all of them, or fewer when cancelled). */
  done: number;
  elapsedMs: number;
  workers: number;
  words: (event: GameEvent) => string;
}

/** The results section: how it ran, the distribution, per policy, and the decisions that mattered. */
export function resultView({ names, plan, result: w, done, elapsedMs, workers, words }: ResultInput): Child[] {
  const status = w.cancelled
    ? el('p', { class: 'whatif-status partial', attrs: { 'data-whatif-status': 'partial' } }, el('strong', { text: 'Partial result' }), `: cancelled after ${count(done)} of ${count(plan.total)} continuations (${seconds(elapsedMs)}).`)
    : el(
        'p',
        { class: 'whatif-status', attrs: { 'data-whatif-status': 'complete', 'data-elapsed-ms': Math.round(elapsedMs), 'data-played': plan.total } },
        `${count(plan.total)} continuations in ${seconds(elapsedMs)} on ${workers} worker${workers === 1 ? '' : 's'}${plan.total > plan.runs ? `: ${count(plan.runs)} from this step, ${count(plan.total - plan.runs)} trying the next moves` : ''}.`,
      );
  const shown = w.decisions.slice(0, SHOWN_DECISIONS);
  const none = plan.phase === 'over' ? 'The game is over at this step: there is no next move.' : w.cancelled && plan.moves.length > 0 ? 'Cancelled before the next moves were tried.' : 'The next moves were not tried this time.';
  return [
    el('h2', { text: w.cancelled ? 'Outcomes (partial)' : 'Outcomes' }),
    status,
    distributionTable(names, w.baseline, `After step ${plan.at}: ${count(w.baseline.runs)} continuations`),
    ...(w.perPolicy.length > 1 ? [el('h3', { text: 'Per policy' }), policyTable(names, w.perPolicy)] : []),
    el('h2', { text: 'The decisions that mattered' }),
    shown.length === 0
      ? el('p', { text: none })
      : el(
          'p',
          {
            class: 'whatif-hint',
            text: `Each next move allowed at step ${plan.at}, tried ${count(plan.runsPerDecision)} times; the score counts ${names.framework} as 1, ${names.interim} 0.7, ${names.continue} 0.45, ${names.suspended} 0.2, ${names.collapse} 0.1 and ${names.strike} 0. The shift is against the outcomes above.`,
          },
        ),
    shown.length === 0 ? null : el('ol', { class: 'whatif-decisions', attrs: { 'data-whatif': 'decisions' } }, ...shown.map((d) => decisionItem(names, w.baseline, d, words(d.event)))),
  ];
}
