// A readable account of one game: who said what in which room, the news, the meters with their
// causes at the end of each day, the draft, and the outcome against the fallbacks and Nash point.
// Every word is the catalogue's (present: cliWords and the game's one vocabulary).
import { textStanding, type CompiledScenario, type GameState, type LedgerEntry, type MeterKey, type TextItem, type Location } from '../model/index.ts';
import { actorName, cliWords, namesItsSpeaker, reportLabel, locationName, meterName, optionLabel, outcomeName, reasonText, roundNewsCards, saidText, sideName, entrySpeakerLabel } from '../present/index.ts';

const VISIBLE_METERS: ReadonlySet<MeterKey> = new Set(['scope', 'pressure', 'progress', 'patience', 'credibility', 'closeness', 'concession']);

function meterLine(c: CompiledScenario, entries: LedgerEntry[]): string[] {
  const w = cliWords().transcript;
  // One line per meter and side: first value → last value, with the causes that moved it.
  const groups = new Map<string, LedgerEntry[]>();
  for (const e of entries) {
    if (e.hidden || !VISIBLE_METERS.has(e.meter)) continue;
    const key = `${e.meter}:${e.side ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const lines: string[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const rules = [...new Set(list.map((e) => (e.cause.source === e.cause.rule.toUpperCase() ? e.cause.source : `${e.cause.rule}`)))];
    const value = first.meter === 'pressure' ? (n: number) => c.scenario.escalation.rungs[n]?.name ?? w.value(n) : (n: number) => w.value(Math.round(n));
    // Moves that cancel out over the day (or round to nothing) are not "what moved".
    if (value(first.from) === value(last.to)) continue;
    lines.push(w.meter({ meter: meterName(c, first.meter), side: first.side === null ? null : sideName(c, first.side), from: value(first.from), to: value(last.to), rules }));
  }
  return lines;
}

function textLines(c: CompiledScenario, items: TextItem[]): string[] {
  return items.map((item, i) => {
    const issue = c.scenario.issues[i]!;
    const option = item.option === null ? null : issue.options.findIndex((o) => o.id === item.option);
    return cliWords().transcript.item({ issue: issue.name, option: optionLabel(c, i, option) });
  });
}

export function formatTranscript(c: CompiledScenario, state: GameState, header: string): string {
  const w = cliWords().transcript;
  const out: string[] = [header, ''];
  const rounds = c.scenario.rounds;
  for (let r = 0; r <= state.round && r < rounds.length; r++) {
    const round = rounds[r]!;
    out.push(w.day({ label: round.label, date: round.date, venue: round.venue }));
    let where: Location | null = null;
    for (const e of state.transcript) {
      if (e.round !== r) continue;
      if (e.where !== where) {
        where = e.where;
        out.push(w.place(locationName(c, where)));
      }
      const text = saidText(c, e, state.settings, state.transcript);
      if (!text) continue;
      out.push(e.speaker === 'mediator' ? w.mediator(text) : namesItsSpeaker(e) ? w.report(text) : w.said({ who: entrySpeakerLabel(c, e), text, onRecord: !e.simulated }));
    }
    // The day's news as the game's news screen shows it: in date order, the game's own in its words.
    const news = roundNewsCards(c, { news: state.news, round: r });
    if (news.length) {
      out.push(w.news);
      for (const { item: n, headline } of news) out.push(w.newsLine({ date: n.date, headline, report: n.reported ? reportLabel(c.scenario.sources, n.sources) : null, cause: actorName(c, n.cause) }));
    }
    const moved = meterLine(c, state.ledger.filter((e) => e.round === r));
    if (moved.length) out.push(w.moved, ...moved);
    out.push('');
  }
  const standing = textStanding(c, state);
  out.push(w.text({ kind: standing.kind, version: state.draftVersion }), ...textLines(c, standing.items));
  out.push(w.worth({ sides: c.sideIndices.map((s) => sideName(c, s)), worth: standing.utilities, fallbacks: standing.reservations }));
  if (standing.nash) out.push(w.nash({ sides: c.sideIndices.map((s) => sideName(c, s)), worth: standing.nash.utilities }), ...textLines(c, standing.nash.items));
  else out.push(w.noZone);
  out.push('', w.outcome({ id: state.outcome?.id ?? null, name: state.outcome ? outcomeName(c, state.outcome.id) : null, reason: state.outcome ? reasonText(c, state.outcome.reason) : '' }));
  return out.join('\n');
}
