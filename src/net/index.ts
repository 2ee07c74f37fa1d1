// The public face of src/net: the class server's wire protocol, shared by src/server and the
// browser client in src/game.
export { DELEGATION_ROLES, ROLES, STUDENT_ROLES, isDelegationRole, roleMay, roleOfSide, rolesOf, sideOfRole } from './roles.ts';
export type { DelegationRole, Role, RoleCheckState, StudentRole } from './roles.ts';
export { applyPatch, patchOf } from './patch.ts';
export type { Patch } from './patch.ts';
export { delegationWire, mediatorWire } from './wire.ts';
export type { DelegationWire, MediatorStateWire, MediatorWire, NotebookWire, PublicSettings, Wire } from './wire.ts';
export { audienceOf } from './audience.ts';
export type { Audience } from './audience.ts';
export { ACT_RATE, ActSchema, CLIENT_MESSAGES, FloorSchema, MAX_MESSAGE_BYTES, REFUSALS, SyncSchema, isRole } from './protocol.ts';
export type { Ack, Act, Author, ClientMessageType, GameSummary, LogLine, Refusal, Refused, SeatStatus, ServerMessages, Update, Welcome } from './protocol.ts';
export { MAX_DELEGATIONS, MAX_DEVICES_PER_SEAT, MAX_GAMES, MAX_GRACE_SECONDS, MAX_PACK_BYTES, MIN_DELEGATIONS, OpenClassSchema, TakeSeatSchema, peopleOf, peopleProblem, studentRoles } from './class-api.ts';
export type { ClassInfo, ClassSave, ClassSettings, JoinGameInfo, JoinInfo, OpenClass, OpenedClass, SeatTaken, SentScenarioText, TakeSeat } from './class-api.ts';
export { JOIN_ALPHABET, JOIN_CODE_LENGTH, joinCodeFrom, normaliseJoinCode } from './join-code.ts';
export { Mirror } from './mirror.ts';
export type { UpdateResult } from './mirror.ts';
