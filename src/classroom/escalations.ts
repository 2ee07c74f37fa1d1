// Every step up the escalation ladder with who caused it, and the blame for the whole climb:
// the actors named in the ledger first, then the mediator's own part where there was one
// (little visible progress left the incident odds high, a distortion came to light, trust fell).
import { firstSideBetterOffWithout, incidentOdds, utility, type CompiledScenario, type GameState, type LedgerEntry } from '../model/index.ts';
import { causeRecord, rungName } from './causes.ts';
import { eventHeadline, sideName } from '../present/index.ts';
import type { MediatorRecord, MeterHistory } from '../replay/index.ts';
import type { Blame, BlameActor, Escalation } from './types.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

function discoveriesBefore(c: CompiledScenario, state: GameState, index: number): string[] {
  const out: string[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < index; i++) {
    const e = state.ledger[i]!;
    if (!e.cause.rule.startsWith('discovery.') || e.side === null || seen.has(e.step * 2 + e.side)) continue;
    seen.add(e.step * 2 + e.side);
    out.push(`Before it, ${sideName(c, e.side)} had found out that a message was ${e.cause.rule.slice('discovery.'.length)} (round ${e.round + 1}), and its trust in the mediator fell.`);
  }
  return out;
}

export function escalations(c: CompiledScenario, state: GameState, history: MeterHistory, record: MediatorRecord): Escalation[] {
  const out: Escalation[] = [];
  state.ledger.forEach((e: LedgerEntry, index) => {
    if (e.meter !== 'pressure' || e.to <= e.from) return;
    const cause = causeRecord(c, record, e.cause, e.round);
    const factors: string[] = [];
    if (cause.kind === 'incident') {
      const progress = history.before('progress', null, e.step);
      const odds = incidentOdds(c, e.from, progress);
      const best = incidentOdds(c, e.from, 100);
      if (progress < 50 && odds > best) {
        factors.push(
          `Visible progress was ${Math.round(progress)} of 100 when the odds were drawn: a ${pct(odds)} chance of an incident at ${rungName(c, e.from)}, where full progress would have cut it to ${pct(best)}.`,
        );
      }
    }
    if (cause.kind === 'mediator') factors.push('The mediator\'s own action raised the pressure.');
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
    const lost = ([0, 1] as const).filter((s) => history.end('credibility', s) < threshold);
    const found = state.distortions.filter((d) => d.discovered && lost.includes(d.deceived));
    const why = found.length ? ` after discovering ${found.length === 1 ? 'a distorted message' : `${found.length} distorted messages`}` : '';
    return { by: 'the mediator', text: `The talks ended with the mediator: ${lost.map((s) => sideName(c, s)).join(' and ')} stopped trusting the channel${why}.` };
  }
  if (o.id === 'suspended') {
    const gone = ([0, 1] as const).filter((s) => state.sides[s].patience <= 0);
    if (gone.length) return { by: sideName(c, gone[0]!), text: `${sideName(c, gone[0]!)} ended the talks by walking out.` };
  }
  return { by: null, text: '' };
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
    } else byActor.set(x.cause.actor, { actor: x.cause.actor, kind: x.cause.kind, rungs, rules: [x.cause.rule] });
  }
  // Most rungs first; among equals, whoever moved first (the map keeps first-seen order).
  const actors = [...byActor.values()].map((a, i) => ({ a, i })).sort((x, y) => y.a.rungs - x.a.rungs || x.i - y.i).map((x) => x.a);

  // The mediator's part in the climb: only what happened before the last step up (or, when the
  // talks ended in strikes, before the end).
  const struck = state.outcome?.id === 'strike';
  const until = struck ? Infinity : list.length ? list[list.length - 1]!.cause.step : -Infinity;
  const factors: string[] = [];
  const lowProgress = list.filter((x) => x.cause.kind === 'incident' && x.mediatorFactors.some((f) => f.startsWith('Visible progress')));
  if (lowProgress.length) factors.push(`${lowProgress.length} of the incidents came while the talks showed little visible progress, which would have damped their odds.`);
  for (const e of state.ledger) {
    if (!e.cause.rule.startsWith('discovery.') || e.meter !== 'credibility' || e.side === null || e.step > until) continue;
    factors.push(`${sideName(c, e.side)} discovered a ${e.cause.rule.slice('discovery.'.length)} message (round ${e.round + 1}), and trust in the mediator fell.`);
  }
  const sharpened = record.relays.filter((r) => r.mode === 'sharpened' && r.step <= until);
  if (sharpened.length) factors.push(`You sharpened ${sharpened.length} message${sharpened.length > 1 ? 's' : ''}, raising the temperature in the room.`);

  let strikeBy: string | null = null;
  let strikeText = '';
  if (struck) {
    const top = [...list].reverse().find((x) => x.to >= c.topRung);
    if (top && end >= c.topRung) {
      strikeBy = top.cause.actor;
      strikeText = ` The last step, to ${top.toRung}, came from ${top.cause.actor}.`;
    } else {
      strikeBy = c.scenario.delegations[0]!.shortName;
      const text = state.banked ?? state.draft;
      const rv = state.sides[0].reservation;
      const u = utility(c.sides[0], text, rv);
      const without = firstSideBetterOffWithout(c, state);
      strikeText = ` At the deadline ${strikeBy} judged it was better off without the deal${without ? `: the text on the table was worth ${u.toFixed(3)} to it, against a fallback of ${rv.toFixed(3)}` : ''}.`;
      factors.push(`The text on the table at the deadline did not beat ${strikeBy}'s fallback.`);
    }
  }
  const ended = endedBy(c, state, history, strikeBy);

  const climb = peak > start ? `Pressure climbed from ${rungName(c, start)} to ${rungName(c, peak)}` : `Pressure never rose above ${rungName(c, start)}`;
  const who = actors.length ? `; the steps up came from ${actors.map((a) => `${a.actor} (${a.rungs})`).join(', ')}` : '';
  const down = removed > 0 ? ` It eased by ${removed} rung${removed > 1 ? 's' : ''} along the way and ended at ${rungName(c, end)}.` : ` It ended at ${rungName(c, end)}.`;
  const mediator = factors.length ? ' The mediator shares part of the blame for the climb.' : list.length ? ' Nothing in the record puts the climb on the mediator.' : '';
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
    verdict: `${climb}${who}.${down}${strikeText}${mediator}${ended.text ? ` ${ended.text}` : ''}`,
  };
}
