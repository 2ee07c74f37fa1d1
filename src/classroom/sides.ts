// What each delegation hid, revealed: how much each issue mattered to it, its red lines (and
// whether the mediator heard them), its fallback at the start and the end and what moved it,
// its concession style, how ripe it became, and the hardliners it had to answer to at home.
import { byTrueWeight, optionAt, priorityOf, ratificationMargin, redLineCode, type CompiledScenario, type GameState, type LedgerEntry, type SideIndex } from '../model/index.ts';
import { rungName } from './causes.ts';
import { actorName, classroomWords, optionLabel, sideName, wholeShares } from '../present/index.ts';
import type { MeterHistory } from '../replay/index.ts';
import type { ConcessionStyle, DriftCause, IssueWeight, RedLineRecord, SideRef, SideReveal } from './types.ts';

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r4 = (x: number) => Math.round(x * 10000) / 10000;

const HEARD: Record<string, IssueWeight['heardPriority']> = { h: 'high', m: 'medium', l: 'low' };

export function sideRef(c: CompiledScenario, s: SideIndex): SideRef {
  const d = c.scenario.delegations[s]!;
  return { index: s, id: d.id, name: d.name, shortName: d.shortName, nameInText: sideName(c, s) };
}

export function concessionStyle(exponent: number): ConcessionStyle {
  if (exponent < 0.9) return 'Boulware';
  if (exponent > 1.1) return 'conceder';
  return 'linear';
}

/** Its true weights and values, as drawn for this game (the scenario's figures are only the priors). */
function weights(c: CompiledScenario, state: GameState, s: SideIndex): IssueWeight[] {
  const cs = c.sides[s];
  const truth = state.truth[s]!;
  const n = c.issueIds.length;
  const shares = wholeShares(truth.weights);
  return byTrueWeight(state, s).map((i, rank) => {
    const values = truth.values[i]!;
    const best = values.indexOf(Math.max(...values));
    return {
      issue: c.issueIds[i]!,
      name: c.scenario.issues[i]!.name,
      weight: r3(truth.weights[i]!),
      share: shares[i]!,
      rank: rank + 1,
      priority: priorityOf(rank, n),
      heardPriority: HEARD[state.sides[s].priorities[i] ?? '?'] ?? null,
      bestOption: optionLabel(c, i, best),
      opening: optionLabel(c, i, optionAt(cs.opening, i)),
      finalPosition: optionLabel(c, i, optionAt(state.sides[s].position, i)),
    };
  });
}

/** Its red lines in this game: the published ones, and any the draw added. */
function redLines(c: CompiledScenario, state: GameState, s: SideIndex): RedLineRecord[] {
  const out: RedLineRecord[] = [];
  state.truth[s]!.redLine.forEach((row, i) =>
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
  const w = classroomWords().analysis.sides;
  const d = c.scenario.delegations[s]!.reservation.drift;
  const rung = history.after('pressure', null, e.step);
  const hurt = history.after('hurt', s, e.step);
  const parts: DriftCause[] = [
    { actor: w.time, rule: 'recess.drift', delta: d.perRound },
    { actor: w.pressureAbove({ pressure: c.scenario.labels.pressure, rung: rungName(c, d.fromRung) }), rule: 'recess.drift.pressure', delta: d.perRung * Math.max(0, rung - d.fromRung) },
    { actor: w.hurt, rule: 'recess.drift.hurt', delta: (d.perHurt * hurt) / 10 },
  ];
  const sum = parts.reduce((n, p) => n + p.delta, 0);
  const actual = e.to - e.from;
  if (Math.abs(sum) < 1e-12) return [{ actor: actorName(c, e.cause.actor), rule: e.cause.rule, delta: actual }];
  return parts.map((p) => ({ ...p, delta: (p.delta * actual) / sum }));
}

function drift(c: CompiledScenario, state: GameState, history: MeterHistory, s: SideIndex): DriftCause[] {
  const byCause = new Map<string, DriftCause>();
  for (const e of state.ledger) {
    if (e.meter !== 'reservation' || e.side !== s) continue;
    const parts = e.cause.rule === 'recess.drift' ? driftParts(c, history, e, s) : [{ actor: actorName(c, e.cause.actor), rule: e.cause.rule, delta: e.to - e.from }];
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
  const w = classroomWords().analysis.sides;
  const reasons = causes.map((x) => w.drift(x));
  const reservationText = end === start ? w.held({ side: name, value: start }) : w.moved({ side: name, rose: end > start, from: start, to: end, reasons });

  const exponent = state.truth[s]!.exponent;
  const style = concessionStyle(exponent);
  const conceded = r2(history.end('concession', s));
  const concessionText = w.concession({ side: name, exponent, scenario: d.concession.exponent, style: w.styles[style], conceded });

  const hurt: [number, number] = [r2(history.start('hurt', s)), r2(history.end('hurt', s))];
  const wayOut: [number, number] = [r2(history.start('wayOut', s)), r2(history.end('wayOut', s))];
  const ripe: [number, number] = [r3((hurt[0] * wayOut[0]) / 10000), r3((hurt[1] * wayOut[1]) / 10000)];
  const ripenessText = w.ripeness({ side: name, hurt, wayOut, ripeness: ripe });

  const hl: [number, number] = [r2(history.start('hardliners', s)), r2(history.end('hardliners', s))];
  const margin = r3(ratificationMargin(c, state, s));
  const hardlinersText = w.hardliners({ capital: d.capital, from: hl[0], to: hl[1], margin, side: name });

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
