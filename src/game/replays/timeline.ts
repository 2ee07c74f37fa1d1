// A line as a timeline: each step labelled by its round and a short name for the action, with
// the visible meters after it (for the chart). Built in one walk of the line's step cache.
import type { GameEvent } from '../../machine/events.ts';
import type { CompiledScenario } from '../../model/compile.ts';
import type { GameState, Location } from '../../model/types.ts';
import { meterPoint, type MeterPoint } from '../../replay/compare.ts';
import { capitalise, locationName, sideName } from '../view/names.ts';
import type { StepCache } from './step-cache.ts';

export interface TimelineStep {
  /** Events applied (0: the start). */
  step: number;
  /** The round the action was taken in (0-based). */
  round: number;
  label: string;
  point: MeterPoint;
}

const RELAY_WORDS = { faithful: 'as given', softened: 'softened', sharpened: 'sharpened', withheld: 'withheld' } as const;

function whereOf(c: CompiledScenario, to: string): Location | null {
  if (to === 'majlis') return 'majlis';
  const s = c.sides.findIndex((side) => side.id === to);
  return s === 0 || s === 1 ? s : null;
}

/** A short readable name for the action an event stands for, in the state it found. */
export function actionName(c: CompiledScenario, event: GameEvent, before: GameState): string {
  switch (event.type) {
    case 'BEGIN':
      return 'The talks open';
    case 'WALK': {
      const where = whereOf(c, event.to);
      return `Walk to ${where === null ? event.to : where === 'majlis' ? c.scenario.mediator.hallName : locationName(c, where)}`;
    }
    case 'LISTEN':
      return typeof before.location === 'number' ? `Listen to ${sideName(c, before.location)}` : 'Listen';
    case 'RELAY':
      return `Carry the message (${RELAY_WORDS[event.mode]})`;
    case 'PRESENT_DRAFT':
      return `Present draft ${before.draftVersion}`;
    case 'ASK_CONCESSION':
      return `Ask a concession: ${c.scenario.issues.find((i) => i.id === event.issue)?.name ?? event.issue}`;
    case 'EDIT_DRAFT':
      return `Revise the draft (${Object.keys(event.items).length} ${Object.keys(event.items).length === 1 ? 'item' : 'items'})`;
    case 'PROPOSE_AGENDA':
      return `Agenda: ${event.move === 'parallel' ? 'a parallel track' : event.move}`;
    case 'PAINT_STALEMATE':
      return 'Paint the stalemate';
    case 'OFFER_GUARANTEE':
      return `Offer: ${c.scenario.mediator.guarantees.find((g) => g.id === event.guarantee)?.name ?? event.guarantee}`;
    case 'RECESS':
      return 'Recess';
    case 'ANSWER': {
      const who = before.question ? sideName(c, before.question.side) : 'The delegation';
      return `${who} answers: ${event.accept ? 'yes' : 'no'}`;
    }
    case 'CONTINUE':
      return 'The next day';
    default:
      // Events added later (the teacher's controls) read by their type until named here.
      return (event as GameEvent).type.toLowerCase().replace(/_/g, ' ');
  }
}

/** Every step of the line: the start, then one entry per event taken. */
export function buildTimeline(c: CompiledScenario, events: readonly GameEvent[], cache: StepCache): TimelineStep[] {
  const steps: TimelineStep[] = [];
  let before: GameState | null = null;
  for (const { step, state } of cache.walk()) {
    const label = before === null ? 'The start' : capitalise(actionName(c, events[step - 1]!, before));
    steps.push({ step, round: before?.round ?? state.round, label, point: meterPoint(step, state) });
    before = state;
  }
  return steps;
}
