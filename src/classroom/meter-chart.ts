// The debrief's chart of every meter, round by round, from a line's meter history.
import { meterRange, type CompiledScenario, type GameState, type SideIndex } from '../model/index.ts';
import { meterName } from '../present/index.ts';
import { HIDDEN_SIDE_METERS, isHidden, SHARED_METERS, VISIBLE_SIDE_METERS, type MeterHistory, type SeriesMeter } from '../replay/index.ts';
import type { MeterChart, MeterSeries } from './types.ts';

export function roundsPlayed(c: CompiledScenario, state: GameState): number {
  return Math.min(c.scenario.rounds.length, state.round + 1);
}

export function meterSpan(c: CompiledScenario, meter: SeriesMeter): [number, number] {
  return meterRange(meter, c.topRung);
}

export function meterChart(c: CompiledScenario, state: GameState, history: MeterHistory): MeterChart {
  const s = c.scenario;
  const played = roundsPlayed(c, state);
  const series: MeterSeries[] = [];
  const add = (meter: SeriesMeter, side: SideIndex | null) => {
    const [min, max] = meterSpan(c, meter);
    const points: number[] = [];
    for (let r = 0; r < played; r++) points.push(history.endOfRound(meter, side, r));
    const who = side === null ? null : s.delegations[side]!;
    series.push({
      key: side === null ? meter : `${meter}.${who!.id}`,
      meter,
      side: who ? who.id : null,
      label: who ? `${meterName(c, meter)} (${who.shortName})` : meterName(c, meter),
      hidden: isHidden(meter),
      min,
      max,
      start: history.start(meter, side),
      points,
    });
  };
  for (const m of SHARED_METERS) add(m, null);
  for (const m of VISIBLE_SIDE_METERS) for (const side of c.sideIndices) add(m, side);
  for (const m of HIDDEN_SIDE_METERS) for (const side of c.sideIndices) add(m, side);
  return {
    rounds: s.rounds.slice(0, played).map((r, i) => ({ round: i + 1, label: r.label, date: r.date })),
    rungs: s.escalation.rungs.map((r) => r.name),
    series,
  };
}
