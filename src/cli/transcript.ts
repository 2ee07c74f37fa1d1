// A readable account of one game: who said what in which room, the news, the meters with their
// causes at the end of each day, the draft, and the outcome against the fallbacks and Nash point.
import { textStanding, type CompiledScenario, type GameState, type LedgerEntry, type Location, type MeterKey, type TextItem, type TranscriptEntry } from '../model/index.ts';
import { meterName, newsWords, reasonText, saidText } from '../present/index.ts';

function placeName(c: CompiledScenario, where: Location): string {
  return where === 'majlis' ? c.scenario.mediator.hallName : `${c.scenario.delegations[where]!.shortName} room`;
}

function speakerName(c: CompiledScenario, state: GameState, e: TranscriptEntry): string {
  if (e.speaker === 'mediator') return state.settings.names === 'names' ? c.scenario.mediator.name : c.scenario.mediator.title;
  if (e.speaker === 'news') return 'News';
  return c.scenario.delegations[e.speaker]!.shortName;
}

const VISIBLE_METERS: ReadonlySet<MeterKey> = new Set(['scope', 'pressure', 'progress', 'patience', 'credibility', 'closeness', 'concession']);

function meterLine(c: CompiledScenario, entries: LedgerEntry[]): string[] {
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
    const who = first.side === null ? '' : ` (${c.scenario.delegations[first.side]!.shortName})`;
    const causes = [...new Set(list.map((e) => (e.cause.source === e.cause.rule.toUpperCase() ? e.cause.source : `${e.cause.rule}`)))].join(', ');
    const name = first.meter === 'pressure' ? (n: number) => c.scenario.escalation.rungs[n]?.name ?? String(n) : (n: number) => String(Math.round(n));
    const label = meterName(c, first.meter);
    lines.push(`    ${label}${who}: ${name(first.from)} -> ${name(last.to)}  [${causes}]`);
  }
  return lines;
}

function textLines(c: CompiledScenario, items: TextItem[]): string[] {
  return items.map((item, i) => {
    const issue = c.scenario.issues[i]!;
    const option = item.option === null ? '(open)' : issue.options.find((o) => o.id === item.option)!.label;
    return `    ${issue.name}: ${option}`;
  });
}

export function formatTranscript(c: CompiledScenario, state: GameState, header: string): string {
  const out: string[] = [header, ''];
  const rounds = c.scenario.rounds;
  for (let r = 0; r <= state.round && r < rounds.length; r++) {
    const round = rounds[r]!;
    out.push(`== ${round.label} (${round.date}, ${round.venue}) ==`);
    let where: Location | null = null;
    for (const e of state.transcript) {
      if (e.round !== r) continue;
      if (e.where !== where) {
        where = e.where;
        out.push(`  [${placeName(c, where)}]`);
      }
      const mark = e.simulated ? '' : ' (on the record)';
      const text = saidText(c, e, state.settings);
      if (!text) continue;
      out.push(e.speaker === 'mediator' ? `    > ${text}` : `    ${speakerName(c, state, e)}: ${text}${mark}`);
    }
    const news = state.news.filter((n) => n.round === r);
    if (news.length) {
      out.push('  News:');
      for (const n of news) out.push(`    ${n.date}  ${newsWords(c, n).headline}${n.reported ? ' (reported)' : ''}  [cause: ${n.cause}]`);
    }
    const moved = meterLine(c, state.ledger.filter((e) => e.round === r));
    if (moved.length) out.push('  What moved:', ...moved);
    out.push('');
  }
  const standing = textStanding(c, state);
  out.push(`== The ${standing.kind} text (version ${state.draftVersion}) ==`, ...textLines(c, standing.items));
  const [a, b] = c.scenario.delegations;
  out.push(
    `  Worth to ${a!.shortName}: ${standing.utilities[0]} (fallback ${standing.reservations[0].toFixed(3)}); to ${b!.shortName}: ${standing.utilities[1]} (fallback ${standing.reservations[1].toFixed(3)})`,
  );
  if (standing.nash) {
    out.push(`  Nash bargaining point: ${standing.nash.utilities[0]} / ${standing.nash.utilities[1]}`);
    out.push(...textLines(c, standing.nash.items));
  } else {
    out.push('  No text beats both fallbacks: there is no zone of agreement left.');
  }
  out.push('', `Outcome: ${state.outcome?.id ?? 'unfinished'}: ${state.outcome ? reasonText(c, state.outcome.reason) : ''}`);
  return out.join('\n');
}
