// A ledger cause for the debrief: what kind of cause it is (the mediator, a scripted, dated and
// sourced event, a chance incident, background news, the weight of the pressure, time), with
// its words from the one vocabulary (present/words/causes.ts).
import { TEACHER, type Cause, type CompiledScenario, type GameState, type LedgerEntry } from '../model/index.ts';
import type { MediatorRecord } from '../replay/index.ts';
import { actorName, causeText, classroomWords, meterName, sideName } from '../present/index.ts';
import type { CauseKind, CauseRecord, Move, SeriesMeter } from './types.ts';

export function rungName(c: CompiledScenario, rung: number): string {
  return c.scenario.escalation.rungs[Math.round(rung)]?.name ?? classroomWords().analysis.rung(rung);
}

export function causeKind(c: CompiledScenario, cause: Cause): CauseKind {
  const rule = cause.rule;
  if (cause.actor === TEACHER) return 'teacher';
  if (rule.startsWith('incident.')) return 'incident';
  if (rule.startsWith('event.')) {
    const id = rule.slice('event.'.length);
    if (c.scenario.events.some((e) => e.id === id)) return 'scripted';
    if (c.scenario.randomEvents.some((e) => e.id === id)) return 'background';
    return 'other';
  }
  if (rule.startsWith('discovery.')) return 'mediator';
  if (rule.startsWith('coercion.')) return 'coercion';
  if (rule === 'recess.pressure') return 'pressure';
  if (rule === 'recess.drift' || rule === 'recess.rest' || rule === 'recess.agenda') return 'time';
  if (rule.startsWith('deescalation.')) return 'chance';
  if (cause.actor === 'mediator') return 'mediator';
  return 'other';
}

export function causeRecord(c: CompiledScenario, record: MediatorRecord, cause: Cause, round: number): CauseRecord {
  return {
    step: cause.step,
    round: round + 1,
    source: cause.source,
    rule: cause.rule,
    actor: actorName(c, cause.actor),
    who: cause.actor,
    kind: causeKind(c, cause),
    text: causeText(c, record, cause),
  };
}

/** A number as the debrief prints it: meters to one decimal at most, fallbacks to three. */
export function meterValue(meter: SeriesMeter, value: number): string {
  return classroomWords().analysis.value({ reservation: meter === 'reservation', value });
}

export function moveOf(c: CompiledScenario, e: LedgerEntry): Move {
  const meter = e.meter as SeriesMeter;
  const hidden = e.hidden;
  const label = meterName(c, meter);
  const value = (v: number) => (meter === 'pressure' ? rungName(c, v) : meterValue(meter, v));
  return {
    meter,
    side: e.side === null ? null : c.scenario.delegations[e.side]!.id,
    label,
    from: e.from,
    to: e.to,
    hidden,
    text: classroomWords().analysis.move({ side: e.side === null ? null : sideName(c, e.side), meter: label, from: value(e.from), to: value(e.to), hidden }),
  };
}

/** Several ledger entries for one meter and side in one cause: one move from the first to the last. */
export function mergeMoves(c: CompiledScenario, entries: readonly LedgerEntry[]): Move[] {
  const merged = new Map<string, LedgerEntry>();
  for (const e of entries) {
    const key = `${e.meter}:${e.side ?? ''}`;
    const had = merged.get(key);
    merged.set(key, had ? { ...had, to: e.to } : e);
  }
  return [...merged.values()].filter((e) => e.to !== e.from).map((e) => moveOf(c, e));
}

export function mediatorName(c: CompiledScenario, state: GameState): string {
  return state.settings.names === 'names' ? c.scenario.mediator.name : c.scenario.mediator.title;
}
