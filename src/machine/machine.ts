// The shuttle as an XState v5 machine: briefing → talks (the majlis and the rooms, an hours
// budget) → interlude (events, drift, news) → one of six final outcomes. Guards decide what is
// allowed; actions apply model rules (model/apply.ts). The generator's state is in the context.
// transition.ts is the same graph as a pure function (replays, the what-if explorer): a change
// here is a change there.
import { assertEvent, assign, setup } from 'xstate';
import type { Scenario } from '../scenario/index.ts';
import { compile, immediateOutcome, initialState, lastRoundOver, type GameState, type OutcomeId, type Settings } from '../model/index.ts';
import type { GameEvent } from './events.ts';
import { allowedInTalks, answerAllowed, mayRecess, outOfHours, personInRoom, speakAllowed, teacherAllowed } from './guards.ts';
import { applyMove, applyOpenRound, applyRecess, settleAtDeadline, settleNow, type MediatorMove } from './moves.ts';
import { answerQuestion, askPerson, speakUnasked, teacherExtend, teacherInject, teacherPause, teacherResume, teacherSeat } from './other-moves.ts';

export interface MachineInput {
  settings: Settings;
}

export function createShuttleMachine(scenario: Scenario) {
  const c = compile(scenario);
  const finals = (id: OutcomeId) => ({ type: 'final' as const, meta: { outcome: id } });

  return setup({
    types: {
      context: {} as GameState,
      events: {} as GameEvent,
      input: {} as MachineInput,
    },
    guards: {
      allowed: ({ context, event }) => allowedInTalks(c, context, event),
      walkToMajlis: ({ context, event }) => allowedInTalks(c, context, event) && event.type === 'WALK' && event.to === 'majlis',
      walkToRoom: ({ context, event }) => allowedInTalks(c, context, event) && event.type === 'WALK' && event.to !== 'majlis',
      outOfHours: ({ context }) => outOfHours(context),
      mayRecess: ({ context }) => mayRecess(context),
      notPaused: ({ context }) => !context.paused,
      teacher: ({ context, event }) => teacherAllowed(c, context, event),
      personHere: ({ context, event }) => personInRoom(context) && allowedInTalks(c, context, event),
      answerFits: ({ context, event }) => answerAllowed(c, context, event),
      speaks: ({ context, event }) => speakAllowed(c, context, event),
      endsNow: ({ context }) => immediateOutcome(c, context) !== null,
      endsNowUnpaused: ({ context }) => !context.paused && immediateOutcome(c, context) !== null,
      lastRoundOverUnpaused: ({ context }) => !context.paused && lastRoundOver(c, context),
      outcomeIs: ({ context }, params: { id: OutcomeId }) => context.outcome?.id === params.id,
    },
    actions: {
      // The mediator's moves (moves.ts, shared with the planner's stepper); everyone else's
      // (other-moves.ts). The pure transition (transition.ts) calls the same functions.
      move: assign(({ context, event }) => applyMove(c, context, event as MediatorMove)),
      recess: assign(({ context }) => applyRecess(c, context)),
      openRound: assign(({ context }) => applyOpenRound(c, context)),
      askPerson: assign(({ context, event }) => askPerson(c, context, event)),
      answer: assign(({ context, event }) => {
        assertEvent(event, 'ANSWER');
        return answerQuestion(c, context, event);
      }),
      teacherPause: assign(({ context }) => teacherPause(c, context)),
      teacherResume: assign(({ context }) => teacherResume(c, context)),
      teacherInject: assign(({ context, event }) => {
        assertEvent(event, 'TEACHER_INJECT');
        return teacherInject(c, context, event);
      }),
      teacherSeat: assign(({ context, event }) => {
        assertEvent(event, 'TEACHER_SEAT');
        return teacherSeat(c, context, event);
      }),
      teacherExtend: assign(({ context, event }) => {
        assertEvent(event, 'TEACHER_EXTEND');
        return teacherExtend(c, context, event);
      }),
      speak: assign(({ context, event }) => {
        assertEvent(event, 'SPEAK');
        return speakUnasked(c, context, event);
      }),
      begin: assign(({ context }) => ({ ...context, step: context.step + 1 })),
      settleNow: assign(({ context }) => settleNow(c, context)),
      settleDeadline: assign(({ context }) => settleAtDeadline(c, context)),
    },
  }).createMachine({
    id: 'shuttle',
    context: ({ input }) => initialState(c, input.settings),
    initial: 'briefing',
    // The teacher may pause and resume in the talks and between days.
    on: {
      TEACHER_PAUSE: { guard: 'teacher', actions: 'teacherPause' },
      TEACHER_RESUME: { guard: 'teacher', actions: 'teacherResume' },
      // An absent team's seat to the AI and back, whenever the game runs.
      TEACHER_SEAT: { guard: 'teacher', actions: 'teacherSeat' },
    },
    states: {
      briefing: {
        on: { BEGIN: { target: 'talks', actions: 'begin' } },
      },
      talks: {
        initial: 'majlis',
        always: [
          { guard: 'endsNow', target: 'ending', actions: 'settleNow' },
          { guard: 'outOfHours', target: 'interlude', actions: 'recess' },
        ],
        on: {
          RECESS: { guard: 'mayRecess', target: '.recessing' },
          // More hours matter only while the day lasts (the next day has its own). An event is
          // brought forward only in the talks: between days, the next day's dated events have
          // already been applied by the recess though the round has not yet moved on.
          TEACHER_EXTEND: { guard: 'teacher', actions: 'teacherExtend' },
          TEACHER_INJECT: { guard: 'teacher', actions: 'teacherInject' },
        },
        states: {
          majlis: {
            on: {
              WALK: { guard: 'walkToRoom', target: 'room', actions: 'move' },
              EDIT_DRAFT: { guard: 'allowed', actions: 'move' },
            },
          },
          room: {
            on: {
              WALK: [
                { guard: 'walkToMajlis', target: 'majlis', actions: 'move' },
                { guard: 'walkToRoom', target: 'room', actions: 'move' },
              ],
              // In a room a person plays, the question waits for the person's ANSWER.
              LISTEN: [
                { guard: 'personHere', target: 'answering', actions: 'askPerson' },
                { guard: 'allowed', actions: 'move' },
              ],
              RELAY: { guard: 'allowed', actions: 'move' },
              PRESENT_DRAFT: [
                { guard: 'personHere', target: 'answering', actions: 'askPerson' },
                { guard: 'allowed', actions: 'move' },
              ],
              ASK_CONCESSION: [
                { guard: 'personHere', target: 'answering', actions: 'askPerson' },
                { guard: 'allowed', actions: 'move' },
              ],
              PROPOSE_TRADE: [
                { guard: 'personHere', target: 'answering', actions: 'askPerson' },
                { guard: 'allowed', actions: 'move' },
              ],
              PROPOSE_AGENDA: { guard: 'allowed', actions: 'move' },
              PAINT_STALEMATE: { guard: 'allowed', actions: 'move' },
              OFFER_GUARANTEE: { guard: 'allowed', actions: 'move' },
              // The delegation a person plays takes the floor unasked.
              SPEAK: { guard: 'speaks', actions: 'speak' },
            },
          },
          answering: {
            on: { ANSWER: { guard: 'answerFits', target: 'room', actions: 'answer' } },
          },
          // RECESS passes through here so the recess is applied once, then the day ends.
          recessing: {
            entry: 'recess',
            always: { target: '#shuttle.interlude' },
          },
        },
      },
      interlude: {
        on: {
          CONTINUE: [
            { guard: 'endsNowUnpaused', target: 'ending', actions: 'settleNow' },
            { guard: 'lastRoundOverUnpaused', target: 'ending', actions: 'settleDeadline' },
            { guard: 'notPaused', target: 'talks', actions: 'openRound' },
          ],
        },
      },
      ending: {
        always: [
          { guard: { type: 'outcomeIs', params: { id: 'framework' } }, target: 'framework' },
          { guard: { type: 'outcomeIs', params: { id: 'interim' } }, target: 'interim' },
          { guard: { type: 'outcomeIs', params: { id: 'continue' } }, target: 'continue' },
          { guard: { type: 'outcomeIs', params: { id: 'suspended' } }, target: 'suspended' },
          { guard: { type: 'outcomeIs', params: { id: 'collapse' } }, target: 'collapse' },
          { target: 'strike' },
        ],
      },
      framework: finals('framework'),
      interim: finals('interim'),
      continue: finals('continue'),
      suspended: finals('suspended'),
      collapse: finals('collapse'),
      strike: finals('strike'),
    },
  });
}

export type ShuttleMachine = ReturnType<typeof createShuttleMachine>;
