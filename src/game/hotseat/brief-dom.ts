// The confidential brief on screen, and the form that answers the mediator. Every node of it sits
// under one element marked data-brief, and every hidden figure in a data-secret element, so the
// privacy test can prove none of it is left on the mediator's screens. Scenario text is text only.
import type { DelegationView } from '../../machine/index.ts';
import type { CompiledScenario } from '../../model/index.ts';
import { el, setText, uid, type Child } from '../dom/el.ts';
import { answerEvent, decisionsFor, DECISION_LABELS, MESSAGE_LIMIT, speakEvent, type AnswerEvent, type AnswerScene, type Decision, type SpeakEvent } from './answer-form.ts';
import { briefOf, sideBrief, type Brief, type BriefItem, type SideBrief } from '../../present/index.ts';

/** A hidden figure: marked so the privacy test can look for it. */
function secret(text: string): HTMLElement {
  return el('strong', { class: 'secret', text, attrs: { 'data-secret': '' } });
}

function section(title: string, ...children: Child[]): HTMLElement {
  const id = uid('brief-section');
  return el('section', { class: 'brief-section', attrs: { 'aria-labelledby': id } }, el('h2', { id, text: title }), ...children);
}

function worth(item: BriefItem): Child {
  return item.value === null ? el('span', { class: 'muted', text: 'open' }) : el('span', {}, secret(`${item.value}`), ' of 100 on this issue');
}

function briefSections(b: SideBrief): HTMLElement[] {
  const priorities = section(
    'Our priorities',
    el('p', { class: 'muted small', text: 'How much each issue weighs in everything we want (the weights add up to 100%).' }),
    el(
      'table',
      { class: 'brief-table' },
      el('thead', {}, el('tr', {}, el('th', { text: 'Issue', attrs: { scope: 'col' } }), el('th', { text: 'Weight', attrs: { scope: 'col' } }), el('th', { text: 'In words', attrs: { scope: 'col' } }))),
      el('tbody', {}, ...b.priorities.map((p) => el('tr', { attrs: { 'data-secret-line': '' } }, el('th', { text: p.name, attrs: { scope: 'row' } }), el('td', {}, secret(`${p.weight}%`)), el('td', { text: p.words })))),
    ),
  );
  const redLines = section(
    'Our red lines',
    b.redLines.length
      ? el('ul', {}, ...b.redLines.map((r) => el('li', { text: `${r.text}.` })))
      : el('p', { text: 'We have no option we would never accept, though some cost us dearly.' }),
  );
  const fallback = section(
    'Our fallback',
    el('p', { attrs: { 'data-secret-line': '' } }, 'If the talks fail, no deal is worth ', secret(`${b.fallback} out of 100`), ' to us on our own scale (100 would be everything we want on every issue).'),
    el('p', { attrs: { 'data-secret-line': '' } }, 'With our hardliners at home, a deal must be worth at least ', secret(`${b.floor}`), ' to pass.'),
    el('p', { attrs: { 'data-secret-line': '' } }, 'The text on the table is worth ', secret(`${b.draftWorth}`), ' to us (items it leaves open count at our fallback).'),
  );
  const position = section(
    'Our stated position',
    el('ul', { class: 'brief-list' }, ...b.position.map((p) => el('li', {}, el('span', { text: `${p.name}: ${p.label}` }), ' (', worth(p), ')'))),
  );
  const publicCase = section('Our public case', ...b.publicCase.map((text) => el('p', { text })));
  return [priorities, redLines, fallback, position, publicCase];
}

function questionSection(b: Brief): HTMLElement {
  const q = b.question;
  switch (q.kind) {
    case 'draft':
      return section(
        `The mediator presents draft ${q.version}`,
        el(
          'table',
          { class: 'brief-table' },
          el('thead', {}, el('tr', {}, el('th', { text: 'Issue', attrs: { scope: 'col' } }), el('th', { text: 'The text says', attrs: { scope: 'col' } }), el('th', { text: 'Worth to us', attrs: { scope: 'col' } }))),
          el(
            'tbody',
            {},
            ...q.items.map((item) =>
              el('tr', { class: item.redLine ? 'red-line' : '' }, el('th', { text: item.name, attrs: { scope: 'row' } }), el('td', { text: item.redLine ? `${item.label} (crosses our red line)` : item.label }), el('td', {}, worth(item))),
            ),
          ),
        ),
      );
    case 'concession':
      return section(
        `The mediator asks us to move on ${q.phrase}`,
        q.to === null
          ? el('p', { text: `We stand at ${q.from}: there is no step left for us to give.` })
          : el('p', {}, `From ${q.from} to ${q.to}. It would cost us `, secret(`${q.cost} points`), ' of 100.', q.redLine ? ' It crosses one of our red lines.' : ''),
      );
    case 'listen':
      return section('The mediator listens', el('p', { text: 'The mediator asks where we stand. What would you like to say?' }));
  }
}

export interface BriefForm {
  readonly node: HTMLElement;
  focus(): void;
}

/** Our position on each issue, one choice each ('' says nothing on it, where silence is offered). */
function positionsField(c: CompiledScenario, b: SideBrief, legend: string, silence: boolean, preset: (p: BriefItem) => string): { node: HTMLFieldSetElement; selects: HTMLSelectElement[] } {
  const selects: HTMLSelectElement[] = [];
  const node = el('fieldset', { attrs: { 'data-answer-part': 'positions' } }, el('legend', { text: legend }));
  for (const p of b.position) {
    const id = uid('brief-position');
    const chosen = preset(p);
    const select = el(
      'select',
      { id, attrs: { 'data-position': p.id } },
      silence ? el('option', { text: 'Say nothing on this', attrs: { value: '', selected: chosen === '' } }) : null,
      ...c.scenario.issues[p.issue]!.options.map((o) => el('option', { text: o.label, attrs: { value: o.id, selected: o.id === chosen } })),
    );
    selects.push(select);
    node.append(el('div', { class: 'row' }, el('label', { attrs: { for: id }, text: p.name }), select));
  }
  return { node, selects };
}

/** Words for the mediator to carry: plain text, with a limit and a count. */
function messageField(): { node: HTMLElement; message: HTMLTextAreaElement } {
  const messageId = uid('brief-message');
  const countId = `${messageId}-count`;
  const message = el('textarea', { id: messageId, attrs: { maxlength: MESSAGE_LIMIT, rows: 3, 'aria-describedby': countId, 'data-answer-part': 'message' } });
  const count = el('span', { id: countId, class: 'muted small', text: `0 of ${MESSAGE_LIMIT} characters` });
  message.addEventListener('input', () => setText(count, `${message.value.length} of ${MESSAGE_LIMIT} characters`));
  return { node: el('div', { class: 'stack' }, el('label', { attrs: { for: messageId }, text: 'A message for the mediator to carry (optional)' }), message, count), message };
}

/** The brief and its answer form, from the delegation's own view; `send` returns false when the game refused the answer. */
export function createBrief(c: CompiledScenario, d: DelegationView, scene: AnswerScene, send: (event: AnswerEvent) => boolean): BriefForm | null {
  const b = briefOf(c, d, scene.draft);
  if (!b) return null;
  const kind = b.question.kind;
  const decisions = decisionsFor(kind);
  let decision: Decision | null = decisions.length === 1 ? decisions[0]! : null;
  const heading = el('h1', { id: uid('brief-heading'), text: `Confidential brief: the ${b.name}`, attrs: { tabindex: -1 } });

  // The answer: one radio per answer that fits the question.
  const name = uid('brief-decision');
  const radios = decisions.map((d) => {
    const id = uid('brief-decision');
    const blocked = d === 'accept' && b.question.kind === 'concession' && b.question.to === null;
    const input = el('input', { id, attrs: { type: 'radio', name, value: d, checked: d === decision, disabled: blocked, 'data-answer': d }, on: { change: () => input.checked && choose(d) } });
    return el('div', { class: 'choice' }, input, el('label', { attrs: { for: id }, text: DECISION_LABELS[kind][d]! }));
  });
  const decisionSet = el('fieldset', {}, el('legend', { text: 'Our answer' }), ...radios);

  // Reject: the settled items of the text we object to.
  const objectionBoxes: HTMLInputElement[] = [];
  const objections = el('fieldset', { attrs: { 'data-answer-part': 'objections' } }, el('legend', { text: 'The items we object to' }));
  if (b.question.kind === 'draft') {
    for (const item of b.question.items) {
      if (item.option === null) continue;
      const id = uid('brief-objection');
      const box = el('input', { id, attrs: { type: 'checkbox', value: item.id, 'data-objection': item.id } });
      objectionBoxes.push(box);
      objections.append(el('div', { class: 'choice' }, box, el('label', { attrs: { for: id }, text: `${item.name}: ${item.label}` })));
    }
  }

  // Counter or state: our position on each issue ('' says nothing on it).
  const topThree = new Set(b.priorities.slice(0, 3).map((p) => p.issue));
  const { node: positions, selects } = positionsField(c, b, kind === 'listen' ? 'What we tell the mediator' : 'Our positions instead', kind === 'listen', (p) => (kind === 'listen' && !topThree.has(p.issue) ? '' : c.scenario.issues[p.issue]!.options[p.option!]!.id));
  const { node: messageBox, message } = messageField();

  const error = el('p', { class: 'error', attrs: { role: 'alert', 'data-answer-part': 'error' } });
  const submit = el('button', { class: 'primary', text: 'Give our answer', attrs: { type: 'submit', 'data-hotseat-action': 'answer' } });

  const choose = (d: Decision) => {
    decision = d;
    objections.hidden = d !== 'reject' || kind !== 'draft';
    positions.hidden = d !== 'counter' && d !== 'state';
    setText(error, '');
  };
  objections.hidden = true;
  positions.hidden = decision !== 'state';

  const form = el('form', { class: 'brief-form', attrs: { novalidate: true, 'aria-label': 'Our answer to the mediator' } }, decisionSet, objections, positions, messageBox, error, el('div', { class: 'row' }, submit));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = answerEvent(c, scene, {
      decision,
      objections: objectionBoxes.filter((x) => x.checked).map((x) => x.value),
      positions: Object.fromEntries(selects.map((s) => [s.dataset.position!, s.value])),
      message: message.value,
    });
    if (!result.ok) {
      setText(error, result.error);
      return;
    }
    if (!send(result.event)) setText(error, 'The talks did not take this answer. Check it and try again.');
  });

  const node = el(
    'article',
    { class: 'brief', attrs: { 'data-brief': c.sides[b.side].id, 'aria-labelledby': heading.id } },
    heading,
    el('p', { class: 'muted', text: 'Only our delegation may see this. It leaves the screen as soon as we answer.' }),
    el('div', { class: 'brief-columns' }, el('div', { class: 'brief-facts' }, ...briefSections(b)), el('div', { class: 'brief-answer' }, questionSection(b), form)),
  );
  return { node, focus: () => heading.focus() };
}

/**
 * The brief alone, read when the mediator comes into the room: nothing is asked yet, so there is
 * no answer to give; `done` hands the device back.
 */
export function createReadingBrief(c: CompiledScenario, d: DelegationView, done: () => void, speak: (event: SpeakEvent) => boolean): BriefForm {
  const b = sideBrief(c, d);
  const heading = el('h1', { id: uid('brief-heading'), text: `Confidential brief: the ${b.name}`, attrs: { tabindex: -1 } });
  const close = el('button', { text: 'We have read it: close our brief', attrs: { type: 'button', 'data-hotseat-action': 'read' }, on: { click: () => done() } });
  // Or we take the floor: what we say of our positions, and words to carry. It takes the day's
  // time, as listening does.
  const { node: positions, selects } = positionsField(c, b, 'What we tell the mediator', true, () => '');
  const { node: messageBox, message } = messageField();
  const error = el('p', { class: 'error', attrs: { role: 'alert', 'data-answer-part': 'error' } });
  const say = el('button', { class: 'primary', text: 'Say it to the mediator', attrs: { type: 'submit', 'data-hotseat-action': 'speak' } });
  const form = el('form', { class: 'brief-form', attrs: { novalidate: true, 'aria-label': 'What we say to the mediator' } }, positions, messageBox, error, el('div', { class: 'row' }, say, close));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = speakEvent(selects.map((s) => [s.dataset.position!, s.value]), message.value);
    if (!result.ok) return setText(error, result.error);
    if (!speak(result.event)) setText(error, 'The talks did not take this now (no hours are left today?). Close the brief instead.');
  });
  const node = el(
    'article',
    { class: 'brief', attrs: { 'data-brief': c.sides[b.side].id, 'aria-labelledby': heading.id } },
    heading,
    el('p', { class: 'muted', text: 'Only our delegation may see this. It leaves the screen when we close it.' }),
    el(
      'div',
      { class: 'brief-columns' },
      el('div', { class: 'brief-facts' }, ...briefSections(b)),
      el(
        'div',
        { class: 'brief-answer' },
        section('The mediator has come in', el('p', { text: 'Nothing is asked of us yet. We may take the floor now (it takes as long as being listened to), or close the brief: when the mediator presents the text, asks us to move or asks where we stand, the device comes back to us to answer.' })),
        form,
      ),
    ),
  );
  return { node, focus: () => heading.focus() };
}
