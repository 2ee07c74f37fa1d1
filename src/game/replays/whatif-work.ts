// What a what-if worker does with a request, apart from the worker itself (so tests can run it
// in-process): build the game, play its share of the continuations, post the counts every few
// dozen runs and at the end.
import { emptyTally, planWhatIf, policyByName, runSlice } from '../../sim/index.ts';
import type { WhatIfReply, WhatIfRequest } from './whatif-protocol.ts';

export function answerRequest(request: WhatIfRequest, post: (reply: WhatIfReply) => void): void {
  try {
    const policies = request.policies.map((name) => {
      const p = policyByName(name);
      if (!p) throw new Error(`There is no policy "${name}".`);
      return p;
    });
    const plan = planWhatIf({ ...request, policies });
    const tally = emptyTally(plan);
    runSlice(plan, tally, { part: request.part, parts: request.parts }, (t) => post({ type: 'progress', tally: t }), request.every);
    post({ type: 'done', tally });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}
