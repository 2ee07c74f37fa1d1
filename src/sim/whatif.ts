// The what-if explorer: from any step of a game, many simulated continuations. The hidden
// values drawn for this game stay as they are; what varies is chance (a new generator state
// for each continuation) and the mediator policy that plays on. It also tries each allowed
// next move and reports the ones that shift the outcome distribution most.
import type { Scenario } from '../scenario/schema.ts';
import type { GameEvent } from '../machine/events.ts';
import { persist, phaseOf, resumeGame, sendEvent, viewOf, type PersistedGame } from '../machine/game.ts';
import { hashString } from '../model/hash.ts';
import { rngFrom, seedState } from '../model/random.ts';
import type { OutcomeId, Settings } from '../model/types.ts';
import { replay } from '../replay/replay.ts';
import { emptyCounts } from './batch.ts';
import { legalEvents } from './legal.ts';
import { modelAnswer } from './person.ts';
import type { PolicyFactory } from './policies/policy.ts';

/** How good an outcome is for the mediator, for ranking moves: agreements high, war lowest. */
export const OUTCOME_SCORE: Record<OutcomeId, number> = { framework: 1, interim: 0.7, continue: 0.45, suspended: 0.2, collapse: 0.1, strike: 0 };

export interface Distribution {
  runs: number;
  outcomes: Record<OutcomeId, number>;
  /** Mean OUTCOME_SCORE: one number to compare continuations by. */
  score: number;
}

export interface Decision {
  event: GameEvent;
  distribution: Distribution;
  /** Score after this move minus the baseline score. */
  shift: number;
}

export interface WhatIf {
  at: number;
  baseline: Distribution;
  perPolicy: { policy: string; distribution: Distribution }[];
  decisions: Decision[];
  cancelled: boolean;
}

export interface WhatIfOptions {
  scenario: Scenario;
  settings: Settings;
  events: readonly GameEvent[];
  /** Number of events of the log kept before branching. */
  at: number;
  runs: number;
  policies: readonly PolicyFactory[];
  /** Continuations per candidate move when ranking decisions (0: skip the ranking). */
  runsPerDecision?: number;
  maxDecisions?: number;
  /** Called every few continuations; return true to stop early (a cancel button). */
  onProgress?: (done: number, total: number) => boolean | void;
}

function distribution(outcomes: Record<OutcomeId, number>): Distribution {
  const runs = Object.values(outcomes).reduce((a, b) => a + b, 0);
  const score = runs === 0 ? 0 : (Object.entries(outcomes) as [OutcomeId, number][]).reduce((s, [id, n]) => s + OUTCOME_SCORE[id] * n, 0) / runs;
  return { runs, outcomes, score: Math.round(score * 1000) / 1000 };
}

/** Plays one continuation from a persisted snapshot with its own chance and policy generator. */
function continueFrom(scenario: Scenario, from: PersistedGame, factory: PolicyFactory, stream: string): OutcomeId {
  const seed = Number.parseInt(hashString(stream).slice(0, 8), 16) | 0;
  const actor = resumeGame(scenario, from, seedState(seed));
  const policy = factory.create(rngFrom(seedState(seed ^ 0x5f3759df)));
  let snapshot = actor.getSnapshot();
  for (let guard = 0; snapshot.status !== 'done' && guard < 2000; guard++) {
    const view = viewOf(scenario, snapshot);
    if (!sendEvent(actor, view.phase === 'answering' ? modelAnswer(view) : policy.next(view))) {
      sendEvent(actor, phaseOf(snapshot) === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' });
    }
    snapshot = actor.getSnapshot();
  }
  actor.stop();
  return snapshot.context.outcome?.id ?? 'suspended';
}

export function whatIf(options: WhatIfOptions): WhatIf {
  const { scenario, settings, policies } = options;
  const at = Math.max(0, Math.min(options.at, options.events.length));
  const start = replay(scenario, settings, options.events, { upTo: at, checkpoints: false });
  if (start.refusedAt !== null) throw new Error(`event ${start.refusedAt + 1} of the log is not allowed where the game stands`);
  const from = persist(start.actor);
  const view = viewOf(scenario, start.snapshot);
  const candidates = view.phase === 'over' ? [] : [...legalEvents(view).values()].flat().slice(0, options.maxDecisions ?? 40);
  const perDecision = options.runsPerDecision ?? 0;
  const total = options.runs + candidates.length * perDecision;
  let done = 0;
  let cancelled = false;
  const tick = () => {
    done++;
    if (done % 25 === 0 || done === total) cancelled = options.onProgress?.(done, total) === true || cancelled;
  };

  const perPolicy = policies.map((p) => ({ policy: p.name, outcomes: emptyCounts() }));
  const all = emptyCounts();
  for (let i = 0; i < options.runs && !cancelled; i++) {
    const k = i % policies.length;
    const outcome = continueFrom(scenario, from, policies[k]!, `${settings.seed}:${at}:${i}`);
    perPolicy[k]!.outcomes[outcome]++;
    all[outcome]++;
    tick();
  }
  const baseline = distribution(all);

  const decisions: Decision[] = [];
  for (const event of candidates) {
    if (cancelled || perDecision === 0) break;
    const branch = resumeGame(scenario, from);
    if (!sendEvent(branch, event)) continue;
    const after = persist(branch);
    branch.stop();
    const counts = emptyCounts();
    for (let i = 0; i < perDecision && !cancelled; i++) {
      const outcome = after.context.outcome?.id ?? continueFrom(scenario, after, policies[i % policies.length]!, `${settings.seed}:${at}:${JSON.stringify(event)}:${i}`);
      counts[outcome]++;
      tick();
    }
    const d = distribution(counts);
    decisions.push({ event, distribution: d, shift: Math.round((d.score - baseline.score) * 1000) / 1000 });
  }
  decisions.sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift));
  return { at, baseline, perPolicy: perPolicy.map((p) => ({ policy: p.policy, distribution: distribution(p.outcomes) })), decisions, cancelled };
}
