// The advisor's worker (a module worker the advisor starts on first use and keeps for the game):
// the planner's simulations can take longer than a frame, so they never run on the page's thread.
import './zod-jitless.ts';
import type { AdviceReply, AdviceRequest } from './advisor-protocol.ts';
import { answerAdvice } from './advisor-work.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<AdviceRequest>) => void) | null;
  postMessage(message: AdviceReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(answerAdvice(event.data));
