// The advisor as the game asks it: the worker builds the game again from its events and answers
// exactly what advise() says on the session's view at that step; its answer passes the page's
// check unchanged; a log that does not fit the game is an error, not advice.
import { describe, expect, it } from 'vitest';
import { sendEvent, settingsFor, startGame } from '../../../src/machine/game.ts';
import { mediatorView } from '../../../src/machine/view.ts';
import type { GameEvent } from '../../../src/machine/events.ts';
import { adviceLine, advisorRng, memoryOf } from '../../../src/sim/advisor.ts';
import { advise, PLANNER_DEFAULTS } from '../../../src/sim/policies/planner.ts';
import { policyByName } from '../../../src/sim/policies/index.ts';
import { playGame } from '../../../src/sim/play.ts';
import { answerAdvice } from '../../../src/game/play/advisor-work.ts';
import { readReply } from '../../../src/game/play/advisor-protocol.ts';
import { createAdvisor } from '../../../src/game/play/advisor.ts';
import { shipped } from '../../fixtures/shipped.ts';

const loaded = shipped('muscat-2026');

describe('the advisor’s worker', () => {
  it('answers what advise() says on the session’s view at that step, and the answer passes the check', () => {
    const seed = 17;
    const settings = settingsFor(seed);
    const events = playGame(loaded.scenario, policyByName('manipulator')!, seed).events;
    const actor = startGame(loaded.scenario, settings);
    const reasons = new Set<string>();
    let asked = 0;
    for (let i = 0; i < events.length && asked < 12; i++) {
      const view = mediatorView(loaded.scenario, actor.getSnapshot());
      if (view.phase === 'talks' && i % 3 === 0) {
        asked++;
        const rng = advisorRng(seed, i);
        const expected = advise(view, rng, PLANNER_DEFAULTS, memoryOf(view), undefined, adviceLine(view, rng));
        // As the page posts it: a structured clone of the scenario, the settings and the log.
        const request = structuredClone({ id: i, scenario: loaded.scenario, hash: loaded.hash, settings, events: events.slice(0, i) });
        const reply = answerAdvice(request);
        expect(reply).toEqual({ type: 'advice', id: i, advice: expected });
        expect(readReply(structuredClone(reply))).toEqual(reply);
        if (expected) reasons.add(expected.reason.type);
      }
      sendEvent(actor, events[i]!);
    }
    expect(asked).toBe(12);
    expect(reasons.size).toBeGreaterThan(1);
  });

  it('says why not when the log does not fit the game', () => {
    const events: GameEvent[] = [{ type: 'BEGIN' }, { type: 'PRESENT_DRAFT' }];
    const reply = answerAdvice({ id: 1, scenario: loaded.scenario, hash: loaded.hash, settings: settingsFor(1), events });
    expect(reply).toMatchObject({ type: 'error', id: 1 });
  });

  it('refuses an answer that is not advice', () => {
    expect(readReply({ type: 'advice', id: 1, advice: { event: { type: 'NOPE' }, reason: { type: 'listen' }, value: 0, runnerUp: null } })).toBeNull();
    expect(readReply({ type: 'advice', id: 1, advice: { event: { type: 'LISTEN' }, reason: { type: 'present', odds: 2 }, value: 0, runnerUp: null } })).toBeNull();
    expect(readReply('advice')).toBeNull();
  });
});

describe('the advisor’s client', () => {
  const request = { scenario: loaded.scenario, hash: loaded.hash, settings: settingsFor(3), events: [{ type: 'BEGIN' }, { type: 'WALK', to: 'iran' }] as GameEvent[] };
  const expected = answerAdvice({ ...request, id: 1 });

  it('answers on the page’s thread, the same advice, where no worker can start', async () => {
    const advisor = createAdvisor(() => null);
    expect(await advisor.ask(request)).toEqual(expected);
    advisor.stop();
  });

  it('hands its question to the page’s thread when the worker fails', async () => {
    let worker: { onerror: ((e: { preventDefault(): void }) => void) | null } | null = null;
    const fake = {
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage() {
        queueMicrotask(() => worker?.onerror?.({ preventDefault: () => undefined }));
      },
      terminate() {},
    };
    worker = fake;
    const advisor = createAdvisor(() => fake as unknown as Worker);
    expect(await advisor.ask(request)).toEqual(expected);
    advisor.stop();
  });
});
