// The class comparison, rendered: the table of students' games (bad files with their reason,
// duplicates marked), the distribution of outcomes, the turning points most games shared, and
// which mediator actions went with agreements. Everything here comes from compareClass.
import type { ClassComparison } from '../../classroom/index.ts';
import { el, svg } from '../dom/el.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

function table(caption: string, head: string[], rows: (string | Element)[][], cls = ''): HTMLTableElement {
  return el(
    'table',
    { class: `data-table ${cls}` },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
    el('tbody', {}, ...rows.map(([first, ...rest]) => el('tr', {}, el('th', { attrs: { scope: 'row' } }, first ?? ''), ...rest.map((c) => el('td', {}, c))))),
  );
}

export function classView(r: ClassComparison): HTMLElement[] {
  const rows = r.rows.map((row) => {
    const status =
      row.status === 'bad'
        ? el('span', { class: 'error', text: `Skipped: ${row.reason ?? 'unreadable'}` })
        : row.status === 'duplicate'
          ? el('span', { class: 'badge duplicate', text: `Duplicate of ${row.duplicateOf ?? 'another file'} (counted once)` })
          : 'Counted';
    return [
      row.fileName,
      row.scenario ?? '–',
      row.outcomeLabel ?? '–',
      row.rounds === null ? '–' : String(row.rounds),
      row.standing.length ? row.standing.map((s) => `${s.side} ${s.value} (no deal ${s.fallback})`).join('; ') : '–',
      status,
    ];
  });
  const max = Math.max(1, ...r.distribution.map((d) => d.games));
  return [
    el('p', { class: 'class-summary', attrs: { role: 'status' }, text: `${r.games} game${r.games === 1 ? '' : 's'} compared; ${r.bad} file${r.bad === 1 ? '' : 's'} skipped; ${r.duplicates} duplicate${r.duplicates === 1 ? '' : 's'}.` }),
    el(
      'section',
      { attrs: { 'aria-labelledby': 'class-students' } },
      el('h2', { id: 'class-students', text: 'The games, student by student' }),
      table('Each file: its scenario, outcome, rounds played and final standing (each side’s value of the final text, 0–100, against no deal)', ['File', 'Scenario', 'Outcome', 'Rounds', 'Final standing', 'Status'], rows, 'class-table'),
    ),
    el(
      'section',
      { attrs: { 'aria-labelledby': 'class-outcomes' } },
      el('h2', { id: 'class-outcomes', text: 'How the games ended' }),
      r.distribution.length === 0
        ? el('p', { class: 'muted', text: 'No game could be compared.' })
        : table(
            'Outcomes across the class',
            ['Outcome', 'Games', 'Share', ''],
            r.distribution.map((d) => [d.label, String(d.games), pct(d.share), svg('svg', { class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true' }, svg('rect', { width: Math.max(1, Math.round((d.games / max) * 100)), height: 10 }))]),
          ),
    ),
    el(
      'section',
      { attrs: { 'aria-labelledby': 'class-turning' } },
      el('h2', { id: 'class-turning', text: 'Turning points most games shared' }),
      r.sharedTurningPoints.length === 0
        ? el('p', { class: 'muted', text: 'No turning point came up in more than one game.' })
        : table('The same kind of move among the largest of several games', ['Turning point', 'Games', 'Share'], r.sharedTurningPoints.map((t) => [t.text, String(t.games), pct(t.share)])),
    ),
    el(
      'section',
      { attrs: { 'aria-labelledby': 'class-actions' } },
      el('h2', { id: 'class-actions', text: 'What the mediators did, with and without an agreement' }),
      el('p', { class: 'muted small', text: 'An agreement is a framework or an interim deal. Shares are of the games in each group; with few games, read them as questions for the class, not findings.' }),
      table(
        'Share of games in which the mediator did each thing',
        ['Mediator action', `Agreements (${r.actions[0]?.agreements ?? 0})`, `Other outcomes (${r.actions[0]?.others ?? 0})`],
        r.actions.map((a) => [a.label, a.agreements ? pct(a.withAgreement) : '–', a.others ? pct(a.withoutAgreement) : '–']),
      ),
    ),
  ];
}
