// The class comparison, rendered: the table of students' games (bad files with their reason,
// duplicates marked), the distribution of outcomes, the turning points most games shared, and
// which mediator actions went with agreements. Everything here comes from compareClass.
import type { ClassComparison } from '../../classroom/index.ts';
import { el, svg } from '../dom/el.ts';
import { classroomWords } from '../../present/index.ts';

const pct = (x: number) => classroomWords().compareClass.share(x);

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
  const w = classroomWords().compareClass;
  const rows = r.rows.map((row) => {
    const status =
      row.status === 'bad'
        ? el('span', { class: 'error', text: w.skipped(row.reason) })
        : row.status === 'duplicate'
          ? el('span', { class: 'badge duplicate', text: w.duplicate(row.duplicateOf) })
          : w.counted;
    return [
      row.player ?? row.fileName,
      row.scenario ?? '–',
      row.outcomeLabel ?? '–',
      row.rounds === null ? '–' : w.count(row.rounds),
      row.standing.length ? row.standing.map((s) => w.standing(s)).join('; ') : '–',
      status,
    ];
  });
  const max = Math.max(1, ...r.distribution.map((d) => d.games));
  return [
    el('p', { class: 'class-summary', attrs: { role: 'status' }, text: w.summary(r) }),
    el(
      'section',
      { attrs: { 'aria-labelledby': 'class-students' } },
      el('h2', { id: 'class-students', text: w.students }),
      table(w.studentsCaption, w.studentsHead, rows, 'class-table'),
    ),
    el(
      'section',
      { attrs: { 'aria-labelledby': 'class-outcomes' } },
      el('h2', { id: 'class-outcomes', text: w.outcomes }),
      r.distribution.length === 0
        ? el('p', { class: 'muted', text: w.noGame })
        : table(
            w.outcomesCaption,
            w.outcomesHead,
            r.distribution.map((d) => [d.label, w.count(d.games), pct(d.share), svg('svg', { class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true' }, svg('rect', { width: Math.max(1, Math.round((d.games / max) * 100)), height: 10 }))]),
          ),
    ),
    el(
      'section',
      { attrs: { 'aria-labelledby': 'class-turning' } },
      el('h2', { id: 'class-turning', text: w.turning }),
      r.sharedTurningPoints.length === 0
        ? el('p', { class: 'muted', text: w.noTurning })
        : table(w.turningCaption, w.turningHead, r.sharedTurningPoints.map((t) => [t.text, w.count(t.games), pct(t.share)])),
    ),
    el(
      'section',
      { attrs: { 'aria-labelledby': 'class-actions' } },
      el('h2', { id: 'class-actions', text: w.actionsHeading }),
      el('p', { class: 'muted small', text: w.actionsNote }),
      table(
        w.actionsCaption,
        w.actionsHead({ agreements: r.actions[0]?.agreements ?? 0, others: r.actions[0]?.others ?? 0 }),
        r.actions.map((a) => [a.label, a.agreements ? pct(a.withAgreement) : '–', a.others ? pct(a.withoutAgreement) : '–']),
      ),
    ),
  ];
}
