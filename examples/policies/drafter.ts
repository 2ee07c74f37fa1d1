// A drafter: learns where each side stands, writes a text halfway between their positions,
// presents it in both rooms, and moves every item a side criticised one step toward that side.
//   npx shuttle tournament --policy examples/policies/drafter.ts --policy formulator
// Only types come from the game (erased when the module loads): the module stands on its own.
import type { GameEvent, MediatorView } from '../../src/machine/index.ts';

type Side = 0 | 1;

/** The option index at an issue of a text or position ('0'-'9'); null where open ('-') or not heard ('?'). */
function optionAt(text: string, issue: number): number | null {
  const ch = text.charCodeAt(issue) - 48;
  return ch >= 0 && ch <= 9 ? ch : null;
}

export default {
  name: 'drafter',
  create() {
    const listenedOn: [number, number] = [-1, -1]; // the round each side was last heard
    const lean = new Map<number, number>(); // issue -> option steps away from halfway
    let revised = -1; // the draft version whose criticism was taken into account

    return {
      next(view: MediatorView): GameEvent {
        const { phase, state, scenario } = view;
        if (phase === 'briefing') return { type: 'BEGIN' };
        if (phase !== 'talks') return { type: 'CONTINUE' };
        if (state.hoursLeft < 1.5) return { type: 'RECESS' };
        const here = state.location;
        const walk = (to: Side | 'majlis'): GameEvent => ({ type: 'WALK', to: to === 'majlis' ? 'majlis' : view.c.sides[to].id });

        // 1. In a room: carry the other side's words, then listen once a day.
        if (here !== 'majlis') {
          if (state.sides[here === 0 ? 1 : 0].pending) return { type: 'RELAY', mode: 'faithful' };
          if (listenedOn[here] !== state.round) {
            listenedOn[here] = state.round;
            return { type: 'LISTEN' };
          }
        }
        for (const s of [0, 1] as const) if (listenedOn[s] !== state.round) return walk(s);

        // 2. Take criticism of the text into account: one step toward the critic on each item.
        const version = state.draftVersion;
        for (const s of [0, 1] as const) {
          const side = state.sides[s];
          if (side.criticisedVersion !== version || revised === version) continue;
          for (const issue of side.criticised) lean.set(issue, (lean.get(issue) ?? 0) + (s === 0 ? -1 : 1));
        }
        if (state.sides.some((side) => side.criticisedVersion === version)) revised = version;

        // 3. The text: halfway between the positions (heard, or else the public opening), plus the lean.
        const position = (s: Side, i: number) => {
          const issue = scenario.issues[i]!;
          return optionAt(state.sides[s].heard, i) ?? issue.options.findIndex((o) => o.id === scenario.delegations[s]!.opening[issue.id]);
        };
        const items: Record<string, string> = {};
        scenario.issues.forEach((issue, i) => {
          if (issue.scope) return; // scope issues go on the agenda, not into the text
          const halfway = Math.round((position(0, i) + position(1, i)) / 2);
          const target = Math.max(0, Math.min(issue.options.length - 1, halfway + (lean.get(i) ?? 0)));
          if (optionAt(state.draft, i) !== target) items[issue.id] = issue.options[target]!.id;
        });
        if (Object.keys(items).length) return here === 'majlis' ? { type: 'EDIT_DRAFT', items } : walk('majlis');

        // 4. Present the text to each side that has not answered this version yet.
        for (const s of [0, 1] as const) {
          const side = state.sides[s];
          if (side.accepted === version || side.criticisedVersion === version) continue;
          return here === s ? { type: 'PRESENT_DRAFT' } : walk(s);
        }
        return { type: 'RECESS' }; // both answered and nothing to revise: end the day
      },
    };
  },
};
