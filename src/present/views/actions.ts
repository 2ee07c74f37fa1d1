// The actions the mediator can take where they stand, with their time cost, shortcut and, when
// they are not possible now, why. Whether an event is allowed comes from the machine's own
// guard (allowedInTalks): the menu never offers what the machine would refuse.
import { allowedInTalks, type GameEvent } from '../../machine/index.ts';
import { itemAt, other, type CompiledScenario, type GameState, type Location, type SideIndex } from '../../model/index.ts';
import { optionLabel } from '../words/names.ts';
import { roomName, sideName } from '../words/names.ts';
import { messageText } from '../words/said.ts';
import { messages } from '../catalogue/index.ts';

export interface ActionSpec {
  id: string;
  label: string;
  hint?: string;
  key?: string;
  hours?: number;
  event?: GameEvent;
  /** An action of the interface itself (opening the draft editor), not a game event. */
  ui?: 'open-editor';
  enabled: boolean;
  reason?: string;
  children?: ActionSpec[];
  primary?: boolean;
}

function walkHours(c: CompiledScenario, from: Location, to: Location): number {
  const hall = c.scenario.rules.walkHours;
  return from === 'majlis' || to === 'majlis' ? hall : 2 * hall;
}

const PAUSED = 'The teacher has paused the talks.';

function gameAction(c: CompiledScenario, state: GameState, spec: Omit<ActionSpec, 'enabled'> & { event: GameEvent }, whyNot: () => string): ActionSpec {
  const enabled = allowedInTalks(c, state, spec.event);
  return { ...spec, enabled, reason: enabled ? undefined : state.paused ? PAUSED : state.hoursLeft <= 0 ? 'No hours are left today.' : whyNot() };
}

function group(spec: Omit<ActionSpec, 'enabled'> & { children: ActionSpec[] }, reason: string): ActionSpec {
  const enabled = spec.children.some((ch) => ch.enabled);
  return { ...spec, enabled, reason: enabled ? undefined : (spec.children.find((ch) => ch.reason)?.reason ?? reason) };
}

function walks(c: CompiledScenario, state: GameState): ActionSpec[] {
  const out: ActionSpec[] = [];
  if (state.location !== 'majlis') {
    out.push(gameAction(c, state, { id: 'walk-majlis', label: `Walk back to ${c.scenario.mediator.hallName}`, key: 'm', hours: walkHours(c, state.location, 'majlis'), event: { type: 'WALK', to: 'majlis' } }, () => 'You are already there.'));
  }
  for (const s of [0, 1] as const) {
    if (state.location === s) continue;
    out.push(gameAction(c, state, { id: `walk-${s}`, label: `Walk to ${roomName(c, s)}`, key: String(s + 1), hours: walkHours(c, state.location, s), event: { type: 'WALK', to: c.sides[s].id } }, () => 'You are already there.'));
  }
  return out;
}

const recess = (c: CompiledScenario, state: GameState): ActionSpec =>
  gameAction(c, state, { id: 'recess', label: 'End the day: call a recess', hint: 'The news between rounds follows; unused hours are lost.', key: 'r', event: { type: 'RECESS' } }, () => '');

export function hallActions(c: CompiledScenario, state: GameState): ActionSpec[] {
  const h = c.scenario.rules.actionHours;
  return [
    ...walks(c, state),
    {
      id: 'open-editor',
      label: 'Work on the draft',
      hint: `Write the single negotiating text here. Each revision takes ${h.edit} h.`,
      key: 'e',
      ui: 'open-editor',
      enabled: state.hoursLeft > 0 && !state.paused,
      reason: state.paused ? PAUSED : state.hoursLeft > 0 ? undefined : 'No hours are left today.',
    },
    recess(c, state),
  ];
}

const RELAY_TEXT = {
  faithful: ['As it was given', 'Carry it word for word. Honest, and builds trust.'],
  softened: ['Softened', 'Make it sound warmer than it was. Helps now; may be found out.'],
  sharpened: ['Sharpened', 'Say they are ready to leave. Raises the pressure; may be found out.'],
  withheld: ['Withheld', 'Keep it to yourself. The sender may learn of it.'],
} as const;

export function roomActions(c: CompiledScenario, state: GameState, room: SideIndex): ActionSpec[] {
  const h = c.scenario.rules.actionHours;
  const them = sideName(c, room);
  const from = other(room);
  const pending = state.sides[from].pending;
  const noMessage = () => (pending === null ? `${sideName(c, from)} has no message for ${them} yet.` : 'Distortion is turned off for this game.');

  const relay = group(
    {
      id: 'relay',
      label: `Carry ${sideName(c, from)}’s message`,
      hint: pending ? `${messageText(c, pending)} (tone: ${messages().talks.tones[pending.tone]})` : `${sideName(c, from)} has no message yet.`,
      key: 'c',
      hours: h.relay,
      children: (Object.keys(RELAY_TEXT) as (keyof typeof RELAY_TEXT)[]).map((mode) =>
        gameAction(c, state, { id: `relay-${mode}`, label: RELAY_TEXT[mode][0], hint: RELAY_TEXT[mode][1], hours: h.relay, event: { type: 'RELAY', mode } }, noMessage),
      ),
    },
    `${sideName(c, from)} has no message yet.`,
  );

  const ask = group(
    {
      id: 'ask',
      label: 'Ask for a concession',
      hint: 'Ask them to move one step on an issue. They give more when they see the other side move too.',
      key: 'a',
      hours: h.ask,
      children: c.scenario.issues.map((issue, i) => {
        const heard = itemAt(state.sides[room].heard, i);
        return gameAction(c, state, { id: `ask-${issue.id}`, label: issue.name, hint: heard === null ? 'Their position: not heard yet' : `Their position: ${optionLabel(c, i, heard)}`, hours: h.ask, event: { type: 'ASK_CONCESSION', issue: issue.id } }, () => '');
      }),
    },
    '',
  );

  const agenda = group(
    {
      id: 'agenda',
      label: 'Propose the agenda',
      hint: 'Widen it, narrow it, or put the wider issues on a parallel track.',
      key: 'g',
      hours: h.agenda,
      children: [
        gameAction(c, state, { id: 'agenda-widen', label: 'Widen the agenda', hint: 'Bring the wider issues into the deal.', hours: h.agenda, event: { type: 'PROPOSE_AGENDA', move: 'widen' } }, () => ''),
        gameAction(c, state, { id: 'agenda-narrow', label: 'Narrow the agenda', hint: 'Keep the deal to the core file.', hours: h.agenda, event: { type: 'PROPOSE_AGENDA', move: 'narrow' } }, () => ''),
        gameAction(c, state, { id: 'agenda-parallel', label: 'A parallel track', hint: 'The wider issues go to separate talks: the middle way.', hours: h.agenda, event: { type: 'PROPOSE_AGENDA', move: 'parallel' } }, () => ''),
      ],
    },
    '',
  );

  const m = c.scenario.mediator;
  const left = m.guaranteeBudget - state.guaranteesUsed.length;
  const guarantees = group(
    {
      id: 'guarantee',
      label: c.scenario.labels.guarantee,
      hint: `${Math.max(0, left)} of ${m.guaranteeBudget} left. A way out that ${m.country} stands behind.`,
      key: 'o',
      hours: h.guarantee,
      children: m.guarantees.map((g) =>
        gameAction(c, state, { id: `guarantee-${g.id}`, label: g.name, hint: g.description, hours: h.guarantee, event: { type: 'OFFER_GUARANTEE', guarantee: g.id } }, () =>
          state.guaranteesUsed.includes(g.id) ? 'Already offered.' : left <= 0 ? 'No guarantees are left.' : `Not meant for ${them}.`,
        ),
      ),
    },
    m.guarantees.length === 0 ? 'This scenario has no guarantees.' : 'No guarantee can be offered here now.',
  );

  return [
    gameAction(c, state, { id: 'listen', label: 'Listen', hint: 'Hear their position on what matters most to them, and a hint of their priorities.', key: 'l', hours: h.listen, event: { type: 'LISTEN' } }, () => ''),
    relay,
    gameAction(
      c,
      state,
      { id: 'present', label: `Present draft ${state.draftVersion}`, hint: 'They accept it, or criticise its worst items.', key: 'p', hours: h.present, event: { type: 'PRESENT_DRAFT' } },
      () => `The draft settles no core issue yet: write it in ${c.scenario.mediator.hallName}.`,
    ),
    ask,
    agenda,
    gameAction(c, state, { id: 'paint', label: 'Paint the stalemate', hint: 'Make the cost of no deal felt. Not credible while the pressure is low or trust is thin.', key: 's', hours: h.paint, event: { type: 'PAINT_STALEMATE' } }, () => ''),
    guarantees,
    ...walks(c, state),
    recess(c, state),
  ];
}

export function actionsFor(c: CompiledScenario, state: GameState): ActionSpec[] {
  return state.location === 'majlis' ? hallActions(c, state) : roomActions(c, state, state.location);
}

