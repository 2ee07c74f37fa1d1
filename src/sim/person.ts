// A simulated person at a delegation's table, answering as the model would have: for headless
// games with person-played delegations (tests, the what-if explorer).
import type { GameEvent, MachineView } from '../machine/index.ts';
import { judgeConcession, optionAt, settledCore, worstItems, wouldAccept } from '../model/index.ts';

export function modelAnswer(view: MachineView): GameEvent {
  const { c, state } = view;
  const q = state.question;
  if (!q) return { type: 'ANSWER', accept: false };
  const ctx = { c };
  const s = q.side;
  const position = state.sides[s].position;
  const stated = (issues: number[]) => Object.fromEntries(issues.map((i) => [c.issueIds[i]!, c.optionIds[i]![optionAt(position, i)]!]));
  switch (q.kind) {
    case 'draft': {
      if (settledCore(state, ctx) > 0 && wouldAccept(state, ctx, s, state.draft)) return { type: 'ANSWER', accept: true };
      const worst = worstItems(state, ctx, s, 2);
      return { type: 'ANSWER', accept: false, objections: worst.map((i) => c.issueIds[i]!), positions: stated(worst) };
    }
    case 'concession':
      return { type: 'ANSWER', accept: judgeConcession(state, ctx, s, q.issue!) === 'conceded' };
    case 'listen':
      return { type: 'ANSWER', accept: true, positions: stated(c.sides[s].byWeight.slice(0, 3)) };
  }
}
