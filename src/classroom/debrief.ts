// The debrief of one game (project issue 5): Description (the timeline, the meters charted, what
// each side said, every escalation and who caused it), Analysis (turning points, hidden
// preferences revealed, the final text against the fallbacks and the Nash point, the theory that
// fits, the game beside history) and Application (questions drawn from this game). Pure: the
// same scenario and state give the same debrief, byte for byte in both exports.
import { compile, type CompiledScenario, type GameState, type Location, type TranscriptEntry } from '../model/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { mediatorName } from './causes.ts';
import { blame as blameOf, escalations as escalationsOf } from './escalations.ts';
import { outcomeLabel, type GameFacts } from './facts.ts';
import { historyTrack, sourceRefs } from './history.ts';
import type { HintCount } from './hints.ts';
import { discussionQuestions } from './questions.ts';
import { readRecord, summarise } from '../replay/index.ts';
import { MeterHistory } from '../replay/index.ts';
import { meterChart, roundsPlayed } from './meter-chart.ts';
import { revealSide, sideRef } from './sides.ts';
import { actorName, answerText, bargainingChart, classroomWords, locationName, messages, namesItsSpeaker, roomName, sentByMessage, newsWords, reasonText, saidText, textAnalysis } from '../present/index.ts';
import { fittingTheory } from './theory.ts';
import { turningPoints as turningPointsOf } from './turning-points.ts';
import { DEBRIEF_FORMAT, DEBRIEF_VERSION, type Debrief, type NewsRecord, type OutcomeSummary, type RoundRecord, type Statement } from './types.ts';

export type { Debrief } from './types.ts';

function whereOf(c: CompiledScenario, where: Location): { id: string; name: string } {
  // The names the game gives its places ("Northland's room", the hall's own name).
  if (where === 'majlis') return { id: 'majlis', name: locationName(c, 'majlis') };
  return { id: c.scenario.delegations[where]!.id, name: roomName(c, where) };
}

function statement(c: CompiledScenario, state: GameState, t: TranscriptEntry): Statement {
  const where = whereOf(c, t.where);
  const speaker = t.speaker === 'mediator' ? 'mediator' : t.speaker === 'news' ? 'news' : c.scenario.delegations[t.speaker]!.id;
  const w = classroomWords().analysis;
  const short = typeof t.speaker === 'number' ? c.scenario.delegations[t.speaker]!.shortName : '';
  const speakerName = t.speaker === 'mediator' ? mediatorName(c, state) : t.speaker === 'news' ? w.news : t.person ? w.aPerson(short) : sentByMessage(t) ? messages().byMessage(short) : short;
  // A real quote is a scenario line marked not simulated, with its source.
  const line = t.said.kind === 'line' && !t.simulated ? c.scenario.dialogue[t.said.ref.line] : undefined;
  return {
    step: t.step,
    where: where.id,
    whereName: where.name,
    speaker,
    speakerName,
    text: saidText(c, t, state.settings, state.transcript),
    simulated: t.simulated,
    source: line?.source ? (sourceRefs(c, [line.source])[0] ?? null) : null,
    person: t.person === true,
    report: namesItsSpeaker(t),
  };
}

function timeline(c: CompiledScenario, state: GameState): RoundRecord[] {
  const out: RoundRecord[] = [];
  const played = roundsPlayed(c, state);
  for (let r = 0; r < played; r++) {
    const round = c.scenario.rounds[r]!;
    const news: NewsRecord[] = state.news
      .filter((n) => n.round === r)
      .map((n) => ({ date: n.date, kind: n.kind, ...newsWords(c, n), sources: sourceRefs(c, n.sources), reported: n.reported, cause: actorName(c, n.cause) }))
      // In date order, as the news screen shows them (the game's own news came after the scripted).
      .sort((a, b) => a.date.localeCompare(b.date));
    out.push({
      round: r + 1,
      label: round.label,
      date: round.date,
      venue: round.venue,
      hours: round.hours,
      statements: state.transcript.filter((t) => t.round === r).map((t) => statement(c, state, t)),
      news,
    });
  }
  return out;
}

function outcomeSummary(c: CompiledScenario, state: GameState): OutcomeSummary {
  const o = state.outcome;
  const r = Math.min(c.scenario.rounds.length - 1, o ? o.round : state.round);
  const round = c.scenario.rounds[r]!;
  return {
    id: o ? o.id : 'unfinished',
    label: outcomeLabel(c, o ? o.id : 'unfinished'),
    reason: o ? reasonText(c, o.reason) : classroomWords().analysis.unfinished,
    round: r + 1,
    date: round.date,
    venue: round.venue,
  };
}

/** The debrief of a finished (or stopped) game; `hints`: the advisor's hints on its line, when known. */
export function buildDebrief(scenario: Scenario, state: GameState, hints: HintCount | null = null): Debrief {
  const c = compile(scenario);
  const history = new MeterHistory(state);
  const record = readRecord(state, history);
  const escalations = escalationsOf(c, state, history, record);
  const blame = blameOf(c, state, history, record, escalations);
  const turningPoints = turningPointsOf(c, state, record);
  const sides = c.sideIndices.map((s) => revealSide(c, state, history, s));
  const text = textAnalysis(c, state);
  const facts: GameFacts = { c, state, history, record, escalations, blame, turningPoints, sides, text };
  const outcome = outcomeSummary(c, state);
  const track = historyTrack(c, state, history, outcome);
  return {
    format: DEBRIEF_FORMAT,
    version: DEBRIEF_VERSION,
    scenario: { id: scenario.id, title: scenario.title, place: scenario.place },
    mediator: mediatorName(c, state),
    settings: { seed: state.settings.seed, names: state.settings.names, allowDistortion: state.settings.allowDistortion },
    sides: c.sideIndices.map((s) => sideRef(c, s)),
    roundsPlayed: roundsPlayed(c, state),
    roundsScheduled: scenario.rounds.length,
    outcome,
    record: summarise(state, record),
    hints,
    description: {
      timeline: timeline(c, state),
      answers: record.answers.map((a) => answerText(c, a)),
      meters: meterChart(c, state, history),
      escalations,
      blame,
    },
    analysis: {
      turningPoints,
      sides,
      text,
      bargaining: bargainingChart(c, state, text),
      theory: fittingTheory(facts),
      history: track,
    },
    application: { questions: discussionQuestions(facts, [track.game, track.history]) },
  };
}
