// For any seed and policy (and on a second scenario): the debrief builds, every turning point and
// escalation points at a real ledger cause, the meters have one point per round played, and the
// Markdown has its three parts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDebrief, debriefJson, debriefMarkdown } from '../../src/classroom/index.ts';
import { markdownHeadings } from '../../src/classroom/markdown.ts';
import { MAX_QUESTIONS, MIN_QUESTIONS } from '../../src/classroom/questions.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { POLICIES } from '../../src/sim/policies/index.ts';
import { loadMini } from '../fixtures/mini.ts';
import { muscat, play } from './helpers.ts';

const SCENARIOS: [string, Scenario][] = [
  ['muscat-2026', muscat],
  ['mini', loadMini()],
];

describe.each(SCENARIOS)('the debrief of any game on %s', (_name, scenario) => {
  it('builds, and every fact in it comes from the game', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(...POLICIES.map((p) => p.name)), (seed, policy) => {
        const { state } = play(policy, seed, scenario);
        const d = buildDebrief(scenario, state);
        const played = Math.min(scenario.rounds.length, state.round + 1);

        for (const t of d.analysis.turningPoints) {
          expect(state.ledger.some((e) => e.step === t.cause.step && e.cause.rule === t.cause.rule && e.cause.actor === t.cause.who && e.cause.source === t.cause.source)).toBe(true);
        }
        const rises = state.ledger.filter((e) => e.meter === 'pressure' && e.to > e.from);
        expect(d.description.escalations).toHaveLength(rises.length);
        for (const s of d.description.meters.series) {
          expect(s.points).toHaveLength(played);
          for (const v of [s.start, ...s.points]) {
            expect(v).toBeGreaterThanOrEqual(s.min);
            expect(v).toBeLessThanOrEqual(s.max);
          }
        }
        expect(d.description.timeline).toHaveLength(played);
        expect(d.outcome.id).toBe(state.outcome!.id);
        expect(d.application.questions.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
        expect(d.application.questions.length).toBeLessThanOrEqual(MAX_QUESTIONS);

        const md = debriefMarkdown(d);
        for (const h of Object.values(markdownHeadings())) expect(md).toContain(h);
        expect(md).toContain(d.outcome.label);
        expect(JSON.parse(debriefJson(d))).toEqual(d);
      }),
      { numRuns: 30 },
    );
  });
});
