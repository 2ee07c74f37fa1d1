// A ledger cause in words, and what kind of cause it is: the mediator, a scripted (dated,
// sourced) event, a chance incident, background news, the weight of military pressure, time.
import type { CompiledScenario } from '../model/compile.ts';
import type { Cause, GameState, LedgerEntry, SideIndex } from '../model/types.ts';
import { TEACHER } from '../model/rules/teacher.ts';
import type { MediatorRecord } from './record.ts';
import { meterLabel } from './series.ts';
import type { CauseKind, CauseRecord, Move, SeriesMeter } from './types.ts';

export function sideName(c: CompiledScenario, side: SideIndex): string {
  return c.scenario.delegations[side]!.shortName;
}

export function rungName(c: CompiledScenario, rung: number): string {
  return c.scenario.escalation.rungs[Math.round(rung)]?.name ?? `rung ${rung}`;
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
  if (rule === 'recess.pressure') return 'pressure';
  if (rule === 'recess.drift' || rule === 'recess.rest') return 'time';
  if (rule.startsWith('deescalation.')) return 'chance';
  if (cause.actor === 'the mediator') return 'mediator';
  return 'other';
}

/** What the teacher did, in words (the teacher is never the mediator nor chance). */
export function teacherText(source: string, headline: string | null): string {
  if (source === 'TEACHER_PAUSE') return 'The teacher paused the talks';
  if (source === 'TEACHER_RESUME') return 'The teacher resumed the talks';
  if (source === 'TEACHER_EXTEND') return 'The teacher gave the day more hours';
  return `The teacher brought forward "${headline ?? 'an event'}"`;
}

/** The scenario headline behind an event or incident rule, if any. */
export function eventHeadline(c: CompiledScenario, rule: string): string | null {
  const id = rule.replace(/^(event|incident|teacher)\./, '');
  if (id === rule) return null;
  const found = c.scenario.events.find((e) => e.id === id) ?? c.scenario.randomEvents.find((e) => e.id === id);
  return found ? found.headline : null;
}

function mediatorAction(c: CompiledScenario, record: MediatorRecord, step: number, source: string): string {
  const s = record.steps.get(step);
  const room = s?.side ?? null;
  const where = room === null ? '' : sideName(c, room);
  switch (source) {
    case 'LISTEN':
      return `You listened to ${where}`;
    case 'RELAY': {
      const relay = record.relays.find((r) => r.step === step);
      const to = relay ? sideName(c, relay.to) : where;
      const from = relay ? sideName(c, relay.to === 0 ? 1 : 0) : 'the other side';
      if (!relay || relay.mode === 'faithful') return `You carried ${from}'s message to ${to} faithfully`;
      if (relay.mode === 'withheld') return `You withheld ${from}'s message from ${to}`;
      return `You carried ${from}'s message to ${to}, ${relay.mode}`;
    }
    case 'PRESENT_DRAFT': {
      const p = record.presentations.find((x) => x.step === step);
      const draft = p?.version ? `draft ${p.version}` : 'the draft';
      return p?.accepted ? `${where} accepted ${draft}` : `${where} criticised ${draft}`;
    }
    case 'ASK_CONCESSION': {
      const a = record.asks.find((x) => x.step === step);
      if (a?.conceded) return `${where} made a concession when you asked`;
      return a?.notReady ? `${where} refused a concession: not ready yet` : `${where} refused a concession`;
    }
    case 'EDIT_DRAFT': {
      const r = record.revisions.find((x) => x.step === step);
      return r?.version ? `You wrote draft ${r.version}` : 'You revised the draft';
    }
    case 'PROPOSE_AGENDA': {
      const a = record.agenda.find((x) => x.step === step);
      const move = a?.move ?? 'change';
      return move === 'parallel' ? `You proposed a parallel track for the wider issues (in the ${where} room)` : `You proposed to ${move} the agenda (in the ${where} room)`;
    }
    case 'PAINT_STALEMATE': {
      const p = record.paintings.find((x) => x.step === step);
      return p && !p.credible ? `You painted the stalemate to ${where}; it was dismissed` : `You painted the stalemate to ${where}`;
    }
    case 'OFFER_GUARANTEE': {
      // Guarantees are used once each, in the order the state lists them.
      const n = record.guarantees.findIndex((g) => g.step === step);
      const id = n === -1 ? undefined : record.guaranteeIds[n];
      const g = c.scenario.mediator.guarantees.find((x) => x.id === id);
      return `You offered ${where} a guarantee${g ? `: ${g.name}` : ''}`;
    }
    case 'WALK':
      return 'You walked to another room';
    default:
      return `Your action (${source.toLowerCase()})`;
  }
}

export function causeText(c: CompiledScenario, record: MediatorRecord, cause: Cause): string {
  const rule = cause.rule;
  const headline = eventHeadline(c, rule);
  if (cause.actor === TEACHER) return teacherText(cause.source, headline);
  if (cause.source === 'ANSWER') return `${cause.actor} answered the mediator`;
  if (cause.source === 'SPEAK') return `${cause.actor} took the floor`;
  if (rule.startsWith('incident.')) return `Incident: "${headline ?? rule.slice(9)}" (${cause.actor})`;
  if (rule.startsWith('event.')) return `"${headline ?? rule.slice(6)}" (${cause.actor})`;
  if (rule.startsWith('discovery.')) {
    const mode = rule.slice('discovery.'.length);
    const s = record.steps.get(cause.step);
    const who = s?.entries.find((e) => e.cause.rule === rule && e.side !== null)?.side;
    return `${who === undefined || who === null ? 'A delegation' : sideName(c, who)} discovered that a message had been ${mode}`;
  }
  if (rule === 'recess.pressure') return `The weight of ${cause.actor}`;
  if (rule === 'recess.drift') return 'Time passing: the fallbacks drift';
  if (rule === 'recess.rest') return "A night's rest";
  if (rule.startsWith('deescalation.')) return 'Tension eased with visible progress';
  if (cause.actor === 'the mediator') return mediatorAction(c, record, cause.step, cause.source);
  return `${rule} (${cause.actor})`;
}

export function causeRecord(c: CompiledScenario, record: MediatorRecord, cause: Cause, round: number): CauseRecord {
  return {
    step: cause.step,
    round: round + 1,
    source: cause.source,
    rule: cause.rule,
    actor: cause.actor,
    kind: causeKind(c, cause),
    text: causeText(c, record, cause),
  };
}

/** A number as the debrief prints it: meters to one decimal at most, fallbacks to three. */
export function fmt(meter: SeriesMeter, value: number): string {
  if (meter === 'reservation') return value.toFixed(3);
  return String(Math.round(value * 10) / 10);
}

export function moveOf(c: CompiledScenario, e: LedgerEntry): Move {
  const meter = e.meter as SeriesMeter;
  const who = e.side === null ? '' : `${sideName(c, e.side)}'s `;
  const label = meterLabel(c, meter);
  const name = label.toLowerCase();
  const hidden = e.hidden;
  const value = (v: number) => (meter === 'pressure' ? rungName(c, v) : fmt(meter, v));
  return {
    meter,
    side: e.side === null ? null : c.scenario.delegations[e.side]!.id,
    label,
    from: e.from,
    to: e.to,
    hidden,
    text: `${who}${name} ${value(e.from)} → ${value(e.to)}${hidden ? ' (hidden)' : ''}`,
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
