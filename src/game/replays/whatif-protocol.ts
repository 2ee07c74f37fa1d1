// The messages between the what-if page and its workers. A request carries everything a worker
// needs to build its own game (structured clone: the scenario object, the settings, the log);
// what comes back is checked with zod before it is counted.
import { z } from 'zod';
import type { GameEvent } from '../../machine/index.ts';
import { OUTCOME_IDS, type OutcomeId, type Settings } from '../../model/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { HiddenValues, WhatIfTally } from '../../sim/index.ts';

export interface WhatIfRequest {
  type: 'run';
  scenario: Scenario;
  settings: Settings;
  events: GameEvent[];
  at: number;
  runs: number;
  /** Policy names (src/sim/policies), in the order continuations cycle through them. */
  policies: string[];
  runsPerDecision: number;
  maxDecisions: number;
  /** Where the continuations' hidden values come from (the page's choice). */
  hidden: HiddenValues;
  /** This worker plays continuations part, part + parts, … */
  part: number;
  parts: number;
  /** Report the counts every this many continuations. */
  every: number;
}

const Count = z.number().int().min(0);
const Counts = z.strictObject(Object.fromEntries(OUTCOME_IDS.map((id) => [id, Count])) as Record<OutcomeId, typeof Count>);
const Tally = z.strictObject({ done: Count, perPolicy: z.array(Counts).max(16), moves: z.array(Counts).max(200) });

export const WhatIfReplySchema = z.discriminatedUnion('type', [
  // The counts so far: the page keeps the last one, so a cancel can show them.
  z.strictObject({ type: z.literal('progress'), tally: Tally }),
  z.strictObject({ type: z.literal('done'), tally: Tally }),
  z.strictObject({ type: z.literal('error'), message: z.string().max(2000) }),
]);

export type WhatIfReply = z.infer<typeof WhatIfReplySchema>;

/** The tally's shape is right for the plan (as many policies and moves). */
export function fitsPlan(tally: WhatIfTally, policies: number, moves: number): boolean {
  return tally.perPolicy.length === policies && tally.moves.length === moves;
}
