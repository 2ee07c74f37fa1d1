// A line's next move in words, for "where the lines part": what the mediator did from the state
// both lines shared, and what it moved right away.
import type { GameEvent } from '../../machine/events.ts';
import { issueIndex, sideIndex, type CompiledScenario } from '../../model/compile.ts';
import type { GameState, LedgerEntry, MeterKey, SideIndex } from '../../model/types.ts';
import { deltaText, meterName } from '../view/ledger.ts';
import { hallName, sideName } from '../view/names.ts';

function optionLabel(c: CompiledScenario, issue: number, id: string | null): string {
  if (id === null) return 'left open';
  return c.scenario.issues[issue]?.options.find((o) => o.id === id)?.label ?? id;
}

function issuePhrase(c: CompiledScenario, id: string): string {
  const issue = c.scenario.issues[issueIndex(c, id)];
  if (!issue) return id;
  return issue.phrase ?? issue.name.charAt(0).toLowerCase() + issue.name.slice(1);
}

/** Who did what with this event, where the state stood: "the mediator presented draft 3 to the second delegation". */
export function eventWords(c: CompiledScenario, before: GameState, event: GameEvent): string {
  const act = mediatorWords(c, before, event);
  return act === null ? otherWords(event) : `the mediator ${act}`;
}

/** Events that are not the mediator's: the machine's next day, a delegation's answer, the teacher's hand. */
function otherWords(event: GameEvent): string {
  const type: string = event.type;
  if (type === 'CONTINUE') return 'the next day of talks began';
  if (type === 'TEACHER_PAUSE') return 'the teacher paused the talks';
  if (type === 'TEACHER_RESUME') return 'the teacher resumed the talks';
  if (type === 'TEACHER_INJECT') return 'the teacher brought in an event';
  if (type === 'TEACHER_EXTEND') return 'the teacher extended the day';
  return `the game went on (${type.toLowerCase()})`;
}

function mediatorWords(c: CompiledScenario, before: GameState, event: GameEvent): string | null {
  const room: SideIndex | null = before.location === 'majlis' ? null : before.location;
  const here = room === null ? 'the delegations' : sideName(c, room);
  const from = room === null ? 'the other side' : sideName(c, room === 0 ? 1 : 0);
  switch (event.type) {
    case 'BEGIN':
      return 'opened the talks';
    case 'WALK': {
      if (event.to === 'majlis') return `walked back to ${c.scenario.mediator.hallName || hallName(c)}`;
      const s = sideIndex(c, event.to);
      return `walked to ${s === -1 ? event.to : sideName(c, s)}’s room`;
    }
    case 'LISTEN':
      return `listened to ${here}`;
    case 'RELAY':
      if (event.mode === 'withheld') return `withheld ${from}’s message from ${here}`;
      return `carried ${from}’s message to ${here}${event.mode === 'faithful' ? ' faithfully' : `, ${event.mode}`}`;
    case 'PRESENT_DRAFT':
      return `presented draft ${before.draftVersion} to ${here}`;
    case 'ASK_CONCESSION':
      return `asked ${here} for a concession on ${issuePhrase(c, event.issue)}`;
    case 'EDIT_DRAFT': {
      const items = Object.entries(event.items).map(([id, option]) => {
        const i = issueIndex(c, id);
        return `${issuePhrase(c, id)}: ${i === -1 ? (option ?? 'left open') : optionLabel(c, i, option)}`;
      });
      return `revised the draft (${items.join('; ')})`;
    }
    case 'PROPOSE_AGENDA':
      return event.move === 'parallel' ? `proposed to ${here} a parallel track for the wider issues` : `proposed to ${here} to ${event.move} the agenda`;
    case 'PAINT_STALEMATE':
      return `painted the stalemate to ${here}`;
    case 'OFFER_GUARANTEE': {
      const g = c.scenario.mediator.guarantees.find((x) => x.id === event.guarantee);
      return `offered ${here} a guarantee (${g ? g.name : event.guarantee})`;
    }
    case 'RECESS':
      return `called a recess, ending round ${before.round + 1}`;
    case 'ANSWER':
      return `heard ${here}’s answer: ${event.accept ? 'yes' : 'no'}`;
    default:
      return null;
  }
}

/** A meter's name for the comparison: trust is in the mediator, not in "you". */
export function nameOf(c: CompiledScenario, meter: MeterKey, side: SideIndex | null): string {
  return meterName(c, meter, side).replace(/^Trust in you/, 'Trust in the mediator');
}

/** The visible moves of one step, in short: "Patience: Southland −5". */
export function stepMoves(c: CompiledScenario, ledger: readonly LedgerEntry[], step: number, limit = 3): string[] {
  return ledger
    .filter((e) => e.step === step && !e.hidden && e.meter !== 'hours' && e.meter !== 'paused' && e.to !== e.from)
    .slice(0, limit)
    .map((e) => `${nameOf(c, e.meter, e.side)} ${deltaText(c, e)}`);
}
