// The compare view: any two lines of a save side by side (where they part, the meters overlaid,
// both outcomes, the texts issue by issue, the moves that explain the split), or one line
// beside what really happened (the history track). Two selects choose the lines; the page
// redraws below them and keeps the focus where it was.
import { reportLabel, sourceBadge, sourceKindNote } from '../../present/index.ts';
import { el, fill, safeHref, type Child } from '../dom/el.ts';
import type { Announcer } from '../dom/announcer.ts';
import type { PageHost } from '../pages/page-host.ts';
import { compareFigure } from './compare-charts.ts';
import { compareModel, type CompareModel, gameWords, HISTORY, type HistoryModel, historyModel, lineChoices, lineName, targetValue } from '../../present/index.ts';
import type { CompareTarget, NewsCard, ReplaySource } from '../../present/index.ts';
import type { HistorySource, RealEvent } from '../../replay/index.ts';
import './compare.css';

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return el('section', { class: 'compare-part', attrs: { 'aria-labelledby': id } }, el('h2', { id, text: title }), ...children);
}

function table(caption: string, head: string[], rows: Child[][], cls = 'data-table'): HTMLTableElement {
  return el(
    'table',
    { class: cls },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
    el('tbody', {}, ...rows.map(([first, ...rest]) => el('tr', {}, el('th', { attrs: { scope: 'row' } }, first), ...rest.map((c) => el('td', {}, c))))),
  );
}

const words = () => gameWords().compare;

function linesView(m: CompareModel): HTMLElement[] {
  const w = words();
  const [a, b] = m.names;
  const textRows = m.texts.rows.map((r) =>
    el('tr', { class: r.changed ? 'changed' : '' }, el('th', { text: r.issue, attrs: { scope: 'row' } }), el('td', { text: r.a }), el('td', { text: r.b }), el('td', { class: 'mark', text: r.changed ? w.differs : w.same })),
  );
  return [
    section('compare-parting', w.whereTheyPart, el('p', { class: 'compare-parting', attrs: { 'data-field': 'parting' }, text: m.parting })),
    section(
      'compare-outcomes',
      w.outcomes,
      el(
        'ul',
        { class: 'compare-outcomes', attrs: { 'data-field': 'outcomes' } },
        ...m.outcomes.map((o, k) => el('li', {}, el('span', { class: 'muted small', text: w.outcomeLine({ k: k === 0 ? 'A' : 'B', line: o.line }) }), el('strong', { class: 'outcome-label', text: o.label }), el('span', { text: o.detail }))),
      ),
    ),
    section(
      'compare-meters',
      w.metersBoth,
      el('p', { class: 'compare-legend small' }, el('span', { class: 'key-a', text: w.keyA(a) }), el('span', { class: 'key-b', text: w.keyB(b) }), m.partsAt ? el('span', { class: 'muted', text: w.upright(m.partsAt.step - 1) }) : null),
      el('div', { class: 'chart-grid' }, ...m.charts.map(compareFigure)),
    ),
    section(
      'compare-texts',
      w.texts,
      el('p', { text: m.texts.changed ? w.itemsDiffer({ changed: m.texts.changed, of: m.texts.rows.length }) : w.sameTexts }),
      el(
        'table',
        { class: 'data-table text-diff', attrs: { 'data-field': 'text-diff' } },
        el('caption', { text: w.textCaption({ a, b, captions: m.texts.captions }) }),
        el('thead', {}, el('tr', {}, ...w.textHead({ a, b }).map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
        el('tbody', {}, ...textRows),
      ),
    ),
    section(
      'compare-gaps',
      w.split,
      m.gaps.length === 0 ? el('p', { text: w.noGap }) : el('p', { class: 'muted', text: w.gapIntro }),
      ...m.gaps.map((g) =>
        el(
          'div',
          { class: 'compare-gaps', attrs: { 'data-field': 'gap' } },
          el('h3', { text: g.title }),
          ...g.moves.map((moves, k) =>
            el('div', {}, el('h4', { text: w.onLine(m.names[k]) }), moves.length ? el('ul', {}, ...moves.map((t) => el('li', { text: t }))) : el('p', { class: 'muted small', text: g.quiet[k] })),
          ),
        ),
      ),
    ),
  ];
}

function sourceList(list: readonly HistorySource[]): Child {
  if (list.length === 0) return null;
  return el(
    'span',
    { class: 'small muted' },
    words().sources,
    ...list.flatMap((s, i) => {
      const href = safeHref(s.url);
      const name = `${words().publisher({ title: s.title, publisher: s.publisher ?? null })}${!href && s.citation ? ` (${s.citation})` : ''}`;
      const kind = el('span', { class: `source-kind kind-${s.kind}`, text: ` [${sourceBadge(s)}]`, attrs: { title: sourceKindNote(s.kind) } });
      return [i ? '; ' : '', href ? el('a', { text: name, attrs: { href, target: '_blank', rel: 'noreferrer' } }) : el('span', { text: name }), kind];
    }),
  );
}

const realItem = (e: RealEvent) =>
  el('li', { attrs: { 'data-date': e.date } }, el('strong', { text: words().realEvent({ date: e.date, headline: e.headline }) }), e.reported ? el('span', { class: 'badge', text: reportLabel(e.sources, e.sources.map((s) => s.id)) }) : null, el('span', { text: ` ${e.body}` }), sourceList(e.sources));

function newsItem({ item: n, headline }: NewsCard): HTMLElement {
  const w = words();
  return el('li', {}, el('span', { text: headline }), el('span', { class: 'muted small', text: n.kind === 'scripted' ? (n.reported ? w.scriptedFromReport : w.scripted) : w.inThisGame(n.kind) }));
}

function historyView(m: HistoryModel): HTMLElement[] {
  const w = words();
  const rows: Child[][] = m.rows.map((r) => [
    r.when,
    r.line
      ? el('div', {}, ...r.lineText.map((t) => el('p', { class: 'small', text: t })), r.news.length ? el('ul', { attrs: { 'aria-label': w.newsOfDay(r.when) } }, ...r.news.map(newsItem)) : null)
      : el('span', { class: 'muted', text: '–' }),
    r.real.length ? el('ul', {}, ...r.real.map(realItem)) : el('span', { class: 'muted', text: w.nothingDated }),
  ]);
  return [
    section('compare-history-summary', w.againstHistory, el('div', { class: 'history-summary', attrs: { 'data-field': 'history-summary' } }, ...m.summary.map((t) => el('p', { text: t })))),
    ...(m.ending.length ? [section('compare-history-ending', w.realEnding, el('ul', { attrs: { 'data-field': 'history-ending' } }, ...m.ending.map(realItem)))] : []),
    section(
      'compare-history',
      w.dayByDay,
      el('p', { class: 'muted', text: w.dayByDayIntro }),
      table(w.besideCaption(m.name), w.besideHead(m.name), rows, 'data-table history-beside'),
    ),
  ];
}

function select(label: string, field: string, choices: { value: string; label: string }[], value: string, onChange: (v: string) => void): HTMLLabelElement {
  const s = el('select', { attrs: { 'data-field': field }, on: { change: () => onChange(s.value) } }, ...choices.map((ch) => el('option', { text: ch.label, attrs: { value: ch.value } })));
  s.value = value;
  return el('label', {}, el('span', { text: label }), s);
}

/** What the compare view needs of the page. */
export interface CompareHost {
  readonly pages: PageHost;
  readonly announcer: Announcer;
}

export function openCompare(host: CompareHost, source: ReplaySource, line: string, other: CompareTarget, back?: () => void): void {
  const choices = lineChoices(source);
  const known = (v: string) => choices.some((c) => c.value === v);
  let a = known(line) ? line : choices[0]!.value;
  // An unknown target (a deleted branch, history the scenario lacks) falls back to another line.
  let b = known(targetValue(other)) ? targetValue(other) : (choices.find((c) => c.value !== a && c.value !== HISTORY)?.value ?? a);
  const w = words();
  const result = el('div', { class: 'compare-result', attrs: { 'data-field': 'compare-result' } });
  const render = () => {
    // History on one side: the other line beside it. Both history: nothing to compare.
    if (a === HISTORY && b === HISTORY) fill(result, el('p', { text: w.bothHistory }));
    else if (a === HISTORY || b === HISTORY) fill(result, ...historyView(historyModel(source, a === HISTORY ? b : a)));
    else fill(result, ...linesView(compareModel(source, a, b)));
    host.announcer.say(w.comparing({ a: lineName(source, a), b: lineName(source, b) }));
  };
  const controls = el(
    'div',
    { class: 'compare-controls', attrs: { role: 'group', 'aria-label': w.controls } },
    select(w.lineA, 'line-a', choices, a, (v) => {
      a = v;
      render();
    }),
    select(w.lineB, 'line-b', choices, b, (v) => {
      b = v;
      render();
    }),
  );
  const main = host.pages.open(
    w.title(source.scenario.title),
    [],
    [el('p', { class: 'muted', text: w.intro({ history: source.scenario.history.length > 0, seed: source.save.seed, file: source.fileName ?? null }) }), controls, result],
    { back: back ? { label: w.back, action: 'compare-back', run: back } : undefined },
  );
  main.setAttribute('data-page-kind', 'compare');
  render();
}
