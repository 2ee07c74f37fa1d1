// "Why did this move?": the ledger's entries for a meter, in words. Hidden meters (the sides'
// reservation values, hardliners, hurt and way out) are never shown during play.
import { eventHeadline, teacherText } from '../../classroom/causes.ts';
import { TEACHER } from '../../model/rules/teacher.ts';
import type { CompiledScenario } from '../../model/compile.ts';
import type { GameState, LedgerEntry, MeterKey, SideIndex } from '../../model/types.ts';
import { sideName } from './names.ts';

export type VisibleMeter = 'scope' | 'pressure' | 'progress' | 'patience' | 'credibility' | 'closeness' | 'concession';

const METER_NAMES: Record<MeterKey, string> = {
  scope: 'Agenda scope',
  pressure: 'Pressure',
  progress: 'Progress',
  patience: 'Patience',
  credibility: 'Trust in you',
  closeness: 'Closeness',
  hurt: 'Hurt',
  wayOut: 'Way out',
  hardliners: 'Hardliners',
  reservation: 'Value of no deal',
  concession: 'Concessions',
  hours: 'Hours left today',
  paused: 'Paused',
};

export function meterName(c: CompiledScenario, meter: MeterKey, side: SideIndex | null): string {
  const name = meter === 'pressure' ? c.scenario.labels.pressure : METER_NAMES[meter];
  return side === null ? name : `${name}: ${sideName(c, side)}`;
}

const ACTION_PHRASES: Record<string, string> = {
  BEGIN: 'the talks opened',
  WALK: 'you walked through the hall',
  LISTEN: 'you listened',
  RELAY: 'you carried a message',
  PRESENT_DRAFT: 'you presented the draft',
  ASK_CONCESSION: 'you asked for a concession',
  EDIT_DRAFT: 'you revised the draft',
  PROPOSE_AGENDA: 'you proposed a change to the agenda',
  PAINT_STALEMATE: 'you painted the stalemate',
  OFFER_GUARANTEE: 'you offered a guarantee',
  CONTINUE: 'a new day of talks',
  ANSWER: 'a delegation answered',
  SPEAK: 'a delegation took the floor',
};

/** The cause of one change, in words: the action, or the news event and who caused it. */
export function causePhrase(c: CompiledScenario, entry: LedgerEntry): string {
  const { source, rule, actor } = entry.cause;
  if (actor === TEACHER) return teacherText(source, eventHeadline(c, rule)).replace(/^The/, 'the');
  if (source !== 'RECESS') return ACTION_PHRASES[source] ?? actor;
  const dot = rule.indexOf('.');
  const kind = dot === -1 ? rule : rule.slice(0, dot);
  const id = dot === -1 ? '' : rule.slice(dot + 1);
  if (kind === 'event' || kind === 'incident') {
    const headline = eventHeadline(c, rule);
    return headline ? `${headline} (${actor})` : actor;
  }
  if (kind === 'discovery') return `a ${id} message came to light`;
  if (kind === 'recess' && id === 'rest') return 'a night’s rest';
  if (kind === 'recess' && id === 'drift') return 'the passage of time';
  if (kind === 'recess' && id === 'pressure') return actor;
  if (kind === 'deescalation') return 'visible progress eased the tension';
  return actor === 'the mediator' ? 'the recess' : actor;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** "+3", "−2.5", or for the ladder "Incidents → Ultimatum". */
export function deltaText(c: CompiledScenario, entry: LedgerEntry): string {
  if (entry.meter === 'pressure') {
    const rungs = c.scenario.escalation.rungs;
    return `${rungs[entry.from]?.name ?? entry.from} → ${rungs[entry.to]?.name ?? entry.to}`;
  }
  const d = round1(entry.to - entry.from);
  return d > 0 ? `+${d}` : `−${Math.abs(d)}`;
}

/** The latest changes of a meter, newest first. */
export function recentChanges(state: GameState, meter: VisibleMeter, side: SideIndex | null, count = 4): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  for (let i = state.ledger.length - 1; i >= 0 && out.length < count; i--) {
    const e = state.ledger[i]!;
    if (!e.hidden && e.meter === meter && e.side === side) out.push(e);
  }
  return out;
}

/** One line for the tooltip and the live region. */
export function changeLine(c: CompiledScenario, entry: LedgerEntry): string {
  return `${deltaText(c, entry)}: ${causePhrase(c, entry)} (round ${entry.round + 1})`;
}

/** The entries one change of state added to the ledger. */
export function newEntries(before: GameState, after: GameState): LedgerEntry[] {
  return after.ledger.slice(before.ledger.length);
}
