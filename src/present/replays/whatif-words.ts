// The next moves of the what-if explorer in words: the vocabulary's imperative, the form the
// game's action menu uses, so "the decisions that mattered" read like the buttons the player had.
import type { GameEvent, MediatorState } from '../../machine/index.ts';
import type { CompiledScenario } from '../../model/index.ts';
import { moveImperative, sceneOf } from '../words/moves.ts';

/** One move, in words, as it could be made where the game stood. */
export function moveInWords(c: CompiledScenario, state: Pick<MediatorState, 'location' | 'draftVersion' | 'round' | 'question'>, event: GameEvent): string {
  return moveImperative(event, sceneOf(c, state));
}
