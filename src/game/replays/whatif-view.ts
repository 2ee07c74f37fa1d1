// The what-if results as page elements: the outcome distribution with bars, numbers and
// percentages, the same per policy, and the moves that shift it most. Text only (el()).
import { OUTCOME_IDS, type OutcomeId } from '../../model/index.ts';
import type { GameEvent } from '../../machine/index.ts';
import { OUTCOME_SCORE, type Decision, type Distribution, type WhatIf, type WhatIfPlan } from '../../sim/index.ts';
import { el, type Child } from '../dom/el.ts';
import { gameWords } from '../../present/index.ts';

export type OutcomeNames = Record<OutcomeId, string>;

const whatIfWords = () => gameWords().replays.whatIf;
const count = (n: number) => whatIfWords().count(n);
const SHOWN_DECISIONS = 8;

export function seconds(ms: number): string {
  return whatIfWords().seconds(ms / 1000);
}

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
const percent = (n: number, of: number) => whatIfWords().percent(share(n, of));

function bar(fraction: number, id: OutcomeId): HTMLElement {
  const fill = el('span', { class: `whatif-bar-fill outcome-${id}` });
  fill.style.width = `${Math.max(0, Math.min(100, fraction * 100))}%`;
  return el('span', { class: 'whatif-bar', attrs: { 'aria-hidden': 'true' } }, fill);
}

function distributionTable(names: OutcomeNames, d: Distribution, caption: string): HTMLElement {
  const w = whatIfWords();
  return el(
    'table',
    { class: 'data-table whatif-dist', attrs: { 'data-whatif': 'distribution' } },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, ...[w.outcome, w.continuations, w.share].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
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
    el('tfoot', {}, el('tr', {}, el('th', { text: w.inAll, attrs: { scope: 'row' } }), el('td', { class: 'num', text: count(d.runs), attrs: { 'data-total': d.runs } }), el('td', { text: w.score(w.scoreValue(d.score)) }))),
  );
}

function policyTable(names: OutcomeNames, rows: WhatIf['perPolicy']): HTMLElement {
  const w = whatIfWords();
  return el(
    'table',
    { class: 'data-table whatif-policies', attrs: { 'data-whatif': 'per-policy' } },
    el('caption', { text: w.byPolicy }),
    el('thead', {}, el('tr', {}, ...[w.policyHead, ...OUTCOME_IDS.map((id) => names[id]), w.scoreHead].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
    el(
      'tbody',
      {},
      ...rows.map(({ policy, distribution: d }) =>
        el(
          'tr',
          { attrs: { 'data-policy': policy } },
          el('th', { text: w.policyRow({ policy, runs: d.runs }), attrs: { scope: 'row' } }),
          ...OUTCOME_IDS.map((id) => el('td', { class: 'num', text: d.runs ? percent(d.outcomes[id], d.runs) : '–' })),
          el('td', { class: 'num', text: d.runs ? w.scoreValue(d.score) : '–' }),
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

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${whatIfWords().scoreValue(Math.abs(x))}`;

function decisionItem(names: OutcomeNames, baseline: Distribution, d: Decision, words: string): HTMLElement {
  const w = whatIfWords();
  const change = biggestChange(baseline, d.distribution);
  const detail = change.from === change.to ? w.sameOutcomes(d.distribution.runs) : w.shift({ outcome: names[change.id], from: change.from, to: change.to, runs: d.distribution.runs });
  return el(
    'li',
    { class: `whatif-decision ${d.shift > 0 ? 'better' : d.shift < 0 ? 'worse' : ''}`, attrs: { 'data-shift': d.shift } },
    el('span', { class: 'whatif-move', text: words }),
    ' ',
    el('span', { class: 'whatif-shift num', text: w.score(signed(d.shift)) }),
    el('span', { class: 'whatif-detail', text: w.detail(detail) }),
  );
}

/** One sentence for the live region. */
export function resultSentence(names: OutcomeNames, w: WhatIf): string {
  const t = whatIfWords();
  const d = w.baseline;
  const ranked = OUTCOME_IDS.filter((id) => d.outcomes[id] > 0).sort((a, b) => d.outcomes[b] - d.outcomes[a]);
  const parts = ranked.slice(0, 3).map((id) => t.part({ outcome: names[id], share: percent(d.outcomes[id], d.runs) }));
  return `${t.sentence({ head: w.cancelled ? t.sentenceCancelled(d.runs) : t.sentenceFinished(d.runs), parts })} ${t.hiddenSentence[w.hidden]}`;
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
  const t = whatIfWords();
  const status = w.cancelled
    ? el('p', { class: 'whatif-status partial', attrs: { 'data-whatif-status': 'partial' } }, el('strong', { text: t.partial }), t.partialDetail({ done, total: plan.total, time: seconds(elapsedMs) }))
    : el(
        'p',
        { class: 'whatif-status', attrs: { 'data-whatif-status': 'complete', 'data-elapsed-ms': Math.round(elapsedMs), 'data-played': plan.total } },
        t.complete({ total: plan.total, time: seconds(elapsedMs), workers, runs: plan.runs, tried: plan.total - plan.runs }),
      );
  const shown = w.decisions.slice(0, SHOWN_DECISIONS);
  const none = plan.phase === 'over' ? t.noNextMove : w.cancelled && plan.moves.length > 0 ? t.cancelledBeforeMoves : t.notTried;
  return [
    el('h2', { text: w.cancelled ? t.outcomesPartial : t.outcomes }),
    status,
    el('p', { class: `whatif-hidden-note ${w.hidden}`, text: t.hiddenResult[w.hidden], attrs: { 'data-whatif': 'hidden', 'data-hidden': w.hidden } }),
    distributionTable(names, w.baseline, t.after({ at: plan.at, runs: w.baseline.runs })),
    ...(w.perPolicy.length > 1 ? [el('h3', { text: t.perPolicy }), policyTable(names, w.perPolicy)] : []),
    el('h2', { text: t.decisions }),
    shown.length === 0 ? el('p', { text: none }) : el('p', { class: 'whatif-hint', text: t.hint({ at: plan.at, tries: plan.runsPerDecision, names, scores: OUTCOME_SCORE }) }),
    shown.length === 0 ? null : el('ol', { class: 'whatif-decisions', attrs: { 'data-whatif': 'decisions' } }, ...shown.map((d) => decisionItem(names, w.baseline, d, words(d.event)))),
  ];
}
