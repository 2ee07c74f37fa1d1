// A line as a timeline: each step labelled by its round and a short name for the action, with
// the visible meters after it (for the chart). Built in one walk of the line's step cache, as
// the mediator saw each step.
import type { GameEvent, MediatorState } from '../../machine/index.ts';
import type { CompiledScenario } from '../../model/index.ts';
import type { MeterPoint } from '../../replay/index.ts';
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

/** The meters a chart draws at one step: all of them on the mediator's screen. */
function pointOf(step: number, s: MediatorState): MeterPoint {
  return {
    event: step,
    round: s.round,
    scope: s.scope,
    pressure: s.pressure,
    progress: s.progress,
    patience: s.sides.map((d) => d.patience),
    credibility: s.sides.map((d) => d.credibility),
    closeness: s.sides.map((d) => d.closeness),
  };
}

/** Every step of the line: the start, then one entry per event taken. */
export function buildTimeline(c: CompiledScenario, events: readonly GameEvent[], cache: StepCache): TimelineStep[] {
  const steps: TimelineStep[] = [];
  let before: MediatorState | null = null;
  for (const { step, state } of cache.views()) {
    // The way on from the last day's news that ends the game opens no next day: it is the end.
    const ends = before !== null && before.outcome === null && state.outcome !== null && events[step - 1]!.type === 'CONTINUE';
    const label = before === null ? messages().timelineStart : ends ? messages().timelineEnd : moveShort(events[step - 1]!, sceneOf(c, before));
    steps.push({ step, round: before?.round ?? state.round, label, point: pointOf(step, state) });
    before = state;
  }
  return steps;
}
