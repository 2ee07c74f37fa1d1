// The what-if worker's entry (a module worker started by whatif-pool's browser side). The page
// stops it by terminating it, so the last counts it posted are what a cancel shows.
import type { WhatIfReply, WhatIfRequest } from './whatif-protocol.ts';
import { answerRequest } from './whatif-work.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WhatIfRequest>) => void) | null;
  postMessage(message: WhatIfReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => answerRequest(event.data, (reply) => scope.postMessage(reply));
