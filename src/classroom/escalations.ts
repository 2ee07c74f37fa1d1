// Every step up the escalation ladder with who caused it, and the blame for the whole climb:
// the actors named in the ledger first, then the mediator's own part where there was one
// (little visible progress left the incident odds high, a distortion came to light, trust fell).
import { strikerBetterOffWithout, incidentOdds, utility, type CompiledScenario, type GameState, type LedgerEntry } from '../model/index.ts';
import { causeRecord, rungName } from './causes.ts';
import { climbBy, climbShares, whoEscalated } from './climb.ts';
import { classroomWords, coercionOf, eventHeadline, messages, sideName } from '../present/index.ts';
import type { MediatorRecord, MeterHistory } from '../replay/index.ts';
import type { Blame, BlameActor, Escalation } from './types.ts';

function discoveriesBefore(c: CompiledScenario, state: GameState, index: number): string[] {
  const out: string[] = [];
  // One discovery per step and delegation (its ledger holds several meters' entries).
  const seen = new Set<string>();
  for (let i = 0; i < index; i++) {
    const e = state.ledger[i]!;
    if (!e.cause.rule.startsWith('discovery.') || e.side === null || seen.has(`${e.step}:${e.side}`)) continue;
    seen.add(`${e.step}:${e.side}`);
    out.push(classroomWords().analysis.escalations.discovered({ side: sideName(c, e.side), mode: e.cause.rule.slice('discovery.'.length), round: e.round + 1 }));
  }
  return out;
}

export function escalations(c: CompiledScenario, state: GameState, history: MeterHistory, record: MediatorRecord): Escalation[] {
  const out: Escalation[] = [];
  state.ledger.forEach((e: LedgerEntry, index) => {
    if (e.meter !== 'pressure' || e.to <= e.from) return;
    const cause = causeRecord(c, record, e.cause, e.round);
    const w = classroomWords().analysis.escalations;
    const factors: string[] = [];
    let lowProgressOdds = false;
    if (cause.kind === 'incident') {
      const progress = history.before('progress', null, e.step);
      const odds = incidentOdds(c, e.from, progress);
      const best = incidentOdds(c, e.from, 100);
      if (progress < 50 && odds > best) {
        lowProgressOdds = true;
        factors.push(w.lowProgress({ progress: Math.round(progress), odds, rung: rungName(c, e.from), best }));
      }
    }
    if (cause.kind === 'mediator') factors.push(w.mediatorRaised);
    if (cause.kind !== 'scripted') factors.push(...discoveriesBefore(c, state, index));
    out.push({
      cause,
      date: c.scenario.rounds[e.round]?.date ?? '',
      from: e.from,
      to: e.to,
      fromRung: rungName(c, e.from),
      toRung: rungName(c, e.to),
      headline: eventHeadline(c, e.cause.rule),
      mediatorFactors: factors,
      lowProgressOdds,
      by: climbBy(c, cause),
    });
  });
  return out;
}

/** Who ended the talks, when someone did: the striking side or actor, the mediator (trust ran out), a side that walked out. */
function endedBy(c: CompiledScenario, state: GameState, history: MeterHistory, strikeBy: string | null): { by: string | null; text: string } {
  const o = state.outcome;
  if (!o) return { by: null, text: '' };
  if (o.id === 'strike') return { by: strikeBy, text: '' };
  if (o.id === 'collapse') {
    const threshold = c.scenario.rules.collapseCredibility;
    const lost = c.sideIndices.filter((s) => history.end('credibility', s) < threshold);
    const found = state.distortions.filter((d) => d.discovered && lost.includes(d.deceived));
    // The mediator is named as the vocabulary names it when it is not "you".
    return { by: messages().subject('mediator'), text: classroomWords().analysis.escalations.collapsed({ sides: lost.map((s) => sideName(c, s)), found: found.length }) };
  }
  if (o.id === 'suspended') {
    const gone = c.sideIndices.filter((s) => state.sides[s]!.patience <= 0);
    if (gone.length) return { by: sideName(c, gone[0]!), text: classroomWords().analysis.escalations.walkedOut(sideName(c, gone[0]!)) };
  }
  return { by: null, text: '' };
}

/** A rule that climbed, in words: the coercive move's or the event's headline, else the rule's own name. */
function ruleName(c: CompiledScenario, rule: string): string {
  return coercionOf(c, rule)?.move.headline ?? eventHeadline(c, rule) ?? rule;
}

export function blame(c: CompiledScenario, state: GameState, history: MeterHistory, record: MediatorRecord, list: Escalation[]): Blame {
  const start = history.start('pressure', null);
  const end = history.end('pressure', null);
  const peak = history.peak('pressure', null);
  let removed = 0;
  for (const e of state.ledger) if (e.meter === 'pressure' && e.to < e.from) removed += e.from - e.to;

  const byActor = new Map<string, BlameActor>();
  for (const x of list) {
    const had = byActor.get(x.cause.actor);
    const rungs = x.to - x.from;
    if (had) {
      had.rungs += rungs;
      if (!had.rules.includes(x.cause.rule)) had.rules.push(x.cause.rule);
    } else byActor.set(x.cause.actor, { actor: x.cause.actor, kind: x.cause.kind, rungs, rules: [x.cause.rule], ruleNames: [] });
  }
  // Most rungs first; among equals, whoever moved first (a Map keeps first-seen order).
  const actors = [...byActor.values()].map((a, i) => ({ a, i })).sort((x, y) => y.a.rungs - x.a.rungs || x.i - y.i).map((x) => ({ ...x.a, ruleNames: x.a.rules.map((r) => ruleName(c, r)) }));

  // The mediator's part in the climb: only what happened before the last step up (or, when the
  // talks ended in strikes, before the end).
  const struck = state.outcome?.id === 'strike';
  const until = struck ? Infinity : list.length ? list[list.length - 1]!.cause.step : -Infinity;
  const w = classroomWords().analysis.escalations;
  const factors: string[] = [];
  const lowProgress = list.filter((x) => x.cause.kind === 'incident' && x.lowProgressOdds);
  if (lowProgress.length) factors.push(w.incidentsLowProgress(lowProgress.length));
  // Distrust and bluffs feed the sides' own choices and the odds of incidents, never the
  // scenario's dated events or the teacher's: a climb made of those alone is not the mediator's.
  const swayed = struck || list.some((x) => x.cause.kind !== 'scripted' && x.cause.kind !== 'teacher');
  for (const e of swayed ? state.ledger : []) {
    if (!e.cause.rule.startsWith('discovery.') || e.meter !== 'credibility' || e.side === null || e.step > until) continue;
    factors.push(w.discoveredDuring({ side: sideName(c, e.side), mode: e.cause.rule.slice('discovery.'.length), round: e.round + 1 }));
  }
  const sharpened = swayed ? record.relays.filter((r) => r.mode === 'sharpened' && r.step <= until) : [];
  if (sharpened.length) factors.push(w.sharpened(sharpened.length));

  let strikeBy: string | null = null;
  let strikeText = '';
  if (struck) {
    const top = [...list].reverse().find((x) => x.to >= c.topRung);
    if (top && end >= c.topRung) {
      strikeBy = top.cause.actor;
      strikeText = w.lastStep({ rung: top.toRung, actor: top.cause.actor });
    } else {
      strikeBy = sideName(c, c.striker);
      const text = state.banked ?? state.draft;
      const rv = state.sides[c.striker].reservation;
      const u = utility(state.truth[c.striker]!, text, rv);
      const without = strikerBetterOffWithout(c, state);
      strikeText = w.deadline({ side: strikeBy, worth: without ? u : null, fallback: rv });
      factors.push(w.deadlineFactor(strikeBy));
    }
  }
  const ended = endedBy(c, state, history, strikeBy);

  const climbed = peak > start ? w.climbed({ from: rungName(c, start), to: rungName(c, peak) }) : w.neverRose(rungName(c, start));
  const who = w.stepsFrom(actors);
  const down = w.eased({ removed, end: rungName(c, end) });
  const mediator = factors.length ? w.shares : list.length ? w.notMediator : '';
  const climb = climbShares(c, state, list, end);
  return {
    startRung: start,
    peakRung: peak,
    endRung: end,
    rungsAdded: list.reduce((n, x) => n + (x.to - x.from), 0),
    rungsRemoved: removed,
    actors,
    mediatorContributed: factors.length > 0,
    mediatorFactors: factors,
    strikeBy,
    endedBy: ended.by,
    verdict: w.verdict({ climb: climbed, who, down, strike: strikeText, mediator, ended: ended.text }),
    climb,
    whoEscalated: whoEscalated(c, climb, end),
  };
}
