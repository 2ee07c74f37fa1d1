// The debrief as a page: Description (the timeline by round, the meters charted, every
// escalation and who caused it), Analysis (turning points, hidden preferences, the text against
// the fallbacks, the bargaining chart, the theory with its sources, the game beside history) and
// Application (questions). Built from the classroom core's Debrief, text only.
import type { Debrief, SourceRef } from '../../classroom/index.ts';
import type { SourceKind } from '../../scenario/index.ts';
import { sourceBadge } from '../../present/index.ts';
import { el, safeHref, type Child } from '../dom/el.ts';
import { bargainingFigure, meterFigures } from './debrief-charts.ts';

const u = (v: number) => String(Math.round(v * 100));

function sourceLink(s: { title: string; url: string | null; kind?: SourceKind; citation?: string | null; reported?: boolean }): HTMLElement {
  const href = safeHref(s.url);
  const title = !href && s.citation ? `${s.title} (${s.citation})` : s.title;
  // The kind says how to read it: a participant's memoir is one side's account.
  const mark = s.kind ? ` (${sourceBadge({ kind: s.kind, reported: s.reported ?? false })})` : s.reported ? ' (reported)' : '';
  return el('span', { class: 'source' }, href ? el('a', { text: title, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }) : el('span', { text: title }), mark);
}

function sources(list: readonly SourceRef[]): Child {
  if (list.length === 0) return null;
  return el('span', { class: 'small muted' }, ' Sources: ', ...list.flatMap((s, i) => [i ? '; ' : '', sourceLink(s)]));
}

function table(caption: string, head: string[], rows: Child[][], rowHeaders = true): HTMLTableElement {
  return el(
    'table',
    { class: 'data-table' },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
    el(
      'tbody',
      {},
      ...rows.map(([first, ...rest]) => el('tr', {}, rowHeaders ? el('th', { attrs: { scope: 'row' } }, first) : el('td', {}, first), ...rest.map((c) => el('td', {}, c)))),
    ),
  );
}

function part(id: string, title: string, intro: string, ...children: Child[]): HTMLElement {
  return el('section', { class: 'debrief-part', id, attrs: { 'aria-labelledby': `${id}-heading` } }, el('h2', { id: `${id}-heading`, text: title }), el('p', { class: 'muted', text: intro }), ...children);
}

function timeline(d: Debrief): HTMLElement[] {
  return d.description.timeline.map((r) =>
    el(
      'section',
      { class: 'round', attrs: { 'aria-label': `Round ${r.round}` } },
      el('h4', { text: `Round ${r.round}: ${r.label.replace(/^Round \d+:\s*/, '')} (${r.date}, ${r.venue})` }),
      r.statements.length
        ? el(
            'ul',
            { class: 'statements', attrs: { 'aria-label': `What was said in round ${r.round}` } },
            ...r.statements.map((s) =>
              el(
                'li',
                {},
                el('span', { class: 'muted small', text: `${s.whereName} · ` }),
                el('strong', { text: `${s.speakerName}: ` }),
                el('span', { text: s.text }),
                s.speaker !== 'mediator' && s.simulated ? el('span', { class: 'badge', text: 'simulated' }) : null,
                s.source ? el('span', { class: 'small' }, ' On the record: ', sourceLink(s.source)) : null,
              ),
            ),
          )
        : el('p', { class: 'muted', text: 'Nothing was said this round.' }),
      r.news.length
        ? el(
            'ul',
            { class: 'news', attrs: { 'aria-label': `News of round ${r.round}` } },
            ...r.news.map((n) => el('li', {}, el('strong', { text: `${n.date}: ${n.headline}. ` }), el('span', { text: `${n.body} ` }), el('span', { class: 'muted small', text: `(${n.kind === 'scripted' ? (n.reported ? 'reported' : 'scripted') : `in this game: ${n.kind}`}; cause: ${n.cause})` }), sources(n.sources))),
          )
        : null,
    ),
  );
}

function description(d: Debrief): HTMLElement {
  const b = d.description.blame;
  return part(
    'debrief-description',
    '1. Description',
    'What happened, round by round: what each side said, the news, the meters, and every escalation with its cause. Lines marked simulated are invented for the game, never real quotes.',
    el('h3', { text: 'Timeline' }),
    ...timeline(d),
    d.description.answers.length ? el('h3', { text: 'The delegations played by people' }) : null,
    d.description.answers.length ? el('ul', { attrs: { 'data-debrief': 'person-answers' } }, ...d.description.answers.map((line) => el('li', { text: line }))) : null,
    el('h3', { text: 'The meters over the rounds' }),
    el('div', { class: 'chart-grid' }, ...meterFigures(d.description.meters, d.sides)),
    el('h3', { text: 'Escalations and who caused them' }),
    d.description.escalations.length === 0
      ? el('p', { text: 'The pressure never rose during the game.' })
      : table(
          `Every rise in ${(d.description.meters.series.find((m) => m.meter === 'pressure')?.label ?? 'pressure').toLowerCase()}, with its cause`,
          ['Round', 'Date', 'From → to', 'What happened', 'Caused by', 'The mediator’s part'],
          d.description.escalations.map((e) => [String(e.cause.round), e.date, `${e.fromRung} → ${e.toRung}`, e.headline ? `${e.cause.text} (“${e.headline}”)` : e.cause.text, e.cause.actor, e.mediatorFactors.join(' ') || '–']),
        ),
    el('p', {}, el('strong', { text: 'Blame. ' }), b.verdict),
    b.actors.length ? el('ul', {}, ...b.actors.map((a) => el('li', { text: `${a.actor}: ${a.rungs} rung${a.rungs === 1 ? '' : 's'} (${a.rules.join(', ')})` }))) : null,
  );
}

function analysis(d: Debrief): HTMLElement {
  const a = d.analysis;
  const t = a.text;
  const [s0, s1] = d.sides;
  return part(
    'debrief-analysis',
    '2. Analysis',
    'Why it happened: the turning points, what each side hid, the text against what no deal was worth, and the theory that fits.',
    el('h3', { text: 'Turning points' }),
    a.turningPoints.length === 0
      ? el('p', { text: 'Nothing moved far enough to count as a turning point.' })
      : el('ol', { class: 'turning-points' }, ...a.turningPoints.map((tp) => el('li', {}, el('strong', { text: `#${tp.rank}${tp.decisive ? ' (decisive)' : ''} ` }), el('span', { text: tp.summary }), el('span', { class: 'muted small', text: ` Caused by ${tp.cause.actor}.` })))),
    el('h3', { text: 'Hidden preferences, fallbacks and red lines revealed' }),
    ...a.sides.map((s) =>
      el(
        'section',
        { class: 'side-reveal', attrs: { 'aria-label': s.side.name } },
        el('h4', { text: `${s.side.name} (${s.side.shortName})` }),
        table(
          `What mattered to ${s.side.shortName}, most first`,
          ['Issue', 'Weight', 'Priority', 'Heard as', 'Best option', 'Opening', 'Final position'],
          s.weights.map((w) => [w.name, w.weight.toFixed(2), w.priority, w.heardPriority ?? 'not heard', w.bestOption, w.opening, w.finalPosition]),
        ),
        s.redLines.length ? el('p', { class: 'small' }, el('strong', { text: 'Red lines: ' }), s.redLines.map((r) => `${r.issueName}: never “${r.optionLabel}” (${r.heard ? 'heard' : 'never heard'})`).join('; ')) : null,
        el('ul', {}, ...[s.reservation.text, s.concession.text, s.ripeness.text, s.hardliners.text].map((x) => el('li', { text: x }))),
      ),
    ),
    el('h3', { text: 'The final text against each side’s fallback' }),
    table(`The ${t.kind} text (draft ${t.draftVersion}) against the Nash point`, ['Issue', 'The text', 'Nash point'], t.items.map((i) => [i.issueName, i.optionLabel ?? 'Left open', t.nash ? (i.nashLabel ?? 'Left open') : '–'])),
    table(
      'Each side’s value of the text (0–100, in its own terms)',
      ['', s0.shortName, s1.shortName],
      [
        ['Worth of the text', u(t.utilities[0]), u(t.utilities[1])],
        ['Fallback (no deal)', u(t.reservations[0]), u(t.reservations[1])],
        ['Needed to pass at home', u(t.floors[0]), u(t.floors[1])],
        ['Nash bargaining point', t.nash ? u(t.nash[0]) : '–', t.nash ? u(t.nash[1]) : '–'],
      ],
    ),
    ...t.verdict.map((v) => el('p', { text: v })),
    el('h3', { text: 'The Pareto frontier and the Nash point' }),
    bargainingFigure(a.bargaining, d.sides),
    el('h3', { text: 'Theory that fits this game' }),
    ...a.theory.map((th) =>
      el(
        'section',
        { class: 'theory', attrs: { 'aria-label': th.name } },
        el('h4', { text: `${th.name} (${th.thinker})` }),
        el('p', { text: th.why }),
        th.facts.length ? el('ul', {}, ...th.facts.map((f) => el('li', { text: f }))) : null,
        el('p', { class: 'small' }, 'Source: ', sourceLink({ title: th.citation, url: th.url })),
      ),
    ),
    el('h3', { text: 'The game beside history' }),
    el('p', { text: a.history.game }),
    el('p', { text: a.history.history }),
    table(
      'This game and what really happened, by date',
      ['Date', 'Track', 'What happened', 'Sources'],
      a.history.entries.map((e) => [e.date, e.track === 'game' ? 'This game' : e.reported ? 'History (reported)' : 'History', `${e.headline}: ${e.detail}`, sources(e.sources) ?? '–']),
    ),
  );
}

function application(d: Debrief): HTMLElement {
  return part(
    'debrief-application',
    '3. Application',
    'Questions for discussion, drawn from what happened in this game.',
    el('ol', { class: 'questions' }, ...d.application.questions.map((q) => el('li', {}, el('p', { text: q.text }), q.facts.length ? el('ul', { class: 'small muted' }, ...q.facts.map((f) => el('li', { text: f }))) : null))),
  );
}

export function debriefView(d: Debrief): HTMLElement[] {
  return [
    el('p', { class: 'debrief-summary' }, el('strong', { text: `${d.outcome.label}. ` }), `${d.outcome.reason} (Round ${d.outcome.round}, ${d.outcome.date}, ${d.outcome.venue}.)`),
    el('p', { class: 'muted', text: `${d.scenario.place}. Mediator: ${d.mediator}. Seed ${d.settings.seed}. ${d.roundsPlayed} of ${d.roundsScheduled} rounds played. Delegations: ${d.sides[0].name} and ${d.sides[1].name}.` }),
    description(d),
    analysis(d),
    application(d),
  ];
}
