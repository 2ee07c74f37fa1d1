// Every check an act from a device passes before the machine sees it, in order: size, shape,
// the device's own numbering (no replays, nothing out of order), the class still running, the
// event's schema, the sender's role, the AI not holding the seat, the team's floor, and the step
// it was sent at. The first that fails names the refusal.
import { GameEventSchema, type GameEvent } from '../machine/index.ts';
import { ActSchema, MAX_MESSAGE_BYTES, roleMay, sideOfRole, type Refusal, type Role, type RoleCheckState } from '../net/index.ts';

export interface ActContext {
  role: Role;
  /** The last act number this seat token used. */
  lastN: number;
  ended: boolean;
  /** The AI holds this role's seat. */
  aiHolds: boolean;
  hasFloor: boolean;
  seq: number;
  state: RoleCheckState;
}

export type Checked = { ok: true; n: number; event: GameEvent } | { ok: false; n: number | null; reason: Refusal; detail?: string };

function sizeOf(message: unknown): number {
  try {
    return JSON.stringify(message)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

export function checkAct(message: unknown, cx: ActContext): Checked {
  if (sizeOf(message) > MAX_MESSAGE_BYTES) return { ok: false, n: null, reason: 'too-large' };
  const act = ActSchema.safeParse(message);
  if (!act.success) return { ok: false, n: null, reason: 'malformed', detail: act.error.issues[0]?.message };
  const { n, at } = act.data;
  if (n <= cx.lastN) return { ok: false, n, reason: 'replayed' };
  if (n > cx.lastN + 1) return { ok: false, n, reason: 'out-of-order' };
  if (cx.ended) return { ok: false, n, reason: 'ended' };
  const event = GameEventSchema.safeParse(act.data.event);
  if (!event.success) return { ok: false, n, reason: 'malformed', detail: event.error.issues[0]?.message };
  if (!roleMay(cx.role, event.data, cx.state)) return { ok: false, n, reason: 'role', detail: event.data.type };
  if (cx.aiHolds && sideOfRole(cx.role) !== null) return { ok: false, n, reason: 'ai-holds' };
  if (cx.aiHolds && cx.role === 'mediator') return { ok: false, n, reason: 'ai-holds' };
  if (!cx.hasFloor) return { ok: false, n, reason: 'floor' };
  // The teacher's controls are safe at any step (the guards judge them); a team's move is not:
  // it was chosen on what its screen showed.
  if (at !== cx.seq && cx.role !== 'teacher') return { ok: false, n, reason: 'stale' };
  return { ok: true, n, event: event.data };
}
