// The Markdown export: the three parts as headings, the meters per round as tables, the turning
// points as a list, the theory as paragraphs with their sources as links, the questions
// numbered. Plain CommonMark with pipe tables, so it prints and pastes anywhere.
import { fmt } from './causes.ts';
import { sourceBadge } from '../present/index.ts';
import type { Debrief, MeterSeries, SourceRef } from './types.ts';

export const HEADINGS = {
  description: '## 1. Description',
  analysis: '## 2. Analysis',
  application: '## 3. Application',
} as const;

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const u3 = (x: number) => x.toFixed(3);

function table(head: string[], rows: string[][]): string[] {
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
    const show = (v: number) => (s.meter === 'pressure' ? `${rungs[Math.round(v)] ?? v} (${v})` : fmt(s.meter, v));
    return [s.label, show(s.start), ...s.points.map(show)];
  });
}

function description(d: Debrief, out: string[]): void {
  out.push(HEADINGS.description, '');
  out.push('### Timeline', '');
  for (const r of d.description.timeline) {
    out.push(`#### Round ${r.round}: ${r.label.replace(/^Round \d+:\s*/, '')} (${r.date}, ${r.venue})`, '');
    if (r.statements.length) {
      out.push('What was said (lines marked *simulated* are invented for the game, never real quotes):', '');
      for (const s of r.statements) {
        if (s.speaker === 'mediator') out.push(`- *${s.whereName}*: ${s.speakerName}: ${s.text}`);
        else {
          const mark = s.person ? ' (*their own words*)' : s.simulated ? ' (*simulated*)' : s.source ? ` (on the record: ${link(s.source)})` : ' (on the record)';
          out.push(`- *${s.whereName}*: **${s.speakerName}**${mark}: ${s.text}`);
        }
      }
      out.push('');
    }
    if (r.news.length) {
      out.push('News:', '');
      for (const n of r.news) {
        const sources = n.sources.length ? ` Sources: ${n.sources.map(link).join('; ')}.` : '';
        const tag = n.kind === 'scripted' ? (n.reported ? 'reported' : 'scripted') : `in this game: ${n.kind}`;
        out.push(`- ${n.date}: **${n.headline}** (${tag}). ${n.body} Cause: ${n.cause}.${sources}`);
      }
      out.push('');
    }
  }

  if (d.description.answers.length) {
    out.push('### The delegations played by people', '');
    for (const line of d.description.answers) out.push(`- ${line}`);
    out.push('');
  }

  const m = d.description.meters;
  const head = ['Meter', 'Start', ...m.rounds.map((r) => `Round ${r.round}`)];
  out.push('### Meters per round', '', 'Values at the end of each round, after its news and drift.', '');
  out.push(...table(head, meterRows(d, m.series.filter((s) => !s.hidden))), '');
  out.push('Hidden during play, revealed here:', '');
  out.push(...table(head, meterRows(d, m.series.filter((s) => s.hidden))), '');

  const b = d.description.blame;
  out.push('### Escalations and blame', '');
  if (d.description.escalations.length === 0) out.push('The pressure never rose during the game.', '');
  for (const e of d.description.escalations) {
    const part = e.mediatorFactors.length ? ` Mediator's part: ${e.mediatorFactors.join(' ')}` : '';
    out.push(`- Round ${e.cause.round} (${e.date}): ${e.fromRung} → ${e.toRung}. ${e.cause.text}. Caused by: ${e.cause.actor} [${e.cause.rule}].${part}`);
  }
  out.push('', `**Blame.** ${b.verdict}`, '');
  if (b.actors.length) {
    for (const a of b.actors) out.push(`- ${a.actor}: ${a.rungs} rung${a.rungs === 1 ? '' : 's'} (${a.rules.join(', ')})`);
    out.push('');
  }
  if (b.mediatorFactors.length) {
    out.push("The mediator's own part:", '');
    for (const f of b.mediatorFactors) out.push(`- ${f}`);
    out.push('');
  }
}

function analysis(d: Debrief, out: string[]): void {
  const a = d.analysis;
  const [s0, s1] = d.sides;
  out.push(HEADINGS.analysis, '');

  out.push('### Turning points', '', 'The largest moves of the game, from the ledger (rank 1 is the largest).', '');
  if (a.turningPoints.length === 0) out.push('- Nothing moved far enough to count as a turning point.');
  for (const t of a.turningPoints) out.push(`- **#${t.rank}**${t.decisive ? ' (decisive)' : ''} ${t.summary}`);
  out.push('');

  out.push('### Hidden preferences revealed', '');
  for (const s of a.sides) {
    out.push(`#### ${s.side.name} (${s.side.shortName})`, '');
    out.push(
      ...table(
        ['Rank', 'Issue', 'Weight', 'Priority', 'Heard as', 'Best option', 'Opening', 'Final position'],
        s.weights.map((w) => [String(w.rank), w.name, w.weight.toFixed(2), w.priority, w.heardPriority ?? 'not heard', w.bestOption, w.opening, w.finalPosition]),
      ),
      '',
    );
    if (s.redLines.length) {
      out.push('Red lines:', '');
      for (const r of s.redLines) out.push(`- ${r.issueName}: never "${r.optionLabel}" (${r.heard ? 'the mediator heard it' : 'never heard by the mediator'})`);
      out.push('');
    }
    out.push(`- ${s.reservation.text}`, `- ${s.concession.text}`, `- ${s.ripeness.text}`, `- ${s.hardliners.text}`);
    out.push(
      `- Trust in the mediator: credibility ${s.trust.credibility[0]} → ${s.trust.credibility[1]}, closeness ${s.trust.closeness[0]} → ${s.trust.closeness[1]}; patience ${s.trust.patience[0]} → ${s.trust.patience[1]}.`,
      '',
    );
  }

  const t = a.text;
  out.push('### The final text against the fallbacks', '');
  out.push(...table(['Issue', `The ${t.kind} text`, 'Nash point'], t.items.map((i) => [i.issueName, i.optionLabel ?? '(open)', t.nash ? (i.nashLabel ?? '(open)') : '—'])), '');
  out.push(
    ...table(
      ['', s0.shortName, s1.shortName],
      [
        ['Worth of the text', u3(t.utilities[0]), u3(t.utilities[1])],
        ['Fallback (no deal)', u3(t.reservations[0]), u3(t.reservations[1])],
        ['Needed to pass at home', u3(t.floors[0]), u3(t.floors[1])],
        ['Surplus over the fallback', u3(t.surplus[0]), u3(t.surplus[1])],
        ['Nash bargaining point', t.nash ? u3(t.nash[0]) : '—', t.nash ? u3(t.nash[1]) : '—'],
      ],
    ),
    '',
  );
  for (const v of t.verdict) out.push(v);
  out.push('');

  const g = a.bargaining;
  out.push('### The Pareto frontier and the Nash point', '');
  const ends = g.frontier.length ? ` from (${u3(g.frontier[0]![0])}, ${u3(g.frontier[0]![1])}) to (${u3(g.frontier[g.frontier.length - 1]![0])}, ${u3(g.frontier[g.frontier.length - 1]![1])})` : '';
  out.push(`The frontier (packages no side refuses on a red line and no other package beats for both) has ${g.frontier.length} points${ends}, in (${g.axes[0]}, ${g.axes[1]}).`, '');
  out.push(
    ...table(
      ['Point', g.axes[0], g.axes[1]],
      [
        ['The text', u3(g.text[0]), u3(g.text[1])],
        ['Nash point', g.nash ? u3(g.nash[0]) : '—', g.nash ? u3(g.nash[1]) : '—'],
        ['Fallbacks', u3(g.fallbacks[0]), u3(g.fallbacks[1])],
        [`${s0.shortName}'s opening`, u3(g.openings[0][0]), u3(g.openings[0][1])],
        [`${s1.shortName}'s opening`, u3(g.openings[1][0]), u3(g.openings[1][1])],
      ],
    ),
    '',
  );

  out.push('### Theory that fits this game', '');
  for (const th of a.theory) {
    out.push(`#### ${th.name} (${th.thinker})`, '', th.why, '');
    for (const f of th.facts) out.push(`- ${f}`);
    if (th.facts.length) out.push('');
    out.push(`Source: [${th.citation}](${th.url})`, '');
  }

  const h = a.history;
  out.push('### The game beside history', '', h.game, '', h.history, '');
  out.push(
    ...table(
      ['Date', 'Track', 'What happened', 'Sources'],
      h.entries.map((e) => [e.date, e.track === 'game' ? 'This game' : e.reported ? 'History (reported)' : 'History', `${e.headline}: ${e.detail}`, e.sources.map(link).join('; ')]),
    ),
    '',
  );
}

function application(d: Debrief, out: string[]): void {
  out.push(HEADINGS.application, '', '### Questions for discussion', '');
  d.application.questions.forEach((q, i) => {
    out.push(`${i + 1}. ${q.text}`);
    for (const f of q.facts) out.push(`   - ${f}`);
  });
  out.push('');
}

export function debriefMarkdown(d: Debrief): string {
  const out: string[] = [];
  out.push(`# Debrief: ${d.scenario.title}`, '');
  out.push(
    `${d.scenario.place}. Mediator: ${d.mediator}. Seed ${d.settings.seed}. ${d.roundsPlayed} of ${d.roundsScheduled} rounds played. Delegations: ${d.sides[0].name} and ${d.sides[1].name}.`,
    '',
  );
  out.push(`**Outcome: ${d.outcome.label}** (round ${d.outcome.round}, ${d.outcome.date}, ${d.outcome.venue}). ${d.outcome.reason}`, '');
  description(d, out);
  analysis(d, out);
  application(d, out);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
