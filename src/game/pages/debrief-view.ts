// The debrief as a page: Description (the timeline by round, the meters charted, every
// escalation and who caused it), Analysis (turning points, hidden preferences, the text against
// the fallbacks, the bargaining chart, the theory with its sources, the game beside history) and
// Application (questions). Built from the classroom core's Debrief, text only.
import type { Debrief, SourceRef } from '../../classroom/index.ts';
import type { SourceKind } from '../../scenario/index.ts';
import { reportLabel, sourceBadge } from '../../present/index.ts';
import { el, safeHref, type Child } from '../dom/el.ts';
import { classroomWords, messages } from '../../present/index.ts';
import { bargainingFigure, meterFigures } from './debrief-charts.ts';

/** A reported history entry's track, named by what it rests on: "History (participant’s memoir)". */
const historyTrackLabel = (sources: readonly SourceRef[]): string => classroomWords().debrief.tracks.historyAs(reportLabel(sources, sources.map((s) => s.id)));

const words = () => classroomWords().debrief;
const u = (v: number) => words().percent(v);

function sourceLink(s: { title: string; url: string | null; kind?: SourceKind; citation?: string | null; reported?: boolean }): HTMLElement {
  const href = safeHref(s.url);
  const title = !href && s.citation ? `${s.title} (${s.citation})` : s.title;
  // The kind says how to read it: a participant's memoir is one side's account.
  const mark = s.kind ? ` (${sourceBadge({ kind: s.kind, reported: s.reported ?? false })})` : s.reported ? words().reported : '';
  return el('span', { class: 'source' }, href ? el('a', { text: title, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }) : el('span', { text: title }), mark);
}

function sources(list: readonly SourceRef[]): Child {
  if (list.length === 0) return null;
  return el('span', { class: 'small muted' }, words().sources, ...list.flatMap((s, i) => [i ? '; ' : '', sourceLink(s)]));
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
  const w = words();
  return d.description.timeline.map((r) =>
    el(
      'section',
      { class: 'round', attrs: { 'aria-label': w.roundLabel(r.round) } },
      el('h4', { text: w.round(r) }),
      r.statements.length
        ? el(
            'ul',
            { class: 'statements', attrs: { 'aria-label': w.saidIn(r.round) } },
            ...r.statements.map((s) =>
              el(
                'li',
                {},
                el('span', { class: 'muted small', text: w.where(s.whereName) }),
                s.report ? null : el('strong', { text: w.speaker(s.speakerName) }),
                el('span', { text: s.text }),
                s.speaker !== 'mediator' && s.simulated && !s.report ? el('span', { class: 'badge', text: w.simulated }) : null,
                s.source ? el('span', { class: 'small' }, w.onRecord, sourceLink(s.source)) : null,
              ),
            ),
          )
        : el('p', { class: 'muted', text: w.nothingSaid }),
      r.news.length
        ? el(
            'ul',
            { class: 'news', attrs: { 'aria-label': w.newsOf(r.round) } },
            ...r.news.map((n) => el('li', {}, el('strong', { text: w.newsItem(n) }), el('span', { text: `${n.body} ` }), el('span', { class: 'muted small', text: w.newsTag({ kind: n.kind, cause: n.cause, report: n.reported ? reportLabel(n.sources, n.sources.map((s) => s.id)) : null }) }), sources(n.sources))),
          )
        : null,
    ),
  );
}

function description(d: Debrief): HTMLElement {
  const w = words();
  const b = d.description.blame;
  const pressure = d.description.meters.series.find((m) => m.meter === 'pressure')?.label ?? messages().meters.pressure;
  return part(
    'debrief-description',
    w.parts.description,
    w.intros.description,
    el('h3', { text: w.timeline }),
    ...timeline(d),
    d.description.answers.length ? el('h3', { text: w.people }) : null,
    d.description.answers.length ? el('ul', { attrs: { 'data-debrief': 'person-answers' } }, ...d.description.answers.map((line) => el('li', { text: line }))) : null,
    el('h3', { text: w.meters }),
    el('div', { class: 'chart-grid' }, ...meterFigures(d.description.meters, d.sides)),
    el('h3', { text: w.escalations }),
    d.description.escalations.length === 0
      ? el('p', { text: w.noEscalation })
      : table(
          w.escalationCaption(pressure),
          w.escalationHead,
          d.description.escalations.map((e) => [String(e.cause.round), w.date(e.date), `${e.fromRung} → ${e.toRung}`, w.escalationText({ text: e.cause.text, headline: e.headline }), e.by.text, e.mediatorFactors.join(' ') || '–']),
        ),
    el('p', { attrs: { 'data-debrief': 'who-escalated' } }, el('strong', { text: w.whoEscalated }), b.whoEscalated),
    el('p', {}, el('strong', { text: w.blame }), b.verdict),
    b.actors.length ? el('ul', {}, ...b.actors.map((a) => el('li', { text: w.blameActor(a) }))) : null,
  );
}

/** The vote at home on a text both delegations accepted: the whole, then each side with its reasons. */
function ratification(t: Debrief['analysis']['text']): HTMLElement[] {
  if (!t.ratification) return [];
  return [
    el('h3', { text: words().atHome }),
    el('div', { attrs: { 'data-debrief': 'ratification' } }, el('p', { text: t.ratificationText ?? '' }), el('ul', {}, ...t.ratification.map((r) => el('li', { text: r.text })))),
  ];
}

function analysis(d: Debrief): HTMLElement {
  const w = words();
  const a = d.analysis;
  const t = a.text;
  // One column per delegation: each row gives every delegation's figure.
  const each = (values: readonly number[] | null) => d.sides.map((s) => (values ? u(values[s.index]!) : '–'));
  return part(
    'debrief-analysis',
    w.parts.analysis,
    w.intros.analysis,
    el('h3', { text: w.turningPoints }),
    a.turningPoints.length === 0
      ? el('p', { text: w.noTurningPoint })
      : // In the order they happened; the rank says how much each weighed, so the list is not numbered too.
        el('ul', { class: 'turning-points' }, ...a.turningPoints.map((tp) => el('li', {}, el('strong', { text: w.rank(tp) }), el('span', { text: tp.summary }), el('span', { class: 'muted small', text: w.causedBy(tp.cause.actor) })))),
    el('h3', { text: w.hidden }),
    ...a.sides.map((s) =>
      el(
        'section',
        { class: 'side-reveal', attrs: { 'aria-label': s.side.name } },
        el('h4', { text: w.sideHeading(s.side) }),
        table(
          w.weightsCaption(s.side.nameInText),
          w.weightsHead,
          s.weights.map((x) => [x.name, w.weight(x.share), w.priorities[x.priority], x.heardPriority ? w.priorities[x.heardPriority] : w.notHeard, x.bestOption, x.opening, x.finalPosition]),
        ),
        s.redLines.length ? el('p', { class: 'small' }, el('strong', { text: w.redLines }), s.redLines.map((r) => w.redLine({ issue: r.issueName, option: r.optionLabel, heard: r.heard })).join('; ')) : null,
        el('ul', {}, ...[s.reservation.text, s.concession.text, s.ripeness.text, s.hardliners.text].map((x) => el('li', { text: x }))),
      ),
    ),
    el('h3', { text: w.againstFallback }),
    table(w.textCaption({ kind: t.kind, version: t.draftVersion }), w.textHead, t.items.map((i) => [i.issueName, i.optionLabel ?? w.leftOpen, t.nash ? (i.nashLabel ?? w.leftOpen) : '–'])),
    table(
      w.valueCaption,
      ['', ...d.sides.map((s) => s.shortName)],
      [
        [w.valueRows.worth, ...each(t.utilities)],
        [w.valueRows.fallback, ...each(t.reservations)],
        [w.valueRows.home, ...each(t.floors)],
        [w.valueRows.nash, ...each(t.nash)],
      ],
    ),
    ...t.verdict.map((v) => el('p', { text: v })),
    ...ratification(t),
    el('h3', { text: w.frontier }),
    bargainingFigure(a.bargaining, d.sides),
    el('h3', { text: w.theory }),
    ...a.theory.map((th) =>
      el(
        'section',
        { class: 'theory', attrs: { 'aria-label': th.name } },
        el('h4', { text: w.theoryHeading(th) }),
        el('p', { text: th.why }),
        th.facts.length ? el('ul', {}, ...th.facts.map((f) => el('li', { text: f }))) : null,
        el('p', { class: 'small' }, w.source, sourceLink({ title: th.citation, url: th.url })),
      ),
    ),
    el('h3', { text: w.besideHistory }),
    el('p', { text: a.history.game }),
    el('p', { text: a.history.history }),
    a.history.ending ? el('h4', { text: w.ending }) : null,
    a.history.ending ? el('p', { attrs: { 'data-ending': '' } }, a.history.ending.detail, ' ', sources(a.history.ending.sources)) : null,
    table(
      w.historyCaption,
      w.historyHead,
      a.history.entries.map((e) => [w.date(e.date), e.track === 'game' ? w.tracks.game : e.reported ? historyTrackLabel(e.sources) : w.tracks.history, w.historyEntry(e), sources(e.sources) ?? '–']),
    ),
  );
}

function application(d: Debrief): HTMLElement {
  const w = words();
  return part(
    'debrief-application',
    w.parts.application,
    w.intros.application,
    el('ol', { class: 'questions' }, ...d.application.questions.map((q) => el('li', {}, el('p', { text: q.text }), q.facts.length ? el('ul', { class: 'small muted' }, ...q.facts.map((f) => el('li', { text: f }))) : null))),
  );
}

export function debriefView(d: Debrief): HTMLElement[] {
  const w = words();
  const nodes: (HTMLElement | null)[] = [
    el('p', { class: 'debrief-summary' }, el('strong', { text: w.summary(d.outcome) }), w.outcome(d.outcome)),
    el('p', { class: 'muted', text: w.about({ place: d.scenario.place, mediator: d.mediator, seed: d.settings.seed, played: d.roundsPlayed, scheduled: d.roundsScheduled, sides: d.sides.map((s) => s.name) }) }),
    d.hints ? el('p', { text: w.hints(d.hints), attrs: { 'data-debrief': 'hints' } }) : null,
    description(d),
    analysis(d),
    application(d),
  ];
  return nodes.filter((n) => n !== null);
}
