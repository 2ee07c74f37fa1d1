// The messages waiting to be carried, as the screens list them. With two delegations a side holds
// one message for the other; with more, one per addressee (model/rules/messages.ts).
import type { MediatorState } from '../../machine/index.ts';
import { waitingFor, type CompiledScenario, type Message, type SideIndex } from '../../model/index.ts';

/** Every message waiting, by sender then addressee; only those to `only.to` or from `only.from` when given. */
export function waitingMessages(c: CompiledScenario, state: Pick<MediatorState, 'sides'>, only: { to?: SideIndex; from?: SideIndex } = {}): Message[] {
  const out: Message[] = [];
  for (const from of c.sideIndices) {
    if (only.from !== undefined && from !== only.from) continue;
    for (const addressee of c.sideIndices) {
      if (addressee === from || (only.to !== undefined && addressee !== only.to)) continue;
      const m = waitingFor(state, from, addressee);
      if (m) out.push(m);
    }
  }
  return out;
}
