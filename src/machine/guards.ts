// Whether an event is allowed where the game stands. Pure predicates over the state, shared by
// the machine's guards and by anything that needs to list the legal moves (policies, the UI).
import type { CompiledScenario } from '../model/compile.ts';
import { issueIndex, other, sideIndex } from '../model/compile.ts';
import { guaranteeAvailable } from '../model/rules/guarantee.ts';
import type { GameState, Location, SideIndex } from '../model/types.ts';
import type { GameEvent } from './events.ts';

export function locationOf(c: CompiledScenario, ref: string): Location | null {
  if (ref === 'majlis') return 'majlis';
  const s = sideIndex(c, ref);
  return s === -1 ? null : s;
}

export function roomSide(state: GameState): SideIndex | null {
  return state.location === 'majlis' ? null : state.location;
}

export function optionIndex(c: CompiledScenario, issue: number, ref: string | null): number | null | undefined {
  if (ref === null) return null;
  const o = c.optionIds[issue]!.indexOf(ref);
  return o === -1 ? undefined : o;
}

/** The rules of where and when each mediator action can be taken. */
export function allowedInTalks(c: CompiledScenario, state: GameState, event: GameEvent): boolean {
  if (event.type === 'RECESS') return true;
  if (state.hoursLeft <= 0) return false;
  const room = roomSide(state);
  switch (event.type) {
    case 'WALK': {
      const to = locationOf(c, event.to);
      return to !== null && to !== state.location;
    }
    case 'EDIT_DRAFT': {
      if (room !== null) return false;
      const issue = issueIndex(c, event.issue);
      if (issue === -1 || c.scenario.issues[issue]!.scope) return false;
      const option = optionIndex(c, issue, event.option);
      return option !== undefined && option !== state.draft.items[issue];
    }
    case 'LISTEN':
    case 'PAINT_STALEMATE':
    case 'PROPOSE_AGENDA':
      return room !== null;
    case 'RELAY':
      if (room === null || state.sides[other(room)].pending === null) return false;
      return event.mode === 'faithful' || state.settings.allowDistortion;
    case 'PRESENT_DRAFT':
      return room !== null && c.coreIssues.some((i) => state.draft.items[i] !== null);
    case 'ASK_CONCESSION':
      return room !== null && issueIndex(c, event.issue) !== -1;
    case 'OFFER_GUARANTEE':
      return room !== null && guaranteeAvailable(c, state, room, event.guarantee);
    default:
      return false;
  }
}
