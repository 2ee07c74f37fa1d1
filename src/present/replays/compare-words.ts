// A line's next move in words, for "where the lines part": what the mediator did from the state
// both lines shared (the vocabulary's past form, said of "the mediator"), and what it moved.
import type { GameEvent, MediatorState } from '../../machine/index.ts';
import type { CompiledScenario, LedgerEntry } from '../../model/index.ts';
import { deltaText } from '../views/ledger.ts';
import { movePast, sceneOf } from '../words/moves.ts';
import { meterName } from '../words/quantities.ts';

/** Who did what with this event, where the state stood: "the mediator presented draft 3 to Southland". */
export function eventWords(c: CompiledScenario, before: Pick<MediatorState, 'location' | 'draftVersion' | 'round' | 'question'>, event: GameEvent): string {
  return movePast(event, sceneOf(c, before), 'mediator');
}

/**
 * The visible moves of one step, in short: "Patience: Southland −5". A meter moved by more than
 * one rule in the step is said once, from where it stood to where it ended.
 */
export function stepMoves(c: CompiledScenario, ledger: readonly LedgerEntry[], step: number, limit = 3): string[] {
  const moved = new Map<string, LedgerEntry>();
  for (const e of ledger) {
    if (e.step !== step || e.hidden || e.meter === 'hours' || e.meter === 'paused' || e.meter === 'ai') continue;
    const key = `${e.meter}:${e.side ?? ''}`;
    const was = moved.get(key);
    moved.set(key, was ? { ...was, to: e.to } : e);
  }
  return [...moved.values()]
    .filter((e) => e.to !== e.from)
    .slice(0, limit)
    .map((e) => `${meterName(c, e.meter, e.side)} ${deltaText(c, e)}`);
}
