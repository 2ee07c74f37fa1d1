// One typed event per mediator action (DESIGN.md §2), plus the machine's own steps. The zod
// schema checks events from untrusted places (save files, the test hook) before they are sent.
import { z } from 'zod';
import { MAX_EXTENSION_HOURS } from '../model/index.ts';

export const RELAY_MODES = ['faithful', 'softened', 'sharpened', 'withheld'] as const;
export const AGENDA_MOVES = ['widen', 'narrow', 'parallel'] as const;
/** Who holds a seat people play: the people, or the AI covering for them. */
export const SEAT_HOLDERS = ['ai', 'people'] as const;

const Ref = z.string().min(1).max(40);
const Key = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);

export const GameEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('BEGIN') }),
  z.strictObject({ type: z.literal('WALK'), to: Ref }),
  z.strictObject({ type: z.literal('LISTEN') }),
  // `from`: the delegation whose message is carried, by id: needed only when more than one waits
  // for the side in the room (more than two delegations).
  z.strictObject({ type: z.literal('RELAY'), mode: z.enum(RELAY_MODES), from: Ref.optional() }),
  z.strictObject({ type: z.literal('PRESENT_DRAFT') }),
  z.strictObject({ type: z.literal('ASK_CONCESSION'), issue: Ref }),
  // A trade put to the delegation in the room: it would move one step on `give` if the other
  // side moved one step on `get` (both issue ids). `with` names that other side (a delegation's
  // id) where there are more than two; with two it is the other one.
  z.strictObject({ type: z.literal('PROPOSE_TRADE'), give: Ref, get: Ref, with: Ref.optional() }),
  // One revision of the text: the items it changes (an option id, or null to leave the item open).
  z.strictObject({
    type: z.literal('EDIT_DRAFT'),
    items: z.record(Key, Ref.nullable()).refine((r) => Object.keys(r).length > 0 && Object.keys(r).length <= 16, { message: 'must change 1 to 16 items' }),
  }),
  z.strictObject({ type: z.literal('PROPOSE_AGENDA'), move: z.enum(AGENDA_MOVES) }),
  z.strictObject({ type: z.literal('PAINT_STALEMATE') }),
  z.strictObject({ type: z.literal('OFFER_GUARANTEE'), guarantee: Ref }),
  z.strictObject({ type: z.literal('RECESS') }),
  // The answer of a delegation played by a person: yes or no; the items it objects to or the
  // positions it states (issue id to option id); words for the mediator to carry.
  z.strictObject({
    type: z.literal('ANSWER'),
    accept: z.boolean(),
    objections: z.array(Key).max(16).optional(),
    positions: z.record(Key, Ref).optional(),
    message: z.string().max(400).optional(),
  }),
  // A delegation played by a person takes the floor unasked (when the mediator comes in): the
  // positions it states and its words for the mediator to carry.
  z.strictObject({
    type: z.literal('SPEAK'),
    positions: z.record(Key, Ref).optional(),
    message: z.string().max(400).optional(),
  }),
  z.strictObject({ type: z.literal('CONTINUE') }),
  // The teacher's controls (the game asks for the teacher key before it sends them).
  z.strictObject({ type: z.literal('TEACHER_PAUSE') }),
  z.strictObject({ type: z.literal('TEACHER_RESUME') }),
  z.strictObject({ type: z.literal('TEACHER_INJECT'), event: Ref }),
  z.strictObject({ type: z.literal('TEACHER_EXTEND'), hours: z.number().int().min(1).max(MAX_EXTENSION_HOURS) }),
  // A seat people play handed to the AI or back (the class server: an absent team is covered).
  // `seat` is 'mediator' or a delegation's id.
  z.strictObject({ type: z.literal('TEACHER_SEAT'), seat: Ref, to: z.enum(SEAT_HOLDERS) }),
]);

export type GameEvent = z.infer<typeof GameEventSchema>;
export type GameEventType = GameEvent['type'];

/** Who sends each event: the compiler asks for a new event's sender here (the tournament and the class server read it). */
export const EVENT_SENDER: Readonly<Record<GameEventType, 'mediator' | 'delegation' | 'teacher'>> = {
  BEGIN: 'mediator',
  WALK: 'mediator',
  LISTEN: 'mediator',
  RELAY: 'mediator',
  PRESENT_DRAFT: 'mediator',
  ASK_CONCESSION: 'mediator',
  EDIT_DRAFT: 'mediator',
  PROPOSE_TRADE: 'mediator',
  PROPOSE_AGENDA: 'mediator',
  PAINT_STALEMATE: 'mediator',
  OFFER_GUARANTEE: 'mediator',
  RECESS: 'mediator',
  CONTINUE: 'mediator',
  ANSWER: 'delegation',
  SPEAK: 'delegation',
  TEACHER_PAUSE: 'teacher',
  TEACHER_RESUME: 'teacher',
  TEACHER_INJECT: 'teacher',
  TEACHER_EXTEND: 'teacher',
  TEACHER_SEAT: 'teacher',
};
