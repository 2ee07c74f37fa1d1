// What the mediator did, read back from the record of a finished game: the ledger (each move
// with the event that caused it), the distortions, the guarantees used, and the acts the model
// records beside the mediator's lines for the actions that move no meter (writing a draft, a
// second yes to the same text). A delegation played by a person answers in a step of its own:
// the answer (recorded beside its narration) is what counts, not the question that waited for it.
import { other, type AgendaMove, type GameState, type LedgerEntry, type MediatorAct, type Question, type RelayMode, type SideIndex } from '../model/index.ts';
import type { MeterHistory } from './meter-history.ts';

export interface StepRecord {
  step: number;
  round: number;
  /** The event type, from the ledger or the mediator's own line. */
  source: string | null;
  /** The room the action happened in, if any. */
  side: SideIndex | null;
  entries: LedgerEntry[];
  /** What the mediator's own line says was done (the model records it beside the words). */
  act: MediatorAct | null;
}

export interface Relay {
  step: number;
  round: number;
  to: SideIndex;
  mode: RelayMode;
}

export interface Presentation {
  step: number;
  round: number;
  side: SideIndex;
  version: number | null;
  accepted: boolean;
}

export interface Ask {
  step: number;
  round: number;
  side: SideIndex;
  conceded: boolean;
  /** Refused because its aspiration was still above the move (the side was not ready yet). */
  notReady: boolean;
  /** Hurt × way out / 10000 as the ask found it. */
  ripeness: number;
}

export interface Revision {
  step: number;
  round: number;
  version: number | null;
}

export interface AgendaProposal {
  step: number;
  round: number;
  side: SideIndex;
  move: AgendaMove;
  scopeFrom: number;
  scopeTo: number;
}

export interface Painting {
  step: number;
  round: number;
  side: SideIndex;
  credible: boolean;
}

/** The answer of a delegation played by a person to the mediator's question. */
export interface PersonAnswer {
  step: number;
  round: number;
  side: SideIndex;
  kind: Question['kind'];
  accept: boolean;
  /** Draft: the items objected to; concession: the issue asked about; listen: the issues stated. */
  issues: number[];
  /** The draft version answered (for a draft). */
  version: number | null;
}

export interface MediatorRecord {
  steps: Map<number, StepRecord>;
  relays: Relay[];
  revisions: Revision[];
  presentations: Presentation[];
  asks: Ask[];
  agenda: AgendaProposal[];
  paintings: Painting[];
  guarantees: { step: number; round: number; side: SideIndex }[];
  /** The answers of delegations played by people, in order. */
  answers: PersonAnswer[];
  /** The guarantees used, in order (from the state). */
  guaranteeIds: string[];
  /** Rooms visited in turn (a new visit each time the mediator's lines move to another room). */
  roomVisits: number;
}

function sideOfEntries(entries: readonly LedgerEntry[]): SideIndex | null {
  for (const e of entries) if (e.side !== null) return e.side;
  return null;
}

export function readRecord(state: GameState, history: MeterHistory): MediatorRecord {
  const steps = new Map<number, StepRecord>();
  const at = (step: number, round: number): StepRecord => {
    let s = steps.get(step);
    if (!s) {
      s = { step, round, source: null, side: null, entries: [], act: null };
      steps.set(step, s);
    }
    return s;
  };
  for (const e of state.ledger) {
    const s = at(e.step, e.round);
    s.entries.push(e);
    s.source ??= e.cause.source;
  }
  let roomVisits = 0;
  let lastRoom: string | null = null;
  for (const t of state.transcript) {
    const s = at(t.step, t.round);
    if (t.where !== 'majlis') {
      s.side ??= t.where;
      if (lastRoom !== String(t.where)) roomVisits++;
    }
    lastRoom = String(t.where);
    if (t.speaker === 'mediator' && t.said.kind === 'act') s.act ??= t.said.act;
  }
  for (const s of steps.values()) {
    if (s.source === 'RECESS') s.side = null;
    else s.side ??= sideOfEntries(s.entries);
    // Actions that move no meter leave no ledger entry; the mediator's line records them.
    if (s.source === null && s.act) s.source = s.act.type;
  }
  const ordered = [...steps.values()].sort((a, b) => a.step - b.step);

  const distorted = new Map(state.distortions.map((d) => [d.step, d]));
  const relays: Relay[] = [];
  const revisions: Revision[] = [];
  const presentations: Presentation[] = [];
  const asks: Ask[] = [];
  const agenda: AgendaProposal[] = [];
  const paintings: Painting[] = [];
  const guarantees: MediatorRecord['guarantees'] = [];
  const answers: PersonAnswer[] = [];
  const moved = (s: StepRecord, meter: string, sign: 1 | -1) => s.entries.some((e) => e.meter === meter && Math.sign(e.to - e.from) === sign);
  const askAt = (s: StepRecord, side: SideIndex, conceded: boolean, notReady: boolean): Ask => {
    const hurt = history.before('hurt', side, s.step);
    const wayOut = history.before('wayOut', side, s.step);
    return { step: s.step, round: s.round, side, conceded, notReady, ripeness: Math.round(hurt * wayOut) / 10000 };
  };

  for (const s of ordered) {
    const d = distorted.get(s.step);
    if (d) {
      // A withheld message deceives its sender; the others, the side it was carried to. The
      // withheld one was due in the room the mediator stood in (with two, the sender's other).
      const to = d.mode !== 'withheld' ? d.deceived : state.sides.length > 2 && s.side !== null ? s.side : other(d.deceived);
      relays.push({ step: s.step, round: s.round, to, mode: d.mode });
      continue;
    }
    if (s.side === null && s.source !== 'EDIT_DRAFT') continue;
    const answer = s.act?.type === 'ANSWER' ? s.act.answer : undefined;
    if (answer) {
      const version = s.act?.version ?? null;
      answers.push({ step: s.step, round: s.round, side: answer.side, kind: answer.kind, accept: answer.accept, issues: [...answer.issues], version });
      if (answer.kind === 'draft') presentations.push({ step: s.step, round: s.round, side: answer.side, version, accepted: answer.accept });
      if (answer.kind === 'concession') asks.push(askAt(s, answer.side, answer.accept, false));
      continue;
    }
    // A question put to a person is counted with its answer (above).
    if (s.side !== null && state.settings.people[s.side] && (s.source === 'PRESENT_DRAFT' || s.source === 'ASK_CONCESSION' || s.source === 'LISTEN')) continue;
    switch (s.source) {
      case 'RELAY':
        relays.push({ step: s.step, round: s.round, to: s.side!, mode: 'faithful' });
        break;
      case 'EDIT_DRAFT':
        revisions.push({ step: s.step, round: s.round, version: s.act?.version ?? null });
        break;
      case 'PRESENT_DRAFT':
        presentations.push({ step: s.step, round: s.round, side: s.side!, version: s.act?.version ?? null, accepted: !moved(s, 'patience', -1) });
        break;
      case 'ASK_CONCESSION': {
        const conceded = s.entries.some((e) => e.meter === 'concession');
        asks.push(askAt(s, s.side!, conceded, !conceded && moved(s, 'closeness', -1)));
        break;
      }
      case 'PROPOSE_AGENDA': {
        const scopeFrom = history.before('scope', null, s.step);
        const scopeTo = history.after('scope', null, s.step);
        const move: AgendaMove = s.act?.move ?? (scopeTo < scopeFrom ? 'narrow' : 'widen');
        agenda.push({ step: s.step, round: s.round, side: s.side!, move, scopeFrom, scopeTo });
        break;
      }
      case 'PAINT_STALEMATE':
        paintings.push({ step: s.step, round: s.round, side: s.side!, credible: !moved(s, 'credibility', -1) });
        break;
      case 'OFFER_GUARANTEE':
        guarantees.push({ step: s.step, round: s.round, side: s.side! });
        break;
      default:
        break;
    }
  }
  return { steps, relays, revisions, presentations, asks, agenda, paintings, guarantees, answers, guaranteeIds: [...state.guaranteesUsed], roomVisits };
}

export function summarise(state: GameState, r: MediatorRecord): MediatorRecordSummary {
  const relays: Record<RelayMode, number> = { faithful: 0, softened: 0, sharpened: 0, withheld: 0 };
  for (const x of r.relays) relays[x.mode]++;
  const agendaMoves = { widen: 0, narrow: 0, parallel: 0 };
  for (const a of r.agenda) agendaMoves[a.move]++;
  return {
    relays,
    draftsWritten: r.revisions.length,
    presentations: r.presentations.length,
    acceptances: r.presentations.filter((p) => p.accepted).length,
    criticisms: r.presentations.filter((p) => !p.accepted).length,
    concessionsAsked: r.asks.length,
    concessionsMade: r.asks.filter((a) => a.conceded).length,
    stalematePainted: r.paintings.length,
    guarantees: [...state.guaranteesUsed],
    agendaMoves,
    distortionsDiscovered: state.distortions.filter((d) => d.discovered).length,
    personAnswers: {
      given: r.answers.length,
      accepted: r.answers.filter((a) => a.accept).length,
      declined: r.answers.filter((a) => !a.accept).length,
    },
  };
}

/** What the mediator did over a game, counted. */
export interface MediatorRecordSummary {
  relays: Record<RelayMode, number>;
  draftsWritten: number;
  presentations: number;
  acceptances: number;
  criticisms: number;
  concessionsAsked: number;
  concessionsMade: number;
  stalematePainted: number;
  guarantees: string[];
  agendaMoves: { widen: number; narrow: number; parallel: number };
  distortionsDiscovered: number;
  /** Answers given by people playing a delegation (hot-seat). */
  personAnswers: { given: number; accepted: number; declined: number };
}
