// The confidential brief on screen, and the form that answers the mediator. Every node of it sits
// under one element marked data-brief, and every hidden figure in a data-secret element, so the
// privacy test can prove none of it is left on the mediator's screens. Scenario text is text only.
import type { DelegationView } from '../../machine/index.ts';
import type { CompiledScenario } from '../../model/index.ts';
import { el, setText, uid, type Child } from '../dom/el.ts';
import { answerEvent, decisionLabel, decisionsFor, MESSAGE_LIMIT, speakEvent, type AnswerEvent, type AnswerScene, type Decision, type SpeakEvent } from './answer-form.ts';
import { type Brief, type BriefItem, briefOf, gameWords, type SideBrief, sideBrief } from '../../present/index.ts';

/** A hidden figure: marked so the privacy test can look for it. */
function secret(text: string): HTMLElement {
  return el('strong', { class: 'secret', text, attrs: { 'data-secret': '' } });
}

/** A sentence of the catalogue with a hidden figure in it (before, the figure, after). */
function withSecret(parts: { before: string; value: (v: number) => string; after: string }, value: number): Child[] {
  return [parts.before, secret(parts.value(value)), parts.after];
}

const words = () => gameWords().hotseat;

function section(title: string, ...children: Child[]): HTMLElement {
  const id = uid('brief-section');
  return el('section', { class: 'brief-section', attrs: { 'aria-labelledby': id } }, el('h2', { id, text: title }), ...children);
}

function worth(item: BriefItem): Child {
  const w = words().brief;
  return item.value === null ? el('span', { class: 'muted', text: w.open }) : el('span', {}, ...withSecret(w.worth, item.value));
}

function briefSections(b: SideBrief): HTMLElement[] {
  const w = words().brief;
  const priorities = section(
    w.priorities,
    el('p', { class: 'muted small', text: w.prioritiesNote }),
    el(
      'table',
      { class: 'brief-table' },
      el('thead', {}, el('tr', {}, ...w.prioritiesHead.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
      el('tbody', {}, ...b.priorities.map((p) => el('tr', { attrs: { 'data-secret-line': '' } }, el('th', { text: p.name, attrs: { scope: 'row' } }), el('td', {}, secret(w.weight(p.weight))), el('td', { text: p.words })))),
    ),
  );
  const redLines = section(w.redLines, b.redLines.length ? el('ul', {}, ...b.redLines.map((r) => el('li', { text: w.redLine(r.text) }))) : el('p', { text: w.noRedLines }));
  const fallback = section(
    w.fallback,
    el('p', { attrs: { 'data-secret-line': '' } }, ...withSecret(w.noDeal, b.fallback)),
    el('p', { attrs: { 'data-secret-line': '' } }, ...withSecret(w.floor, b.floor)),
    el('p', { attrs: { 'data-secret-line': '' } }, ...withSecret(w.draftWorth, b.draftWorth)),
  );
  // The figure beside each position sits in brackets, as the punctuation of a sentence does.
  const position = section(w.position, el('ul', { class: 'brief-list' }, ...b.position.map((p) => el('li', {}, el('span', { text: w.positionItem(p) }), ' (', worth(p), ')'))));
  const publicCase = section(w.publicCase, ...b.publicCase.map((text) => el('p', { text })));
  return [priorities, redLines, fallback, position, publicCase];
}

function questionSection(b: Brief): HTMLElement {
  const w = words().brief;
  const q = b.question;
  switch (q.kind) {
    case 'draft':
      return section(
        w.presents(q.version),
        el(
          'table',
          { class: 'brief-table' },
          el('thead', {}, el('tr', {}, ...w.draftHead.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
          el(
            'tbody',
            {},
            ...q.items.map((item) =>
              el('tr', { class: item.redLine ? 'red-line' : '' }, el('th', { text: item.name, attrs: { scope: 'row' } }), el('td', { text: item.redLine ? w.crossesRedLine(item.label) : item.label }), el('td', {}, worth(item))),
            ),
          ),
        ),
      );
    case 'concession':
      return section(
        w.asksToMove(q.phrase),
        q.to === null || q.cost === null
          ? el('p', { text: w.noStep(q.from) })
          : el('p', {}, w.step({ from: q.from, to: q.to }), ...withSecret(w.cost, q.cost), q.redLine ? w.crossesOne : ''),
      );
    case 'listen':
      return section(w.listens, el('p', { text: w.listensText }));
    case 'trade':
      return section(
        w.asksTrade({ give: q.give.phrase, counterpart: q.counterpart, get: q.get.phrase }),
        q.give.to === null || q.give.cost === null
          ? el('p', { text: w.noStep(q.give.from) })
          : el('p', {}, w.step({ from: q.give.from, to: q.give.to }), ...withSecret(w.cost, q.give.cost), q.give.redLine ? w.crossesOne : ''),
      );
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
      silence ? el('option', { text: words().form.sayNothing, attrs: { value: '', selected: chosen === '' } }) : null,
      ...c.scenario.issues[p.issue]!.options.map((o) => el('option', { text: o.label, attrs: { value: o.id, selected: o.id === chosen } })),
    );
    selects.push(select);
    node.append(el('div', { class: 'row' }, el('label', { attrs: { for: id }, text: p.name }), select));
  }
  return { node, selects };
}

/** Words for the mediator to carry: plain text, with a limit and a count. */
function messageField(): { node: HTMLElement; message: HTMLTextAreaElement } {
  const w = words().form;
  const messageId = uid('brief-message');
  const countId = `${messageId}-count`;
  const message = el('textarea', { id: messageId, attrs: { maxlength: MESSAGE_LIMIT, rows: 3, 'aria-describedby': countId, 'data-answer-part': 'message' } });
  const count = el('span', { id: countId, class: 'muted small', text: w.characters({ used: 0, limit: MESSAGE_LIMIT }) });
  message.addEventListener('input', () => setText(count, w.characters({ used: message.value.length, limit: MESSAGE_LIMIT })));
  return { node: el('div', { class: 'stack' }, el('label', { attrs: { for: messageId }, text: w.message }), message, count), message };
}

/** The brief and its answer form, from the delegation's own view; `send` returns false when the game refused the answer. */
export function createBrief(c: CompiledScenario, d: DelegationView, scene: AnswerScene, send: (event: AnswerEvent) => boolean): BriefForm | null {
  const b = briefOf(c, d, scene.draft);
  if (!b) return null;
  const w = words();
  const kind = b.question.kind;
  const decisions = decisionsFor(kind);
  let decision: Decision | null = decisions.length === 1 ? decisions[0]! : null;
  const heading = el('h1', { id: uid('brief-heading'), text: w.brief.heading(b.name), attrs: { tabindex: -1 } });

  // The answer: one radio per answer that fits the question.
  const name = uid('brief-decision');
  const radios = decisions.map((d) => {
    const id = uid('brief-decision');
    const blocked = d === 'accept' && ((b.question.kind === 'concession' && b.question.to === null) || (b.question.kind === 'trade' && b.question.give.to === null));
    const input = el('input', { id, attrs: { type: 'radio', name, value: d, checked: d === decision, disabled: blocked, 'data-answer': d }, on: { change: () => input.checked && choose(d) } });
    return el('div', { class: 'choice' }, input, el('label', { attrs: { for: id }, text: decisionLabel(kind, d) }));
  });
  const decisionSet = el('fieldset', {}, el('legend', { text: w.form.answer }), ...radios);

  // Reject: the settled items of the text we object to.
  const objectionBoxes: HTMLInputElement[] = [];
  const objections = el('fieldset', { attrs: { 'data-answer-part': 'objections' } }, el('legend', { text: w.form.objections }));
  if (b.question.kind === 'draft') {
    for (const item of b.question.items) {
      if (item.option === null) continue;
      const id = uid('brief-objection');
      const box = el('input', { id, attrs: { type: 'checkbox', value: item.id, 'data-objection': item.id } });
      objectionBoxes.push(box);
      objections.append(el('div', { class: 'choice' }, box, el('label', { attrs: { for: id }, text: w.form.objection(item) })));
    }
  }

  // Counter or state: our position on each issue ('' says nothing on it).
  const topThree = new Set(b.priorities.slice(0, 3).map((p) => p.issue));
  const { node: positions, selects } = positionsField(c, b, kind === 'listen' ? w.form.tell : w.form.instead, kind === 'listen', (p) => (kind === 'listen' && !topThree.has(p.issue) ? '' : c.scenario.issues[p.issue]!.options[p.option!]!.id));
  const { node: messageBox, message } = messageField();

  const error = el('p', { class: 'error', attrs: { role: 'alert', 'data-answer-part': 'error' } });
  const submit = el('button', { class: 'primary', text: w.form.give, attrs: { type: 'submit', 'data-hotseat-action': 'answer' } });

  const choose = (d: Decision) => {
    decision = d;
    objections.hidden = d !== 'reject' || kind !== 'draft';
    positions.hidden = d !== 'counter' && d !== 'state';
    setText(error, '');
  };
  objections.hidden = true;
  positions.hidden = decision !== 'state';

  const form = el('form', { class: 'brief-form', attrs: { novalidate: true, 'aria-label': w.form.answerLabel } }, decisionSet, objections, positions, messageBox, error, el('div', { class: 'row' }, submit));
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
    if (!send(result.event)) setText(error, w.form.refused);
  });

  const node = el(
    'article',
    { class: 'brief', attrs: { 'data-brief': c.sides[b.side].id, 'aria-labelledby': heading.id } },
    heading,
    el('p', { class: 'muted', text: w.brief.onlyUsAnswer }),
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
  const w = words();
  const heading = el('h1', { id: uid('brief-heading'), text: w.brief.heading(b.name), attrs: { tabindex: -1 } });
  const close = el('button', { text: w.form.read, attrs: { type: 'button', 'data-hotseat-action': 'read' }, on: { click: () => done() } });
  // Or we take the floor: what we say of our positions, and words to carry. It takes the day's
  // time, as listening does.
  const { node: positions, selects } = positionsField(c, b, w.form.tell, true, () => '');
  const { node: messageBox, message } = messageField();
  const error = el('p', { class: 'error', attrs: { role: 'alert', 'data-answer-part': 'error' } });
  const say = el('button', { class: 'primary', text: w.form.say, attrs: { type: 'submit', 'data-hotseat-action': 'speak' } });
  const form = el('form', { class: 'brief-form', attrs: { novalidate: true, 'aria-label': w.form.sayLabel } }, positions, messageBox, error, el('div', { class: 'row' }, say, close));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = speakEvent(selects.map((s) => [s.dataset.position!, s.value]), message.value);
    if (!result.ok) return setText(error, result.error);
    if (!speak(result.event)) setText(error, w.form.sayRefused);
  });
  const node = el(
    'article',
    { class: 'brief', attrs: { 'data-brief': c.sides[b.side].id, 'aria-labelledby': heading.id } },
    heading,
    el('p', { class: 'muted', text: w.brief.onlyUsClose }),
    el(
      'div',
      { class: 'brief-columns' },
      el('div', { class: 'brief-facts' }, ...briefSections(b)),
      el(
        'div',
        { class: 'brief-answer' },
        section(w.brief.cameIn, el('p', { text: w.brief.cameInText })),
        form,
      ),
    ),
  );
  return { node, focus: () => heading.focus() };
}

/** The brief alone, to read (a delegation's own device on the class server, between questions). */
export function createBriefFacts(c: CompiledScenario, d: DelegationView): HTMLElement {
  const b = sideBrief(c, d);
  const heading = el('h1', { id: uid('brief-heading'), text: words().brief.heading(b.name) });
  return el('article', { class: 'brief', attrs: { 'data-brief': c.sides[b.side].id, 'aria-labelledby': heading.id } }, heading, el('div', { class: 'brief-facts' }, ...briefSections(b)));
}
