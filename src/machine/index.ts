// The public face of src/machine: other layers import only from here.
export { AGENDA_MOVES, EVENT_SENDER, GameEventSchema } from './events.ts';
export type { GameEvent, GameEventType } from './events.ts';
export { compiledFor, persist, phaseOf, resumeGame, sendEvent, settingsFor, startGame, machineView } from './game.ts';
export type { MachineView, PersistedGame, Phase, ShuttleActor, ShuttleSnapshot } from './game.ts';
export { allowedInTalks, answerAllowed, teacherAllowed } from './guards.ts';
export type { TeacherGuardState } from './guards.ts';
export { candidateEvents, isAllowed, legalEvents } from './legal.ts';
export { legalList } from './legal.ts';
export { mediatorState, mediatorView } from './view.ts';
export type { MediatorState, MediatorView, Revealed, SideView } from './view.ts';
export { delegationView } from './delegation-view.ts';
export type { DelegationView } from './delegation-view.ts';
export { step } from './step.ts';
export type { Moment } from './step.ts';
export { applyMove } from './moves.ts';
export type { MediatorMove } from './moves.ts';
