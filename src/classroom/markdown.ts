// The Markdown export: the three parts as headings, the meters per round as tables, the turning
// points as a list, the theory as paragraphs with their sources as links, the questions
// numbered. Plain CommonMark with pipe tables, so it prints and pastes anywhere. Its words are
// the debrief page's (the catalogue's `classroom.debrief`).
import { classroomWords, reportLabel, sourceBadge } from '../present/index.ts';
import { meterValue } from './causes.ts';
import type { Debrief, MeterSeries, SourceRef } from './types.ts';

/** A reported history entry's track, named by what it rests on: "History (participant’s memoir)". */
const historyTrackLabel = (sources: readonly SourceRef[]): string => classroomWords().debrief.tracks.historyAs(reportLabel(sources, sources.map((s) => s.id)));

const words = () => classroomWords().debrief;
const heading = (level: number, text: string) => words().md.heading({ level, text });

/** The three parts' headings, in order. */
export function markdownHeadings(): { description: string; analysis: string; application: string } {
  const p = words().parts;
  return { description: heading(2, p.description), analysis: heading(2, p.analysis), application: heading(2, p.application) };
}

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n+/g, ' ');

function table(head: readonly string[], rows: string[][]): string[] {
  return [`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function link(s: SourceRef): string {
  // The kind says how to read it: a participant's memoir is one side's account.
  const mark = ` (${sourceBadge(s)})`;
  if (s.url === null) return `${s.title}${s.citation ? `, ${s.citation}` : ''}${mark}`;
  return `[${s.title}](${s.url})${mark}`;
}

function meterRows(d: Debrief, series: MeterSeries[]): string[][] {
  const rungs = d.description.meters.rungs;
  return series.map((s) => {
    const show = (v: number) => (s.meter === 'pressure' ? words().md.rung({ name: rungs[Math.round(v)] ?? String(v), value: v }) : meterValue(s.meter, v));
    return [s.label, show(s.start), ...s.points.map(show)];
  });
}

function description(d: Debrief, out: string[]): void {
  const w = words();
  const md = w.md;
  out.push(markdownHeadings().description, '');
  out.push(heading(3, w.timeline), '');
  for (const r of d.description.timeline) {
    out.push(heading(4, w.round(r)), '');
    if (r.statements.length) {
      out.push(md.statements, '');
      for (const s of r.statements) {
        // A recorded act names its subject ("You listened to Southland"): no speaker before it.
        if (s.report) out.push(md.reportLine({ where: s.whereName, text: s.text }));
        else if (s.speaker === 'mediator') out.push(md.mediatorLine({ where: s.whereName, speaker: s.speakerName, text: s.text }));
        else {
          const mark = s.person ? md.ownWords : s.simulated ? md.simulated : s.source ? md.onRecordSource(link(s.source)) : md.onRecord;
          out.push(md.line({ where: s.whereName, speaker: s.speakerName, mark, text: s.text }));
        }
      }
      out.push('');
    }
    if (r.news.length) {
      out.push(md.news, '');
      for (const n of r.news) out.push(md.newsLine({ date: n.date, headline: n.headline, tag: md.tag({ kind: n.kind, report: n.reported ? reportLabel(n.sources, n.sources.map((s) => s.id)) : null }), body: n.body, cause: n.cause, sources: n.sources.map(link) }));
      out.push('');
    }
  }

  if (d.description.answers.length) {
    out.push(heading(3, w.people), '');
    for (const line of d.description.answers) out.push(`- ${line}`);
    out.push('');
  }

  const m = d.description.meters;
  const head = md.meterHead(m.rounds.map((r) => r.round));
  out.push(heading(3, md.metersPerRound), '', md.metersNote, '');
  out.push(...table(head, meterRows(d, m.series.filter((s) => !s.hidden))), '');
  out.push(md.hiddenNote, '');
  out.push(...table(head, meterRows(d, m.series.filter((s) => s.hidden))), '');

  const b = d.description.blame;
  out.push(heading(3, md.escalationsAndBlame), '');
  if (d.description.escalations.length === 0) out.push(w.noEscalation, '');
  for (const e of d.description.escalations) {
    out.push(md.escalation({ round: e.cause.round, date: e.date, from: e.fromRung, to: e.toRung, text: e.cause.text, actor: e.by.text, part: e.mediatorFactors }));
  }
  out.push('', md.whoEscalated(b.whoEscalated), '', md.blame(b.verdict), '');
  if (b.actors.length) {
    for (const a of b.actors) out.push(md.blameActor(a));
    out.push('');
  }
  if (b.mediatorFactors.length) {
    out.push(md.mediatorsPart, '');
    for (const f of b.mediatorFactors) out.push(`- ${f}`);
    out.push('');
  }
}

function analysis(d: Debrief, out: string[]): void {
  const w = words();
  const md = w.md;
  const worth100 = md.worth100;
  const a = d.analysis;
  out.push(markdownHeadings().analysis, '');

  out.push(heading(3, w.turningPoints), '', md.turningNote, '');
  if (a.turningPoints.length === 0) out.push(`- ${w.noTurningPoint}`);
  for (const t of a.turningPoints) out.push(md.turningPoint(t));
  out.push('');

  out.push(heading(3, md.hiddenRevealed), '');
  for (const s of a.sides) {
    out.push(heading(4, w.sideHeading(s.side)), '');
    out.push(
      ...table(
        md.weightsHead,
        s.weights.map((x) => [String(x.rank), x.name, w.weight(x.share), w.priorities[x.priority], x.heardPriority ? w.priorities[x.heardPriority] : w.notHeard, x.bestOption, x.opening, x.finalPosition]),
      ),
      '',
    );
    if (s.redLines.length) {
      out.push(md.redLinesHeading, '');
      for (const r of s.redLines) out.push(md.redLine({ issue: r.issueName, option: r.optionLabel, heard: r.heard }));
      out.push('');
    }
    out.push(`- ${s.reservation.text}`, `- ${s.concession.text}`, `- ${s.ripeness.text}`, `- ${s.hardliners.text}`);
    out.push(md.trust(s.trust), '');
  }

  const t = a.text;
  out.push(heading(3, md.finalText), '');
  out.push(...table(md.textHead(t.kind), t.items.map((i) => [i.issueName, i.optionLabel ?? md.open, t.nash ? (i.nashLabel ?? md.open) : '—'])), '');
  const rows = md.valueRows;
  // One column per delegation: each row gives every delegation's figure.
  const each = (values: readonly number[] | null) => d.sides.map((s) => (values ? worth100(values[s.index]!) : '—'));
  out.push(
    ...table(
      ['', ...d.sides.map((s) => s.shortName)],
      [
        [rows.worth, ...each(t.utilities)],
        [rows.fallback, ...each(t.reservations)],
        [rows.home, ...each(t.floors)],
        [rows.surplus, ...each(t.surplus)],
        [rows.nash, ...each(t.nash)],
      ],
    ),
    '',
  );
  for (const v of t.verdict) out.push(v);
  out.push('');
  if (t.ratification) {
    out.push(heading(3, md.atHome), '', t.ratificationText ?? '', '');
    for (const r of t.ratification) out.push(`- ${r.text}`);
    out.push('');
  }

  const g = a.bargaining;
  out.push(heading(3, w.frontier), '');
  out.push(md.frontier({ points: g.frontier.length, ends: g.frontier.length ? [g.frontier[0]!, g.frontier[g.frontier.length - 1]!] : null, axes: g.axes }), '');
  const points = md.pointRows;
  out.push(
    ...table(
      [w.point, ...g.axes],
      [
        [points.text, ...each(g.text)],
        [points.nash, ...each(g.nash)],
        ...(g.better ? [[points.better(d.sides.length), ...each(g.better)]] : []),
        [points.fallbacks, ...each(g.fallbacks)],
        ...d.sides.map((s) => [points.opening(s.nameInText), ...each(g.openings[s.index]!)]),
      ],
    ),
    '',
  );

  out.push(heading(3, w.theory), '');
  for (const th of a.theory) {
    out.push(heading(4, w.theoryHeading(th)), '', th.why, '');
    for (const f of th.facts) out.push(`- ${f}`);
    if (th.facts.length) out.push('');
    out.push(md.source(th), '');
  }

  const h = a.history;
  out.push(heading(3, w.besideHistory), '', h.game, '', h.history, '');
  if (h.ending) out.push(heading(4, w.ending), '', w.endingDetail({ detail: h.ending.detail, sources: h.ending.sources.map(link) }), '');
  out.push(
    ...table(
      w.historyHead,
      h.entries.map((e) => [w.date(e.date), e.track === 'game' ? w.tracks.game : e.reported ? historyTrackLabel(e.sources) : w.tracks.history, w.historyEntry(e), e.sources.map(link).join('; ')]),
    ),
    '',
  );
}

function application(d: Debrief, out: string[]): void {
  out.push(markdownHeadings().application, '', heading(3, words().questions), '');
  d.application.questions.forEach((q, i) => {
    out.push(`${i + 1}. ${q.text}`);
    for (const f of q.facts) out.push(`   - ${f}`);
  });
  out.push('');
}

export function debriefMarkdown(d: Debrief): string {
  const w = words();
  const out: string[] = [];
  out.push(w.md.title(d.scenario.title), '');
  out.push(w.about({ place: d.scenario.place, mediator: d.mediator, seed: d.settings.seed, played: d.roundsPlayed, scheduled: d.roundsScheduled, sides: d.sides.map((s) => s.name) }), '');
  out.push(w.md.outcome({ label: d.outcome.label, round: d.outcome.round, date: d.outcome.date, venue: d.outcome.venue, reason: d.outcome.reason }), '');
  if (d.hints) out.push(w.hints(d.hints), '');
  description(d, out);
  analysis(d, out);
  application(d, out);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
