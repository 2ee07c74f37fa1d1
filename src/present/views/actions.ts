// The actions the mediator can take where they stand, with their time cost, shortcut and, when
// they are not possible now, why. Whether an event is allowed is read from the mediator's view,
// whose list of legal events the machine's own guards made: the menu never offers what the
// machine would refuse. The moves are named by the one vocabulary (words/moves.ts).
import type { GameEvent, MediatorState, MediatorView } from '../../machine/index.ts';
import { canonicalJson } from '../../lib/index.ts';
import { firstSenderTo, itemAt, named, othersOf, waitingFor, type CompiledScenario, type Location, type SideIndex } from '../../model/index.ts';
import { messages } from '../catalogue/index.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { moveImperative, sceneOf } from '../words/moves.ts';
import { mediatorCountry, optionLabel, sideName } from '../words/names.ts';
import { messageText } from '../words/said.ts';

export interface ActionSpec {
  id: string;
  label: string;
  hint?: string;
  key?: string;
  hours?: number;
  event?: GameEvent;
  /** An action of the interface itself (opening the draft editor or the trade form), not a game event. */
  ui?: 'open-editor' | 'open-trade';
  enabled: boolean;
  reason?: string;
  children?: ActionSpec[];
  primary?: boolean;
}

/** What the menu reads: the mediator's view (the scenario, the public state, the legal events). */
export type ActionView = Pick<MediatorView, 'c' | 'state' | 'legal'>;

/** The menu's view of the game, with the legal events as a set for lookups. */
interface Menu {
  c: CompiledScenario;
  state: MediatorState;
  legal: ReadonlySet<string>;
  /** Whether any trade can be proposed now. */
  trades: boolean;
}

const words = () => gameWords().actions;

function menuOf(view: ActionView): Menu {
  return { c: view.c, state: view.state, legal: new Set(view.legal.map(canonicalJson)), trades: view.legal.some((e) => e.type === 'PROPOSE_TRADE') };
}

function walkHours(c: CompiledScenario, from: Location, to: Location): number {
  const hall = c.scenario.rules.walkHours;
  return from === 'majlis' || to === 'majlis' ? hall : 2 * hall;
}

/** A move of the mediator's; `whyNot` says why it is refused when neither the pause nor the clock is the reason. */
function gameAction(m: Menu, spec: Omit<ActionSpec, 'enabled' | 'label'> & { event: GameEvent; label?: string }, whyNot: () => string): ActionSpec {
  const enabled = m.legal.has(canonicalJson(spec.event));
  const label = spec.label ?? moveImperative(spec.event, sceneOf(m.c, m.state));
  const reason = enabled ? undefined : m.state.paused ? words().paused : m.state.hoursLeft <= 0 ? words().noHours : whyNot();
  return { ...spec, label, enabled, reason };
}

function group(spec: Omit<ActionSpec, 'enabled'> & { children: ActionSpec[] }, reason: string): ActionSpec {
  const enabled = spec.children.some((ch) => ch.enabled);
  return { ...spec, enabled, reason: enabled ? undefined : (spec.children.find((ch) => ch.reason)?.reason ?? reason) };
}

function walks(m: Menu): ActionSpec[] {
  const { c, state } = m;
  const out: ActionSpec[] = [];
  if (state.location !== 'majlis') {
    out.push(gameAction(m, { id: 'walk-majlis', key: 'm', hours: walkHours(c, state.location, 'majlis'), event: { type: 'WALK', to: 'majlis' } }, () => words().alreadyThere));
  }
  for (const s of c.sideIndices) {
    if (state.location === s) continue;
    out.push(gameAction(m, { id: `walk-${s}`, key: String(s + 1), hours: walkHours(c, state.location, s), event: { type: 'WALK', to: c.sides[s].id } }, () => words().alreadyThere));
  }
  return out;
}

const recess = (m: Menu): ActionSpec => gameAction(m, { id: 'recess', hint: words().recessHint, key: 'r', event: { type: 'RECESS' } }, () => '');

export function hallActions(view: ActionView): ActionSpec[] {
  const m = menuOf(view);
  const { c, state } = m;
  const h = c.scenario.rules.actionHours;
  return [
    ...walks(m),
    {
      id: 'open-editor',
      label: words().openEditor,
      hint: words().openEditorHint(h.edit),
      key: 'e',
      ui: 'open-editor',
      enabled: state.hoursLeft > 0 && !state.paused,
      reason: state.paused ? words().paused : state.hoursLeft > 0 ? undefined : words().noHours,
    },
    recess(m),
  ];
}

/** Proposing a trade opens a form of two choices (present/views/trades.ts): enabled when any trade is legal. */
function tradeAction(m: Menu, hours: number): ActionSpec {
  const t = gameWords().trades;
  const many = named(m.c);
  const enabled = m.trades;
  const reason = enabled ? undefined : m.state.paused ? words().paused : m.state.hoursLeft <= 0 ? words().noHours : many ? t.noTradeMany : t.noTrade;
  return { id: 'trade', label: t.action, hint: many ? t.actionHintMany : t.actionHint, key: 'x', hours, ui: 'open-trade', enabled, ...(reason === undefined ? {} : { reason }) };
}

const RELAY_MODES = ['faithful', 'softened', 'sharpened', 'withheld'] as const;
/** The keys of the relays in a room, the first sender with a message waiting first (up to four delegations). */
const RELAY_KEYS = ['c', 'v', 'f'] as const;
const AGENDA_MOVES = ['widen', 'narrow', 'parallel'] as const;

export function roomActions(view: ActionView, room: SideIndex): ActionSpec[] {
  const m = menuOf(view);
  const { c, state } = m;
  const w = words();
  const h = c.scenario.rules.actionHours;
  const them = sideName(c, room);

  /** Carrying one delegation's message into this room, in each of the four ways. */
  const relayFrom = (from: SideIndex, key: string | undefined): ActionSpec => {
    const sender = sideName(c, from);
    const pending = waitingFor(state, from, room);
    const noMessage = () => (pending === null ? w.noMessageFor({ from: sender, to: them }) : w.noDistortion);
    // With more than two delegations a relay names whose message it carries (and the ids say whose).
    const by = named(c) ? { from: c.sides[from].id } : {};
    const prefix = named(c) ? `relay-${c.sides[from].id}` : 'relay';
    return group(
      {
        id: prefix,
        label: w.relay(sender),
        hint: pending ? w.relayHint({ summary: messageText(c, pending), tone: messages().talks.tones[pending.tone] }) : w.noMessage(sender),
        ...(key === undefined ? {} : { key }),
        hours: h.relay,
        children: RELAY_MODES.map((mode) => {
          const way = messages().relayModes[mode];
          return gameAction(m, { id: `${prefix}-${mode}`, label: way.name, hint: way.hint, hours: h.relay, event: { type: 'RELAY', mode, ...by } }, noMessage);
        }),
      },
      w.noMessage(sender),
    );
  };
  // The first delegation with a message waiting here gets C (with two, the other one always); the
  // others, in their order, V and F: every message can be carried from the keyboard.
  const senders = othersOf(c, room);
  const keyed = firstSenderTo(c, state, room) ?? senders[0]!;
  const order = [keyed, ...senders.filter((s) => s !== keyed)];
  const relays = senders.map((from) => relayFrom(from, RELAY_KEYS[order.indexOf(from)]));

  const ask = group(
    {
      id: 'ask',
      label: w.ask,
      hint: named(c) ? w.askHintMany : w.askHint,
      key: 'a',
      hours: h.ask,
      children: c.scenario.issues.map((issue, i) => {
        const heard = itemAt(state.sides[room]!.heard, i);
        return gameAction(m, { id: `ask-${issue.id}`, label: issue.name, hint: w.theirPosition(heard === null ? null : optionLabel(c, i, heard)), hours: h.ask, event: { type: 'ASK_CONCESSION', issue: issue.id } }, () => '');
      }),
    },
    '',
  );

  const trade = tradeAction(m, h.trade);

  const agenda = group(
    {
      id: 'agenda',
      label: w.agenda,
      hint: w.agendaHint,
      key: 'g',
      hours: h.agenda,
      children: AGENDA_MOVES.map((move) => {
        const named = messages().agendaMoves[move];
        return gameAction(m, { id: `agenda-${move}`, label: named.name, hint: named.hint, hours: h.agenda, event: { type: 'PROPOSE_AGENDA', move } }, () => '');
      }),
    },
    '',
  );

  const mediator = c.scenario.mediator;
  const left = mediator.guaranteeBudget - state.guaranteesUsed.length;
  const guarantees = group(
    {
      id: 'guarantee',
      label: c.scenario.labels.guarantee,
      hint: w.guaranteeHint({ left: Math.max(0, left), budget: mediator.guaranteeBudget, country: mediatorCountry(c) }),
      key: 'o',
      hours: h.guarantee,
      children: mediator.guarantees.map((g) =>
        gameAction(m, { id: `guarantee-${g.id}`, label: g.name, hint: g.description, hours: h.guarantee, event: { type: 'OFFER_GUARANTEE', guarantee: g.id } }, () =>
          state.guaranteesUsed.includes(g.id) ? w.alreadyOffered : left <= 0 ? w.noGuaranteesLeft : w.notMeantFor(them),
        ),
      ),
    },
    mediator.guarantees.length === 0 ? w.noGuarantees : w.noGuaranteeHere,
  );

  return [
    gameAction(m, { id: 'listen', hint: w.listenHint, key: 'l', hours: h.listen, event: { type: 'LISTEN' } }, () => ''),
    ...relays,
    gameAction(m, { id: 'present', hint: w.presentHint, key: 'p', hours: h.present, event: { type: 'PRESENT_DRAFT' } }, () => w.nothingToPresent(mediator.hallName)),
    ask,
    trade,
    agenda,
    gameAction(m, { id: 'paint', hint: w.paintHint, key: 's', hours: h.paint, event: { type: 'PAINT_STALEMATE' } }, () => ''),
    guarantees,
    ...walks(m),
    recess(m),
  ];
}
