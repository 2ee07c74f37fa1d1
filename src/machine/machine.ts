// The shuttle as an XState v5 machine: briefing → talks (the majlis and the rooms, an hours
// budget) → interlude (events, drift, news) → one of six final outcomes. Guards decide what is
// allowed; actions apply model rules (model/apply.ts). The generator's state is in the context.
import { assertEvent, assign, setup } from 'xstate';
import type { Scenario } from '../scenario/index.ts';
import { aiHolds, applyAnswer, compile, extendDeadline, handOver, immediateOutcome, initialState, injectEvent, issueIndex, lastRoundOver, pause, putQuestion, resume, speak, TEACHER, type Actor, type GameState, type OutcomeId, type Settings, type SideIndex } from '../model/index.ts';
import type { GameEvent } from './events.ts';
import { allowedInTalks, answerAllowed, answerParts, personInRoom, roomSide, seatOf, speakAllowed, teacherAllowed } from './guards.ts';
import { applyMove, applyOpenRound, applyRecess, applyRule, settleAtDeadline, settleNow, type MediatorMove } from './moves.ts';

export interface MachineInput {
  settings: Settings;
}

/** Who answers or speaks in a room a person plays: the ledger names them (or the AI covering for them), not the mediator. */
function personActor(side: SideIndex, state: GameState): Actor {
  return aiHolds(state, side) ? `ai:${side}` : `person:${side}`;
}

function inRoom(context: GameState): SideIndex {
  const s = roomSide(context);
  if (s === null) throw new Error('not in a room');
  return s;
}

export function createShuttleMachine(scenario: Scenario) {
  const c = compile(scenario);
  const hours = scenario.rules.actionHours;
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
      // A question put to a person is answered before the day can end.
      outOfHours: ({ context }) => context.hoursLeft <= 0 && context.question === null && !context.paused,
      mayRecess: ({ context }) => context.question === null && !context.paused,
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
      // The mediator's moves (moves.ts, shared with the planner's stepper).
      move: assign(({ context, event }) => applyMove(c, context, event as MediatorMove)),
      recess: assign(({ context }) => applyRecess(c, context)),
      openRound: assign(({ context }) => applyOpenRound(c, context)),
      askPerson: assign(({ context, event }) => {
        const kind = event.type === 'PRESENT_DRAFT' ? 'draft' : event.type === 'ASK_CONCESSION' ? 'concession' : event.type === 'PROPOSE_TRADE' ? 'trade' : 'listen';
        const issue = event.type === 'ASK_CONCESSION' ? issueIndex(c, event.issue) : null;
        const trade = event.type === 'PROPOSE_TRADE' ? { give: issueIndex(c, event.give), get: issueIndex(c, event.get) } : undefined;
        const cost = kind === 'draft' ? hours.present : kind === 'concession' ? hours.ask : kind === 'trade' ? hours.trade : hours.listen;
        return applyRule(c, context, event.type, (d, ctx) => putQuestion(d, ctx, inRoom(d), kind, issue, trade), cost);
      }),
      answer: assign(({ context, event }) => {
        assertEvent(event, 'ANSWER');
        const parts = answerParts(c, event)!;
        return applyRule(c, context, 'ANSWER', (d, ctx) => applyAnswer(d, ctx, { accept: event.accept, objections: parts.objections, positions: parts.positions, message: event.message ?? '' }), 0, personActor(context.question!.side, context));
      }),
      teacherPause: assign(({ context }) => applyRule(c, context, 'TEACHER_PAUSE', pause, 0, TEACHER)),
      teacherResume: assign(({ context }) => applyRule(c, context, 'TEACHER_RESUME', resume, 0, TEACHER)),
      teacherInject: assign(({ context, event }) => {
        assertEvent(event, 'TEACHER_INJECT');
        return applyRule(c, context, 'TEACHER_INJECT', (d, ctx) => injectEvent(d, ctx, event.event), 0, TEACHER);
      }),
      teacherSeat: assign(({ context, event }) => {
        assertEvent(event, 'TEACHER_SEAT');
        return applyRule(c, context, 'TEACHER_SEAT', (d, ctx) => handOver(d, ctx, seatOf(c, context, event.seat)!, event.to), 0, TEACHER);
      }),
      teacherExtend: assign(({ context, event }) => {
        assertEvent(event, 'TEACHER_EXTEND');
        return applyRule(c, context, 'TEACHER_EXTEND', (d, ctx) => extendDeadline(d, ctx, event.hours), 0, TEACHER);
      }),
      speak: assign(({ context, event }) => {
        assertEvent(event, 'SPEAK');
        const parts = answerParts(c, event)!;
        return applyRule(c, context, 'SPEAK', (d, ctx) => speak(d, ctx, inRoom(d), { positions: parts.positions, message: event.message ?? '' }), hours.listen, personActor(inRoom(context), context));
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
