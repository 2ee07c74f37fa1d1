// The screens (hall, rooms, HUD, debrief) and the class server draw two delegations so far; the
// model, the simulator and the tournament play two to four (docs/experiments/n-party-plan.md,
// stage 3). A scenario of more is refused where it would be drawn, with the reason and the way
// to play it, never half drawn.
import type { LoadResult } from './load.ts';

/** How many delegations the browser and the class server can show. */
export const SCREEN_DELEGATIONS = 2;

/** The load result, refused with a message naming the field when the scenario has more delegations than the screens show. */
export function forTheScreens(result: LoadResult): LoadResult {
  if (!result.ok) return result;
  const n = result.scenario.delegations.length;
  if (n <= SCREEN_DELEGATIONS) return result;
  return { ok: false, errors: [`delegations: ${n} delegations; the game's screens and the class server play scenarios of ${SCREEN_DELEGATIONS} so far (the command line plays up to four: npx shuttle sim --scenario <file>, npx shuttle tournament --scenario <file>)`] };
}
