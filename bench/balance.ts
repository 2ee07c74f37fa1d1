// Balance over many seeds and every policy, checked against the design's targets (DESIGN.md §2).
import type { Scenario } from '../src/scenario/schema.ts';
import { OUTCOME_IDS, type OutcomeId } from '../src/model/types.ts';
import { emptyCounts, runPolicyBatch, type PolicyBatch } from '../src/sim/batch.ts';
import { POLICIES } from '../src/sim/policies/index.ts';

export interface BalanceCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Balance {
  games: number;
  policies: PolicyBatch[];
  total: Record<OutcomeId, number>;
  checks: BalanceCheck[];
}

const share = (b: PolicyBatch, id: OutcomeId) => b.outcomes[id] / b.games;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function balance(scenario: Scenario, gamesPerPolicy: number): Balance {
  const policies = POLICIES.map((p) => runPolicyBatch(scenario, p, gamesPerPolicy, 1, () => performance.now()));
  const total = emptyCounts();
  for (const b of policies) for (const id of OUTCOME_IDS) total[id] += b.outcomes[id];
  const by = (name: string) => policies.find((b) => b.policy === name)!;
  const best = policies.reduce((a, b) => (share(b, 'framework') > share(a, 'framework') ? b : a));
  const passive = by('passive');
  const noAgreement = share(passive, 'strike') + share(passive, 'suspended') + share(passive, 'collapse') + share(passive, 'continue');
  const checks: BalanceCheck[] = [
    { name: 'every outcome occurs', ok: OUTCOME_IDS.every((id) => total[id] > 0), detail: OUTCOME_IDS.map((id) => `${id} ${total[id]}`).join(', ') },
    { name: 'no fixed policy reaches a framework in most seeds', ok: share(best, 'framework') < 0.5, detail: `best: ${best.policy} ${pct(share(best, 'framework'))}` },
    { name: 'a skilled policy reaches a framework in a minority of seeds', ok: share(best, 'framework') >= 0.1, detail: `${best.policy} ${pct(share(best, 'framework'))}` },
    { name: 'a random mediator rarely reaches a framework', ok: share(by('random'), 'framework') <= 0.05, detail: `random ${pct(share(by('random'), 'framework'))}` },
    { name: 'passive play usually ends without agreement', ok: noAgreement >= 0.8, detail: `passive: no agreement in ${pct(noAgreement)}, strikes ${pct(share(passive, 'strike'))}` },
    dominance(policies),
  ];
  return { games: gamesPerPolicy, policies, total, checks };
}

/** Outcomes from best to worst for the mediator. */
const RANK: Record<OutcomeId, number> = { framework: 5, interim: 4, continue: 3, suspended: 2, collapse: 1, strike: 0 };

/**
 * A policy dominates when, seed for seed, no other policy does better. The check asks that the
 * policy with the most agreements is beaten by another one on at least a tenth of the seeds.
 */
function dominance(policies: PolicyBatch[]): BalanceCheck {
  const agreements = (b: PolicyBatch) => share(b, 'framework') + share(b, 'interim');
  const top = policies.reduce((a, b) => (agreements(b) > agreements(a) ? b : a));
  let beaten = 0;
  for (let i = 0; i < top.games; i++) {
    if (policies.some((b) => b !== top && RANK[b.bySeed[i]!] > RANK[top.bySeed[i]!])) beaten++;
  }
  const rate = beaten / top.games;
  return { name: 'no single fixed policy dominates', ok: rate >= 0.1, detail: `${top.policy} (most agreements) is beaten by another policy on ${pct(rate)} of seeds` };
}

export function balanceMarkdown(scenarioId: string, b: Balance): string {
  const head = `| policy | ${OUTCOME_IDS.join(' | ')} |`;
  const rule = `|---|${OUTCOME_IDS.map(() => '---:').join('|')}|`;
  const rows = b.policies.map((p) => `| ${p.policy} | ${OUTCOME_IDS.map((id) => pct(p.outcomes[id] / p.games)).join(' | ')} |`);
  const checks = b.checks.map((c) => `- ${c.ok ? 'met' : 'NOT met'}: ${c.name} (${c.detail})`);
  return [`Scenario \`${scenarioId}\`, ${b.games} games per policy (seeds 1..${b.games}).`, '', head, rule, ...rows, '', ...checks].join('\n');
}
