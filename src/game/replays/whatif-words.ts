// The next moves of the what-if explorer in words: the same names the game's action menu uses
// (view/actions.ts), so "the decisions that mattered" read like the buttons the player had.
import type { GameEvent } from '../../machine/events.ts';
import type { Phase } from '../../machine/game.ts';
import type { CompiledScenario } from '../../model/compile.ts';
import { canonicalJson } from '../../model/hash.ts';
import type { GameState } from '../../model/types.ts';
import { actionsFor, type ActionSpec } from '../view/actions.ts';
import { optionLabel } from '../view/draft.ts';
import { sideName } from '../view/names.ts';

function findAction(specs: readonly ActionSpec[], key: string, parent?: string): string | null {
  for (const spec of specs) {
    const label = parent ? `${parent}: ${spec.label}` : spec.label;
    if (spec.event && canonicalJson(spec.event) === key) return label;
    const inner = spec.children ? findAction(spec.children, key, spec.label) : null;
    if (inner) return inner;
  }
  return null;
}

function draftEdit(c: CompiledScenario, items: Record<string, string | null>): string {
  const changes = Object.entries(items).map(([issueId, optionId]) => {
    const i = c.issueIds.indexOf(issueId);
    if (i < 0) return issueId;
    const o = optionId === null ? null : c.optionIds[i]!.indexOf(optionId);
    const issue = c.scenario.issues[i]!.name;
    return o === null ? `leave ${issue} open` : `${issue}: ${optionLabel(c, i, o < 0 ? null : o)}`;
  });
  return `Work on the draft: ${changes.join('; ')}`;
}

/** One move, in words, as it could be made where the game stood. */
export function moveInWords(c: CompiledScenario, state: GameState, phase: Phase, event: GameEvent): string {
  switch (event.type) {
    case 'BEGIN':
      return 'Begin the talks';
    case 'CONTINUE':
      return 'Go on to the next day of talks';
    case 'EDIT_DRAFT':
      return draftEdit(c, event.items);
    case 'ANSWER': {
      const who = state.question ? sideName(c, state.question.side) : 'The delegation';
      return `${who} answers ${event.accept ? 'yes' : 'no'}`;
    }
    default:
      return (phase === 'talks' ? findAction(actionsFor(c, state), canonicalJson(event)) : null) ?? event.type.toLowerCase().replace(/_/g, ' ');
  }
}
