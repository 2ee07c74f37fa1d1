// Why a meter moved, in words: the mediator's move (from the vocabulary), a dated scenario
// event, an incident, the teacher's hand, the weight of the pressure, time. One place for the
// ledger's tooltip, the live region, the debrief and the comparison of two lines.
import { TEACHER, type Actor, type Cause, type CompiledScenario, type LedgerEntry, type SideIndex } from '../../model/index.ts';
import type { CoercionMove } from '../../scenario/index.ts';
import type { MediatorRecord } from '../../replay/index.ts';
import type { GameEvent } from '../../machine/index.ts';
import { messages } from '../catalogue/index.ts';
import { moveGist, movePast, type Person } from './moves.ts';
import { sideName } from './names.ts';

/**
 * Who did something, in words: the ledger and the news record a code (model/types.ts: Actor), so
 * the words are the catalogue's, and a scenario's own words for its events are kept as written.
 */
export function actorName(c: CompiledScenario, actor: Actor): string {
  const w = messages().actors;
  const colon = actor.indexOf(':');
  if (colon === -1) return w[actor as Exclude<Actor, `${string}:${string}`>];
  const kind = actor.slice(0, colon);
  const rest = actor.slice(colon + 1);
  if (kind === 'scenario') return rest;
  if (kind === 'pressure') {
    const rung = Number(rest);
    return w.pressure({ pressure: c.scenario.labels.pressure, rung, name: c.scenario.escalation.rungs[rung]?.name ?? null });
  }
  // A delegation's index; anything else reads as the first delegation, as it always has.
  const index = Number(rest);
  const side = sideName(c, c.sideIndices.includes(index) ? index : 0);
  return kind === 'person' ? w.person(side) : kind === 'ai' ? w.ai(side) : side;
}

/** The coercive move behind a rule ("coercion.armada"), with the delegation that chose it, if any. */
export function coercionOf(c: CompiledScenario, rule: string, actor?: Actor): { side: SideIndex; move: CoercionMove } | null {
  if (!rule.startsWith('coercion.')) return null;
  const id = rule.slice('coercion.'.length);
  for (const side of c.sideIndices) {
    const d = c.scenario.delegations[side]!;
    if (actor !== undefined && actor !== `side:${side}`) continue;
    const move = d.coercion.find((m) => m.id === id);
    if (move) return { side, move };
  }
  return null;
}

/** The scenario headline behind an event, incident or teacher rule ("event.drone"), if any. */
export function eventHeadline(c: CompiledScenario, rule: string): string | null {
  const id = rule.replace(/^(event|incident|teacher)\./, '');
  if (id === rule) return null;
  const found = c.scenario.events.find((e) => e.id === id) ?? c.scenario.randomEvents.find((e) => e.id === id);
  return found ? found.headline : null;
}

/** What the teacher did (the teacher is never the mediator nor chance). */
export function teacherWords(c: CompiledScenario, cause: Cause): string {
  const m = messages().moves;
  switch (cause.source) {
    case 'TEACHER_PAUSE':
      return m.TEACHER_PAUSE.past();
    case 'TEACHER_RESUME':
      return m.TEACHER_RESUME.past();
    case 'TEACHER_EXTEND':
      return m.TEACHER_EXTEND.gist();
    case 'TEACHER_SEAT':
      return m.TEACHER_SEAT.gist();
    default:
      return m.TEACHER_INJECT.past({ headline: eventHeadline(c, cause.rule) });
  }
}

/** A cause that is not a move of the mediator's (a scenario event, chance, time), or null when it is one. */
function worldWords(c: CompiledScenario, cause: Cause): string | null {
  const m = messages().causes;
  const { rule, actor, source } = cause;
  if (actor === TEACHER) return teacherWords(c, cause);
  if (source === 'ANSWER') return m.answered(actorName(c, actor));
  if (source === 'SPEAK') return m.spoke(actorName(c, actor));
  const headline = eventHeadline(c, rule);
  if (rule.startsWith('incident.')) return m.incident({ headline: headline ?? rule.slice('incident.'.length), actor: actorName(c, actor) });
  const coerced = coercionOf(c, rule, actor);
  if (coerced) return m.coerced({ side: sideName(c, coerced.side), move: coerced.move.name });
  if (rule.startsWith('event.')) return m.event({ headline: headline ?? rule.slice('event.'.length), actor: actorName(c, actor) });
  if (rule === 'recess.pressure') return m.pressure(actorName(c, actor));
  if (rule === 'recess.drift') return m.drift;
  if (rule === 'recess.rest') return m.rest;
  if (rule === 'recess.agenda') return m.agendaAtHome;
  if (rule.startsWith('deescalation.')) return m.eased;
  return null;
}

/** A ledger entry's cause in a short phrase (the tooltip, the live region): lower case. */
export function causePhrase(c: CompiledScenario, entry: LedgerEntry): string {
  const cause = entry.cause;
  if (cause.rule.startsWith('discovery.')) return messages().causes.discovered({ side: entry.side === null ? null : sideName(c, entry.side), mode: cause.rule.slice('discovery.'.length) });
  const world = worldWords(c, cause);
  if (world !== null) return world;
  if (cause.source === 'RECESS') return moveGist('RECESS') ?? actorName(c, cause.actor);
  return moveGist(cause.source) ?? actorName(c, cause.actor);
}

/** How the mediator's move at this step turned out, as the game's record knows it. */
function resultWords(c: CompiledScenario, record: MediatorRecord, step: number, source: string, person: Person): string | null {
  const m = messages().causes;
  const who = messages().subject(person);
  const here = record.steps.get(step)?.side ?? null;
  const where = here === null ? '' : sideName(c, here);
  switch (source) {
    case 'PRESENT_DRAFT': {
      const p = record.presentations.find((x) => x.step === step);
      return p?.accepted ? m.accepted({ side: where, version: p.version ?? null }) : m.criticised({ side: where, version: p?.version ?? null });
    }
    case 'ASK_CONCESSION': {
      const a = record.asks.find((x) => x.step === step);
      return a?.conceded ? m.conceded({ side: where, who }) : a?.notReady ? m.notReady(where) : m.refused(where);
    }
    case 'EDIT_DRAFT': {
      const r = record.revisions.find((x) => x.step === step);
      return r?.version ? m.wrote({ who, version: r.version }) : null;
    }
    case 'PAINT_STALEMATE': {
      const p = record.paintings.find((x) => x.step === step);
      return p && !p.credible ? m.dismissed({ who, side: where }) : null;
    }
    default:
      return null;
  }
}

/**
 * The cause of a change as a sentence, for the debrief and the comparison. The mediator's move
 * is named from the event itself when it is known (the comparison replays both lines), else
 * from the record of what happened at that step.
 */
export function causeText(c: CompiledScenario, record: MediatorRecord, cause: Cause, event?: { event: GameEvent; before: Parameters<typeof movePast>[1] }, person: Person = 'you'): string {
  const s = messages().sentence;
  if (cause.rule.startsWith('discovery.')) {
    const who = record.steps.get(cause.step)?.entries.find((e) => e.cause.rule === cause.rule && e.side !== null)?.side;
    return s(messages().causes.discovered({ side: who === undefined || who === null ? null : sideName(c, who), mode: cause.rule.slice('discovery.'.length) }));
  }
  const world = worldWords(c, cause);
  if (world !== null) return s(world);
  const result = resultWords(c, record, cause.step, cause.source, person);
  if (result !== null) return s(result);
  if (event) return s(movePast(event.event, event.before, person));
  // Guarantees are used once each, in the order the state lists them.
  const used = cause.source === 'OFFER_GUARANTEE' ? record.guarantees.findIndex((g) => g.step === cause.step) : -1;
  const guarantee = used === -1 ? null : (record.guaranteeIds[used] ?? null);
  const side = record.steps.get(cause.step)?.side ?? null;
  const scene = { c, location: side ?? ('majlis' as const), draftVersion: 0, round: 0, question: null };
  if (guarantee) return s(movePast({ type: 'OFFER_GUARANTEE', guarantee }, scene, person));
  const relay = cause.source === 'RELAY' ? record.relays.find((r) => r.step === cause.step) : undefined;
  if (relay) return s(movePast({ type: 'RELAY', mode: relay.mode }, { ...scene, location: relay.to }, person));
  if (cause.source === 'LISTEN' || cause.source === 'PROPOSE_AGENDA' || cause.source === 'PAINT_STALEMATE') {
    const agenda = record.agenda.find((a) => a.step === cause.step);
    const e: GameEvent = cause.source === 'PROPOSE_AGENDA' ? { type: 'PROPOSE_AGENDA', move: agenda?.move ?? 'parallel' } : { type: cause.source };
    return s(movePast(e, scene, person));
  }
  return s(moveGist(cause.source, person) ?? messages().causes.other({ rule: cause.rule, actor: actorName(c, cause.actor) }));
}
