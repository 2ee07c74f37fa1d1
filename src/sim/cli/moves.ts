// A mediator's move in words, for the command line (the game names its moves in src/game/view;
// the command line cannot import the game, so it says them plainly here).
import type { GameEvent } from '../../machine/events.ts';
import { issueIndex, sideIndex, type CompiledScenario } from '../../model/compile.ts';

function issueName(c: CompiledScenario, id: string): string {
  const i = issueIndex(c, id);
  return i === -1 ? id : c.scenario.issues[i]!.name;
}

function optionName(c: CompiledScenario, issue: string, option: string | null): string {
  if (option === null) return 'open';
  const found = c.scenario.issues[issueIndex(c, issue)]?.options.find((o) => o.id === option);
  return found ? found.label : option;
}

export function moveWords(c: CompiledScenario, event: GameEvent): string {
  const s = c.scenario;
  switch (event.type) {
    case 'WALK': {
      if (event.to === 'majlis') return `walk back to ${s.mediator.hallName}`;
      const side = sideIndex(c, event.to);
      return `walk to the ${side === -1 ? event.to : s.delegations[side]!.shortName} room`;
    }
    case 'LISTEN':
      return 'listen';
    case 'RELAY':
      return event.mode === 'faithful' ? 'carry the message faithfully' : event.mode === 'withheld' ? 'withhold the message' : `carry the message ${event.mode}`;
    case 'PRESENT_DRAFT':
      return 'present the draft';
    case 'ASK_CONCESSION':
      return `ask for a concession on ${issueName(c, event.issue)}`;
    case 'EDIT_DRAFT':
      return `write into the draft: ${Object.entries(event.items)
        .map(([issue, option]) => `${issueName(c, issue)}: ${optionName(c, issue, option)}`)
        .join('; ')}`;
    case 'PROPOSE_AGENDA':
      return event.move === 'parallel' ? 'propose a parallel track for the wider issues' : `propose to ${event.move} the agenda`;
    case 'PAINT_STALEMATE':
      return 'paint the stalemate';
    case 'OFFER_GUARANTEE':
      return `offer a guarantee: ${s.mediator.guarantees.find((g) => g.id === event.guarantee)?.name ?? event.guarantee}`;
    case 'RECESS':
      return 'call a recess (end the day)';
    case 'ANSWER':
      return event.accept ? 'answer yes' : 'answer no';
    case 'SPEAK':
      return 'the delegation takes the floor';
    case 'CONTINUE':
      return 'open the next day';
    case 'BEGIN':
      return 'open the talks';
    default:
      return event.type.toLowerCase().replace(/_/g, ' ');
  }
}
