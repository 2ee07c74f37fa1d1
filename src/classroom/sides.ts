// What each delegation hid, revealed: how much each issue mattered to it, its red lines (and
// whether the mediator heard them), its fallback at the start and the end and what moved it,
// its concession style, how ripe it became, and the hardliners it had to answer to at home.
import { optionAt, priorityOf, ratificationMargin, redLineCode, type CompiledScenario, type GameState, type LedgerEntry, type SideIndex } from '../model/index.ts';
import { rungName } from './causes.ts';
import { sideName } from '../present/index.ts';
import type { MeterHistory } from '../replay/index.ts';
import type { ConcessionStyle, DriftCause, IssueWeight, RedLineRecord, SideRef, SideReveal } from './types.ts';

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r4 = (x: number) => Math.round(x * 10000) / 10000;
const signed = (x: number, digits: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;

const HEARD: Record<string, IssueWeight['heardPriority']> = { h: 'high', m: 'medium', l: 'low' };

export function sideRef(c: CompiledScenario, s: SideIndex): SideRef {
  const d = c.scenario.delegations[s]!;
  return { index: s, id: d.id, name: d.name, shortName: d.shortName };
}

export function concessionStyle(exponent: number): ConcessionStyle {
  if (exponent < 0.9) return 'Boulware';
  if (exponent > 1.1) return 'conceder';
  return 'linear';
}

function optionLabel(c: CompiledScenario, issue: number, option: number): string {
  return c.scenario.issues[issue]!.options[option]?.label ?? '?';
}

function weights(c: CompiledScenario, state: GameState, s: SideIndex): IssueWeight[] {
  const cs = c.sides[s];
  const n = c.issueIds.length;
  return cs.byWeight.map((i, rank) => {
    const values = cs.values[i]!;
    const best = values.indexOf(Math.max(...values));
    return {
      issue: c.issueIds[i]!,
      name: c.scenario.issues[i]!.name,
      weight: r3(cs.weights[i]!),
      rank: rank + 1,
      priority: priorityOf(rank, n),
      heardPriority: HEARD[state.sides[s].priorities[i] ?? '?'] ?? null,
      bestOption: optionLabel(c, i, best),
      opening: optionLabel(c, i, optionAt(cs.opening, i)),
      finalPosition: optionLabel(c, i, optionAt(state.sides[s].position, i)),
    };
  });
}

function redLines(c: CompiledScenario, state: GameState, s: SideIndex): RedLineRecord[] {
  const out: RedLineRecord[] = [];
  c.sides[s].redLine.forEach((row, i) =>
    row.forEach((isRed, o) => {
      if (!isRed) return;
      out.push({
        issue: c.issueIds[i]!,
        issueName: c.scenario.issues[i]!.name,
        option: c.optionIds[i]![o]!,
        optionLabel: optionLabel(c, i, o),
        heard: state.sides[s].redLinesHeard.includes(redLineCode(i, o)),
      });
    }),
  );
  return out;
}

/**
 * The ledger files each night's drift under one cause ("the passage of time"); its parts are
 * the scenario's drift terms (src/model/rules/recess.ts): per round, per rung of pressure above
 * a threshold, and per 10 points of hurt. They are split here in proportion, so the debrief can
 * say how much of a side's fallback moved because of the pressure.
 */
function driftParts(c: CompiledScenario, history: MeterHistory, e: LedgerEntry, s: SideIndex): DriftCause[] {
  const d = c.scenario.delegations[s]!.reservation.drift;
  const rung = history.after('pressure', null, e.step);
  const hurt = history.after('hurt', s, e.step);
  const parts: DriftCause[] = [
    { actor: 'the passage of time', rule: 'recess.drift', delta: d.perRound },
    { actor: `${c.scenario.labels.pressure.toLowerCase()} above ${rungName(c, d.fromRung)}`, rule: 'recess.drift.pressure', delta: d.perRung * Math.max(0, rung - d.fromRung) },
    { actor: 'the hurt it felt', rule: 'recess.drift.hurt', delta: (d.perHurt * hurt) / 10 },
  ];
  const sum = parts.reduce((n, p) => n + p.delta, 0);
  const actual = e.to - e.from;
  if (Math.abs(sum) < 1e-12) return [{ actor: e.cause.actor, rule: e.cause.rule, delta: actual }];
  return parts.map((p) => ({ ...p, delta: (p.delta * actual) / sum }));
}

function drift(c: CompiledScenario, state: GameState, history: MeterHistory, s: SideIndex): DriftCause[] {
  const byCause = new Map<string, DriftCause>();
  for (const e of state.ledger) {
    if (e.meter !== 'reservation' || e.side !== s) continue;
    const parts = e.cause.rule === 'recess.drift' ? driftParts(c, history, e, s) : [{ actor: e.cause.actor, rule: e.cause.rule, delta: e.to - e.from }];
    for (const p of parts) {
      const key = `${p.rule}|${p.actor}`;
      const had = byCause.get(key);
      if (had) had.delta += p.delta;
      else byCause.set(key, { ...p });
    }
  }
  return [...byCause.values()].map((d) => ({ ...d, delta: r4(d.delta) })).filter((d) => d.delta !== 0);
}

export function revealSide(c: CompiledScenario, state: GameState, history: MeterHistory, s: SideIndex): SideReveal {
  const d = c.scenario.delegations[s]!;
  const name = sideName(c, s);
  const start = history.start('reservation', s);
  const end = history.end('reservation', s);
  const causes = drift(c, state, history, s);
  const moved = end > start ? 'rose' : end < start ? 'fell' : 'held';
  const reasons = causes.length ? `: ${causes.map((x) => `${x.actor} (${signed(x.delta, 3)})`).join(', ')}` : '';
  const reservationText =
    moved === 'held'
      ? `${name}'s fallback (what no deal was worth to it) held at ${start.toFixed(3)}.`
      : `${name}'s fallback (what no deal was worth to it) ${moved} from ${start.toFixed(3)} to ${end.toFixed(3)}${reasons}. ${
          moved === 'rose' ? 'A rising fallback makes a deal harder to sell: no deal looks better.' : 'A falling fallback makes any deal look better by comparison.'
        }`;

  const exponent = state.truth[s]!.exponent;
  const style = concessionStyle(exponent);
  const conceded = r2(history.end('concession', s));
  const styleText =
    style === 'Boulware'
      ? 'a Boulware negotiator: it held out and would concede only late, as the deadline neared'
      : style === 'conceder'
        ? 'a conceder: its demands fell early and fast'
        : 'a steady negotiator: its demands fell evenly with time';
  const concessionText = `${name} drew a concession exponent of ${exponent.toFixed(2)} in this game (the scenario's figure is ${d.concession.exponent.toFixed(2)}): ${styleText}. It gave up ${conceded}% of its opening position's worth.`;

  const hurt: [number, number] = [r2(history.start('hurt', s)), r2(history.end('hurt', s))];
  const wayOut: [number, number] = [r2(history.start('wayOut', s)), r2(history.end('wayOut', s))];
  const ripe: [number, number] = [r3((hurt[0] * wayOut[0]) / 10000), r3((hurt[1] * wayOut[1]) / 10000)];
  const ripenessText = `${name}'s hurt went ${hurt[0]} → ${hurt[1]} and its sense of a way out ${wayOut[0]} → ${wayOut[1]}, so its ripeness (hurt × way out) went ${ripe[0]} → ${ripe[1]}.`;

  const hl: [number, number] = [r2(history.start('hardliners', s)), r2(history.end('hardliners', s))];
  const margin = r3(ratificationMargin(c, state, s));
  const hardlinersText = `Hardliners in ${d.capital} went ${hl[0]} → ${hl[1]}: by the end any deal had to be worth ${margin.toFixed(3)} more than ${name}'s fallback to pass at home.`;

  return {
    side: sideRef(c, s),
    weights: weights(c, state, s),
    redLines: redLines(c, state, s),
    reservation: { start, end, drift: causes, text: reservationText },
    concession: { exponent, scenarioExponent: d.concession.exponent, style, conceded, text: concessionText },
    ripeness: { hurt, wayOut, ripeness: ripe, text: ripenessText },
    hardliners: { start: hl[0], end: hl[1], margin, text: hardlinersText },
    trust: {
      credibility: [r2(history.start('credibility', s)), r2(history.end('credibility', s))],
      closeness: [r2(history.start('closeness', s)), r2(history.end('closeness', s))],
      patience: [r2(history.start('patience', s)), r2(history.end('patience', s))],
    },
  };
}
