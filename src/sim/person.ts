// A simulated person at a delegation's table, answering as the model would have: for headless
// games with person-played delegations (tests, the what-if explorer).
import type { GameEvent, MachineView } from '../machine/index.ts';
import { byTrueWeight, judgeConcession, mediatorTrade, optionAt, settledCore, wouldAccept, wouldOffer, worstItems } from '../model/index.ts';

export function modelAnswer(view: MachineView): GameEvent {
  const { c, state } = view;
  const q = state.question;
  if (!q) return { type: 'ANSWER', accept: false };
  const s = q.side;
  const position = state.sides[s].position;
  const stated = (issues: number[]) => Object.fromEntries(issues.map((i) => [c.issueIds[i]!, c.optionIds[i]![optionAt(position, i)]!]));
  switch (q.kind) {
    case 'draft': {
      if (settledCore(state, { c }) > 0 && wouldAccept(c, state, s, state.draft)) return { type: 'ANSWER', accept: true };
      const worst = worstItems(state, s, 2);
      return { type: 'ANSWER', accept: false, objections: worst.map((i) => c.issueIds[i]!), positions: stated(worst) };
    }
    case 'concession':
      return { type: 'ANSWER', accept: judgeConcession(c, state, s, q.issue!) === 'conceded' };
    case 'trade': {
      const offer = mediatorTrade(c, state, s, q.trade!.give, q.trade!.get);
      return { type: 'ANSWER', accept: offer !== null && wouldOffer({ c }, state, s, offer) };
    }
    case 'listen':
      return { type: 'ANSWER', accept: true, positions: stated(byTrueWeight(state, s).slice(0, 3)) };
  }
}
