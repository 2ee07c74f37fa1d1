// What the advisor's worker does with a request, apart from the worker itself (so a test can run
// it in-process): build the game again from its events and ask the seasoned mediator.
import { mediatorView } from '../../machine/index.ts';
import { replay } from '../../replay/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { seasonedAdvice } from '../../sim/index.ts';
import type { AdviceReply, AdviceRequest } from './advisor-protocol.ts';

// The last scenario built, by its hash: compiled once, and its notebook's particles drawn once.
let kept: { hash: string; scenario: Scenario } | null = null;

export function answerAdvice(request: AdviceRequest): AdviceReply {
  try {
    if (kept?.hash !== request.hash) kept = { hash: request.hash, scenario: request.scenario };
    const scenario = kept.scenario;
    const result = replay(scenario, request.settings, request.events, { checkpoints: false });
    result.actor.stop();
    if (result.refusedAt !== null) throw new Error(`event ${result.refusedAt + 1} does not fit the game`);
    return { type: 'advice', id: request.id, advice: seasonedAdvice(mediatorView(scenario, result.snapshot), request.events.length) };
  } catch (err) {
    return { type: 'error', id: request.id, message: err instanceof Error ? err.message : String(err) };
  }
}
