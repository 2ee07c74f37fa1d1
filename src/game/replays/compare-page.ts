// The compare view: any two lines of a save side by side (where they part, the meters overlaid,
// both outcomes, the texts issue by issue, the moves that explain the split), or one line
// beside what really happened (the history track). Two selects choose the lines; the page
// redraws below them and keeps the focus where it was.
import { el, fill, safeHref, type Child } from '../dom/el.ts';
import type { Announcer } from '../dom/announcer.ts';
import type { PageHost } from '../pages/page-host.ts';
import { compareFigure } from './compare-charts.ts';
import { compareModel, HISTORY, historyModel, lineChoices, lineName, targetValue, type CompareModel, type HistoryModel } from '../../present/index.ts';
import type { CompareTarget, ReplaySource } from '../../present/index.ts';
import type { HistorySource, RealEvent } from '../../replay/index.ts';
import type { NewsItem } from '../../model/index.ts';
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

function linesView(m: CompareModel): HTMLElement[] {
  const [a, b] = m.names;
  const textRows = m.texts.rows.map((r) =>
    el('tr', { class: r.changed ? 'changed' : '' }, el('th', { text: r.issue, attrs: { scope: 'row' } }), el('td', { text: r.a }), el('td', { text: r.b }), el('td', { class: 'mark', text: r.changed ? 'Differs' : 'Same' })),
  );
  return [
    section('compare-parting', 'Where they part', el('p', { class: 'compare-parting', attrs: { 'data-field': 'parting' }, text: m.parting })),
    section(
      'compare-outcomes',
      'Outcomes',
      el(
        'ul',
        { class: 'compare-outcomes', attrs: { 'data-field': 'outcomes' } },
        ...m.outcomes.map((o, k) => el('li', {}, el('span', { class: 'muted small', text: `Line ${k === 0 ? 'A' : 'B'}: ${o.line}` }), el('strong', { class: 'outcome-label', text: o.label }), el('span', { text: o.detail }))),
      ),
    ),
    section(
      'compare-meters',
      'The meters on both lines',
      el('p', { class: 'compare-legend small' }, el('span', { class: 'key-a', text: `—— solid, labelled A: ${a}` }), el('span', { class: 'key-b', text: `- - - dashed, labelled B: ${b}` }), m.partsAt ? el('span', { class: 'muted', text: `The dotted upright marks step ${m.partsAt.step - 1}, the last the lines share.` }) : null),
      el('div', { class: 'chart-grid' }, ...m.charts.map(compareFigure)),
    ),
    section(
      'compare-texts',
      'The texts, issue by issue',
      el('p', { text: m.texts.changed ? `${m.texts.changed} of ${m.texts.rows.length} items differ (marked “Differs”).` : 'The two texts are the same on every item.' }),
      el(
        'table',
        { class: 'data-table text-diff', attrs: { 'data-field': 'text-diff' } },
        el('caption', { text: `${a} (${m.texts.captions[0]}) against ${b} (${m.texts.captions[1]})` }),
        el('thead', {}, el('tr', {}, ...['Issue', `A: ${a}`, `B: ${b}`, 'Difference'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
        el('tbody', {}, ...textRows),
      ),
    ),
    section(
      'compare-gaps',
      'What explains the split',
      m.gaps.length === 0
        ? el('p', { text: 'No meter ends apart on the two lines.' })
        : el('p', { class: 'muted', text: 'The meters that ended furthest apart, and the largest moves on each line after the split that took them there.' }),
      ...m.gaps.map((g) =>
        el(
          'div',
          { class: 'compare-gaps', attrs: { 'data-field': 'gap' } },
          el('h3', { text: g.title }),
          ...g.moves.map((moves, k) =>
            el('div', {}, el('h4', { text: `On ${m.names[k]}` }), moves.length ? el('ul', {}, ...moves.map((t) => el('li', { text: t }))) : el('p', { class: 'muted small', text: 'No move after the split.' })),
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
    ' Sources: ',
    ...list.flatMap((s, i) => {
      const href = safeHref(s.url);
      const name = `${s.title}${s.publisher ? ` (${s.publisher})` : ''}`;
      return [i ? '; ' : '', href ? el('a', { text: name, attrs: { href, target: '_blank', rel: 'noreferrer' } }) : el('span', { text: name })];
    }),
  );
}

const realItem = (e: RealEvent) =>
  el('li', { attrs: { 'data-date': e.date } }, el('strong', { text: `${e.date}: ${e.headline}. ` }), e.reported ? el('span', { class: 'badge', text: 'reported' }) : null, el('span', { text: ` ${e.body}` }), sourceList(e.sources));

const newsItem = (n: NewsItem) => el('li', {}, el('span', { text: `${n.headline}` }), el('span', { class: 'muted small', text: n.kind === 'scripted' ? (n.reported ? ' (scripted from a report)' : ' (scripted)') : ` (in this game: ${n.kind})` }));

function historyView(m: HistoryModel): HTMLElement[] {
  const rows: Child[][] = m.rows.map((r) => [
    r.when,
    r.line
      ? el('div', {}, ...r.lineText.map((t) => el('p', { class: 'small', text: t })), r.line.news.length ? el('ul', { attrs: { 'aria-label': `News of ${r.when} in this line` } }, ...r.line.news.map(newsItem)) : null)
      : el('span', { class: 'muted', text: '–' }),
    r.real.length ? el('ul', {}, ...r.real.map(realItem)) : el('span', { class: 'muted', text: 'Nothing dated in the history.' }),
  ]);
  return [
    section('compare-history-summary', 'The line against history', el('div', { class: 'history-summary', attrs: { 'data-field': 'history-summary' } }, ...m.summary.map((t) => el('p', { text: t })))),
    section(
      'compare-history',
      'Day by day, beside the real events',
      el('p', { class: 'muted', text: 'Each day of talks with the pressure and progress on this line and its news, beside the dated real events of the same period. Entries from news reports are marked “reported”; links open the sources in a new tab.' }),
      table(`${m.name} beside what really happened, by date`, ['When', `This line: ${m.name}`, 'What really happened'], rows, 'data-table history-beside'),
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
  const result = el('div', { class: 'compare-result', attrs: { 'data-field': 'compare-result' } });
  const render = () => {
    // History on one side: the other line beside it. Both history: nothing to compare.
    if (a === HISTORY && b === HISTORY) fill(result, el('p', { text: 'Choose a line of the game to set beside what really happened.' }));
    else if (a === HISTORY || b === HISTORY) fill(result, ...historyView(historyModel(source, a === HISTORY ? b : a)));
    else fill(result, ...linesView(compareModel(source, a, b)));
    host.announcer.say(`Comparing ${lineName(source, a)} with ${lineName(source, b)}.`);
  };
  const controls = el(
    'div',
    { class: 'compare-controls', attrs: { role: 'group', 'aria-label': 'Lines to compare' } },
    select('Line A', 'line-a', choices, a, (v) => {
      a = v;
      render();
    }),
    select('Line B', 'line-b', choices, b, (v) => {
      b = v;
      render();
    }),
  );
  const main = host.pages.open(
    `Compare: ${source.scenario.title}`,
    [],
    [el('p', { class: 'muted', text: `Two lines of the game side by side${source.scenario.history.length ? ', or a line beside what really happened' : ''}. Seed ${source.save.seed}${source.fileName ? `, from ${source.fileName}` : ''}.` }), controls, result],
    { back: back ? { label: 'Back to the replay', action: 'compare-back', run: back } : undefined },
  );
  main.setAttribute('data-page-kind', 'compare');
  render();
}
