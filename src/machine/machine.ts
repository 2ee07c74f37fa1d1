// The shuttle as an XState v5 machine: briefing → talks (the majlis and the rooms, an hours
// budget) → interlude (events, drift, news) → one of six final outcomes. Guards decide what is
// allowed; actions apply model rules (model/apply.ts). The generator's state is in the context.
import { assertEvent, assign, setup } from 'xstate';
import type { Scenario } from '../scenario/index.ts';
import { applyAnswer, askConcession, compile, deadlineOutcome, deadlineText, editDraft, extendDeadline, immediateOutcome, initialState, injectEvent, issueIndex, lastRoundOver, listen, offerGuarantee, openRound, paintStalemate, pause, presentDraft, proposeAgenda, proposeMediatorTrade, putQuestion, ratify, recess, relay, resume, runRule, speak, TEACHER, walk, type CompiledScenario, type GameState, type OutcomeId, type Rule, type Settings, type SideIndex } from '../model/index.ts';
import type { GameEvent } from './events.ts';
import { allowedInTalks, answerAllowed, answerParts, draftChanges, locationOf, personInRoom, roomSide, speakAllowed, teacherAllowed } from './guards.ts';

export interface MachineInput {
  settings: Settings;
}

/** One event, one rule (see model/apply.ts): the step advances, the clock runs, the rule writes. */
function applyRule(c: CompiledScenario, context: GameState, source: string, rule: Rule, hours = 0, actor = 'the mediator'): GameState {
  const base: GameState = { ...context, step: context.step + 1, hoursLeft: Math.max(0, Math.round((context.hoursLeft - hours) * 100) / 100) };
  return runRule(c, base, { step: base.step, source, rule: source.toLowerCase(), actor }, rule).next;
}

/** Who answers or speaks in a room a person plays: the ledger names them, not the mediator. */
function personActor(c: CompiledScenario, side: SideIndex): string {
  return `${c.scenario.delegations[side]!.shortName} (a person)`;
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
      walk: assign(({ context, event }) => {
        assertEvent(event, 'WALK');
        const to = locationOf(c, event.to)!;
        return applyRule(c, context, 'WALK', (d, ctx) => walk(d, ctx, to));
      }),
      listen: assign(({ context }) => applyRule(c, context, 'LISTEN', (d, ctx) => listen(d, ctx, inRoom(d)), hours.listen)),
      relay: assign(({ context, event }) => {
        assertEvent(event, 'RELAY');
        return applyRule(c, context, 'RELAY', (d, ctx) => relay(d, ctx, inRoom(d), event.mode), hours.relay);
      }),
      presentDraft: assign(({ context }) => applyRule(c, context, 'PRESENT_DRAFT', (d, ctx) => presentDraft(d, ctx, inRoom(d)), hours.present)),
      askConcession: assign(({ context, event }) => {
        assertEvent(event, 'ASK_CONCESSION');
        const issue = issueIndex(c, event.issue);
        return applyRule(c, context, 'ASK_CONCESSION', (d, ctx) => void askConcession(d, ctx, inRoom(d), issue), hours.ask);
      }),
      proposeTrade: assign(({ context, event }) => {
        assertEvent(event, 'PROPOSE_TRADE');
        const give = issueIndex(c, event.give);
        const get = issueIndex(c, event.get);
        return applyRule(c, context, 'PROPOSE_TRADE', (d, ctx) => proposeMediatorTrade(d, ctx, inRoom(d), give, get), hours.trade);
      }),
      editDraft: assign(({ context, event }) => {
        assertEvent(event, 'EDIT_DRAFT');
        const changes = draftChanges(c, event.items) ?? [];
        return applyRule(c, context, 'EDIT_DRAFT', (d, ctx) => editDraft(d, ctx, changes), hours.edit);
      }),
      proposeAgenda: assign(({ context, event }) => {
        assertEvent(event, 'PROPOSE_AGENDA');
        return applyRule(c, context, 'PROPOSE_AGENDA', (d, ctx) => proposeAgenda(d, ctx, inRoom(d), event.move), hours.agenda);
      }),
      paintStalemate: assign(({ context }) => applyRule(c, context, 'PAINT_STALEMATE', (d, ctx) => paintStalemate(d, ctx, inRoom(d)), hours.paint)),
      offerGuarantee: assign(({ context, event }) => {
        assertEvent(event, 'OFFER_GUARANTEE');
        return applyRule(c, context, 'OFFER_GUARANTEE', (d, ctx) => offerGuarantee(d, ctx, inRoom(d), event.guarantee), hours.guarantee);
      }),
      recess: assign(({ context }) => applyRule(c, context, 'RECESS', (d, ctx) => recess(d, ctx))),
      openRound: assign(({ context }) => applyRule(c, context, 'CONTINUE', (d, ctx) => openRound(d, ctx))),
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
        return applyRule(c, context, 'ANSWER', (d, ctx) => applyAnswer(d, ctx, { accept: event.accept, objections: parts.objections, positions: parts.positions, message: event.message ?? '' }), 0, personActor(c, context.question!.side));
      }),
      teacherPause: assign(({ context }) => applyRule(c, context, 'TEACHER_PAUSE', pause, 0, TEACHER)),
      teacherResume: assign(({ context }) => applyRule(c, context, 'TEACHER_RESUME', resume, 0, TEACHER)),
      teacherInject: assign(({ context, event }) => {
        assertEvent(event, 'TEACHER_INJECT');
        return applyRule(c, context, 'TEACHER_INJECT', (d, ctx) => injectEvent(d, ctx, event.event), 0, TEACHER);
      }),
      teacherExtend: assign(({ context, event }) => {
        assertEvent(event, 'TEACHER_EXTEND');
        return applyRule(c, context, 'TEACHER_EXTEND', (d, ctx) => extendDeadline(d, ctx, event.hours), 0, TEACHER);
      }),
      speak: assign(({ context, event }) => {
        assertEvent(event, 'SPEAK');
        const parts = answerParts(c, event)!;
        return applyRule(c, context, 'SPEAK', (d, ctx) => speak(d, ctx, inRoom(d), { positions: parts.positions, message: event.message ?? '' }), hours.listen, personActor(c, inRoom(context)));
      }),
      begin: assign(({ context }) => ({ ...context, step: context.step + 1 })),
      // An agreed text goes home to be ratified (chance decides, from the seeded generator); any
      // other immediate end is settled as it stands. It is part of the event that ended the talks.
      settleNow: assign(({ context }) => {
        const outcome = immediateOutcome(c, context)!;
        if (outcome.id !== 'framework') return { ...context, outcome };
        return runRule(c, context, { step: context.step, source: 'RATIFICATION', rule: 'ratification', actor: 'the hardliners at home' }, ratify).next;
      }),
      settleDeadline: assign(({ context }) => {
        const d: GameState = { ...context, step: context.step + 1 };
        d.outcome = immediateOutcome(c, d) ?? deadlineOutcome(c, d);
        // An interim deal made at the deadline is kept as the banked text, like one banked before.
        if (d.outcome.id === 'interim' && d.banked === null) d.banked = deadlineText(c, d);
        return d;
      }),
    },
  }).createMachine({
    id: 'shuttle',
    context: ({ input }) => initialState(c, input.settings),
    initial: 'briefing',
    // The teacher may pause and resume in the talks and between days.
    on: {
      TEACHER_PAUSE: { guard: 'teacher', actions: 'teacherPause' },
      TEACHER_RESUME: { guard: 'teacher', actions: 'teacherResume' },
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
              WALK: { guard: 'walkToRoom', target: 'room', actions: 'walk' },
              EDIT_DRAFT: { guard: 'allowed', actions: 'editDraft' },
            },
          },
          room: {
            on: {
              WALK: [
                { guard: 'walkToMajlis', target: 'majlis', actions: 'walk' },
                { guard: 'walkToRoom', target: 'room', actions: 'walk' },
              ],
              // In a room a person plays, the question waits for the person's ANSWER.
              LISTEN: [
                { guard: 'personHere', target: 'answering', actions: 'askPerson' },
                { guard: 'allowed', actions: 'listen' },
              ],
              RELAY: { guard: 'allowed', actions: 'relay' },
              PRESENT_DRAFT: [
                { guard: 'personHere', target: 'answering', actions: 'askPerson' },
                { guard: 'allowed', actions: 'presentDraft' },
              ],
              ASK_CONCESSION: [
                { guard: 'personHere', target: 'answering', actions: 'askPerson' },
                { guard: 'allowed', actions: 'askConcession' },
              ],
              PROPOSE_TRADE: [
                { guard: 'personHere', target: 'answering', actions: 'askPerson' },
                { guard: 'allowed', actions: 'proposeTrade' },
              ],
              PROPOSE_AGENDA: { guard: 'allowed', actions: 'proposeAgenda' },
              PAINT_STALEMATE: { guard: 'allowed', actions: 'paintStalemate' },
              OFFER_GUARANTEE: { guard: 'allowed', actions: 'offerGuarantee' },
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
