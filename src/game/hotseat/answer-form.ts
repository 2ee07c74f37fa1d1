// The delegation player's answer, from the form to the ANSWER event: which answers fit which
// question, and the checks made before anything is sent (the machine's own word last).
import { GameEventSchema, type GameEvent } from '../../machine/index.ts';
import { issueIndex, itemAt, type CompiledScenario, type Package, type Question } from '../../model/index.ts';
import { gameWords } from '../../present/index.ts';

/** The longest message the mediator will carry (the event schema's own limit). */
export const MESSAGE_LIMIT = 400;

export type Decision = 'accept' | 'reject' | 'counter' | 'state';

export interface AnswerChoice {
  /** null until the player picks one. */
  decision: Decision | null;
  /** Reject: the ids of the draft items objected to. */
  objections: readonly string[];
  /** Counter or state: option id per issue id ('' or absent: nothing said on it). */
  positions: Readonly<Record<string, string>>;
  message: string;
}

export type AnswerEvent = Extract<GameEvent, { type: 'ANSWER' }>;
export type AnswerResult = { ok: true; event: AnswerEvent } | { ok: false; error: string };

/** The answers that fit each kind of question, in the order the form offers them. */
const DECISIONS: Record<Question['kind'], readonly Decision[]> = {
  draft: ['accept', 'reject', 'counter'],
  concession: ['accept', 'reject'],
  listen: ['state'],
  trade: ['accept', 'reject'],
};

export function decisionsFor(kind: Question['kind']): Decision[] {
  return [...DECISIONS[kind]];
}

/** An answer in the words of the delegation giving it. */
export function decisionLabel(kind: Question['kind'], decision: Decision): string {
  const labels: Partial<Record<Decision, string>> = gameWords().hotseat.form.decisions[kind];
  return labels[decision] ?? decision;
}

function said(positions: AnswerChoice['positions']): [string, string][] {
  return Object.entries(positions).filter(([, option]) => option !== '');
}

/** What an answer is checked against: the question, the text on the table, and the machine. */
export interface AnswerScene {
  question: Question | null;
  draft: Package;
  /** Whether the machine takes this event now (its own guards decide). */
  allows(event: GameEvent): boolean;
}

/** The ANSWER event for this choice, or why it cannot be sent. */
export function answerEvent(c: CompiledScenario, scene: AnswerScene, choice: AnswerChoice): AnswerResult {
  const w = gameWords().hotseat.form;
  const q = scene.question;
  if (!q) return { ok: false, error: w.noQuestion };
  if (choice.decision === null || !decisionsFor(q.kind).includes(choice.decision)) return { ok: false, error: w.choose };
  const message = choice.message.trim();
  if (message.length > MESSAGE_LIMIT) return { ok: false, error: w.tooLong({ length: message.length, limit: MESSAGE_LIMIT }) };
  const words = message ? { message } : {};
  let event: AnswerEvent;
  switch (choice.decision) {
    case 'accept':
      event = { type: 'ANSWER', accept: true, ...words };
      break;
    case 'reject': {
      if (q.kind === 'concession') {
        event = { type: 'ANSWER', accept: false, ...words };
        break;
      }
      const objections = [...new Set(choice.objections)];
      if (objections.length === 0) return { ok: false, error: w.chooseObjection };
      if (objections.some((id) => itemAt(scene.draft, issueIndex(c, id)) === null)) return { ok: false, error: w.onlySettled };
      event = { type: 'ANSWER', accept: false, objections, ...words };
      break;
    }
    case 'counter': {
      // The items where our position differs from the text are the ones we object to.
      const changed = said(choice.positions).filter(([id, option]) => {
        const i = issueIndex(c, id);
        const o = i === -1 ? -1 : c.optionIds[i]!.indexOf(option);
        return i === -1 || o === -1 || itemAt(scene.draft, i) !== o;
      });
      if (changed.length === 0) return { ok: false, error: w.changeOne };
      event = { type: 'ANSWER', accept: false, objections: changed.map(([id]) => id), positions: Object.fromEntries(changed), ...words };
      break;
    }
    case 'state':
      event = { type: 'ANSWER', accept: true, positions: Object.fromEntries(said(choice.positions)), ...words };
      break;
  }
  const parsed = GameEventSchema.safeParse(event);
  if (!parsed.success || !scene.allows(event)) {
    return { ok: false, error: q.kind === 'concession' && choice.decision === 'accept' ? w.noStepLeft : w.doesNotFit };
  }
  return { ok: true, event };
}

export type SpeakEvent = Extract<GameEvent, { type: 'SPEAK' }>;
export type SpeakResult = { ok: true; event: SpeakEvent } | { ok: false; error: string };

/** The SPEAK event for what the delegation chose to say unasked, or why it cannot be sent. */
export function speakEvent(positions: readonly [string, string][], text: string): SpeakResult {
  const w = gameWords().hotseat.form;
  const message = text.trim();
  if (message.length > MESSAGE_LIMIT) return { ok: false, error: w.tooLong({ length: message.length, limit: MESSAGE_LIMIT }) };
  const stated = positions.filter(([, option]) => option !== '');
  if (stated.length === 0 && message === '') return { ok: false, error: w.nothingToSay };
  const event: SpeakEvent = { type: 'SPEAK', ...(stated.length ? { positions: Object.fromEntries(stated) } : {}), ...(message ? { message } : {}) };
  const parsed = GameEventSchema.safeParse(event);
  return parsed.success ? { ok: true, event } : { ok: false, error: w.cannotCarry };
}
