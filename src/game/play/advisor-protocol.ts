// The messages between the page and the advisor's worker. A request carries what the worker
// needs to build the game again (structured clone: the scenario, its hash, the settings and the
// line's events); the answer is checked with zod before it is shown.
import { z } from 'zod';
import { GameEventSchema, type GameEvent } from '../../machine/index.ts';
import type { Settings } from '../../model/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { Advice } from '../../sim/index.ts';

export interface AdviceRequest {
  /** Matches the answer to its question. */
  id: number;
  scenario: Scenario;
  /** The scenario's content hash: the worker keeps the last scenario it built by it. */
  hash: string;
  settings: Settings;
  events: GameEvent[];
}

const Odds = z.number().min(0).max(1);
const ReasonSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('phase') }),
  z.strictObject({ type: z.literal('carry'), mode: z.string().max(20) }),
  z.strictObject({ type: z.literal('draft') }),
  z.strictObject({ type: z.literal('present'), odds: Odds }),
  z.strictObject({ type: z.literal('trade'), odds: Odds }),
  z.strictObject({ type: z.literal('ask'), odds: Odds }),
  z.strictObject({ type: z.literal('listen') }),
  z.strictObject({ type: z.literal('stalemate') }),
  z.strictObject({ type: z.literal('guarantee') }),
  z.strictObject({ type: z.literal('agenda') }),
  z.strictObject({ type: z.literal('move-on') }),
  z.strictObject({ type: z.literal('recess') }),
]);

const AdviceSchema = z.strictObject({
  event: GameEventSchema,
  reason: ReasonSchema,
  value: z.number(),
  runnerUp: z.strictObject({ event: GameEventSchema, value: z.number() }).nullable(),
  weighed: z.literal(true).optional(),
});

export const AdviceReplySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('advice'), id: z.number().int(), advice: AdviceSchema.nullable() }),
  z.strictObject({ type: z.literal('error'), id: z.number().int(), message: z.string().max(2000) }),
]);

export type AdviceReply = { type: 'advice'; id: number; advice: Advice | null } | { type: 'error'; id: number; message: string };

/** The worker's answer, checked: the advice (or null), or why not. */
export function readReply(data: unknown): AdviceReply | null {
  const parsed = AdviceReplySchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
