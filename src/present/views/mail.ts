// The messages waiting to be carried, as the screens list them. With two delegations a side holds
// one message for the other; with more, one per addressee (model/rules/messages.ts).
import type { MediatorState } from '../../machine/index.ts';
import { waitingFor, type CompiledScenario, type Message, type SideIndex } from '../../model/index.ts';

/** Every message waiting, by sender then addressee; only those addressed to `to` when it is given. */
export function waitingMessages(c: CompiledScenario, state: Pick<MediatorState, 'sides'>, to?: SideIndex): Message[] {
  const out: Message[] = [];
  for (const from of c.sideIndices) {
    for (const addressee of c.sideIndices) {
      if (addressee === from || (to !== undefined && addressee !== to)) continue;
      const m = waitingFor(state, from, addressee);
      if (m) out.push(m);
    }
  }
  return out;
}
