// A line as a timeline: each step labelled by its round and a short name for the action, with
// the visible meters after it (for the chart). Built in one walk of the line's step cache.
import type { GameEvent } from '../../machine/index.ts';
import type { CompiledScenario, GameState } from '../../model/index.ts';
import { meterPoint, type MeterPoint } from '../../replay/index.ts';
import { messages } from '../catalogue/index.ts';
import { moveShort, sceneOf } from '../words/moves.ts';
import type { StepCache } from './step-cache.ts';

export interface TimelineStep {
  /** Events applied (0: the start). */
  step: number;
  /** The round the action was taken in (0-based). */
  round: number;
  label: string;
  point: MeterPoint;
}

/** Every step of the line: the start, then one entry per event taken. */
export function buildTimeline(c: CompiledScenario, events: readonly GameEvent[], cache: StepCache): TimelineStep[] {
  const steps: TimelineStep[] = [];
  let before: GameState | null = null;
  for (const { step, state } of cache.walk()) {
    const label = before === null ? messages().timelineStart : moveShort(events[step - 1]!, sceneOf(c, before));
    steps.push({ step, round: before?.round ?? state.round, label, point: meterPoint(step, state) });
    before = state;
  }
  return steps;
}
