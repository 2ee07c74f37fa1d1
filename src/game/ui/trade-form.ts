// The trade form in a delegation's room: what this side would move on, and what the other side
// would move on in return, chosen from the legal PROPOSE_TRADE events only (present/views/
// trades.ts); the trade in words as it is chosen; Propose sends the one event, Escape or Close
// puts the form away. A form of labelled selects, so the keyboard and screen readers work as in
// the draft editor.
import type { GameEvent } from '../../machine/index.ts';
import type { SideIndex } from '../../model/index.ts';
import { el, fill, setText, uid } from '../dom/el.ts';
import { gameWords, tradeEvent, tradeForm, tradeSummary, type TradeChoice, type TradesView } from '../../present/index.ts';
import './trades.css';

export interface TradeFormHandlers {
  /** Sends the event; false when the game refused it. */
  propose(event: GameEvent): boolean;
  close(): void;
}

export interface TradeFormPanel {
  readonly node: HTMLElement;
  /** Redraws from the view, keeping the choices that are still legal. */
  update(view: TradesView): void;
  focus(): void;
}

function options(select: HTMLSelectElement, choices: readonly TradeChoice[], keep: string): void {
  const chosen = choices.some((ch) => ch.id === keep) ? keep : (choices[0]?.id ?? '');
  fill(select, ...choices.map((ch) => el('option', { text: ch.label, attrs: { value: ch.id, selected: ch.id === chosen } })));
  select.value = chosen;
}

export function createTradeForm(side: SideIndex, handlers: TradeFormHandlers): TradeFormPanel {
  const w = gameWords().trades;
  const headingId = uid('trade');
  const heading = el('h2', { id: headingId, attrs: { tabindex: -1 } });
  const note = el('p', { class: 'small muted' });
  // Whom the trade is with: shown only with more than two delegations.
  const counterpart = el('select', { id: uid('trade-with'), attrs: { 'data-trade': 'with' } });
  const counterpartLabel = el('label', { attrs: { for: counterpart.id } });
  const counterpartField = el('div', { class: 'trade-field' }, counterpartLabel, counterpart);
  const give = el('select', { id: uid('trade-give'), attrs: { 'data-trade': 'give' } });
  const get = el('select', { id: uid('trade-get'), attrs: { 'data-trade': 'get' } });
  const giveLabel = el('label', { attrs: { for: give.id } });
  const getLabel = el('label', { attrs: { for: get.id } });
  const summary = el('p', { class: 'trade-summary', attrs: { 'aria-live': 'polite', 'data-trade': 'summary' } });
  const submit = el('button', { class: 'primary', attrs: { type: 'submit', 'data-action': 'trade-propose' } });
  const close = el('button', { text: w.close, attrs: { type: 'button', 'data-action': 'trade-close' }, on: { click: () => handlers.close() } });
  let view: TradesView | null = null;

  const chosenWith = () => (counterpartField.hidden ? null : counterpart.value);
  const form = (v: TradesView) => tradeForm(v, side, chosenWith() ?? undefined);
  const refreshGets = () => {
    if (!view) return;
    options(get, form(view).gets[give.value] ?? [], get.value);
    refreshSummary();
  };
  // Another counterpart: its steps, and the labels that name it.
  const refreshGives = () => {
    if (!view) return;
    const next = form(view);
    setText(heading, next.heading);
    setText(giveLabel, next.giveLabel);
    setText(getLabel, next.getLabel);
    options(give, next.gives, give.value);
    refreshGets();
  };
  const refreshSummary = () => {
    const event = view ? tradeEvent(view, give.value, get.value, chosenWith()) : null;
    setText(summary, event && view ? tradeSummary(view, event) : w.noTrade);
    submit.setAttribute('aria-disabled', String(event === null));
  };
  counterpart.addEventListener('change', refreshGives);
  give.addEventListener('change', refreshGets);
  get.addEventListener('change', refreshSummary);

  const node = el(
    'form',
    { class: 'panel trade-panel', attrs: { 'aria-labelledby': headingId, novalidate: true, 'data-panel': 'trade' } },
    el('div', { class: 'row' }, heading, el('span', { class: 'spacer' }), close),
    note,
    counterpartField,
    el('div', { class: 'trade-field' }, giveLabel, give),
    el('div', { class: 'trade-field' }, getLabel, get),
    summary,
    el('div', { class: 'trade-foot' }, submit),
  );
  node.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = view ? tradeEvent(view, give.value, get.value, chosenWith()) : null;
    if (chosen) handlers.propose(chosen);
  });
  node.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    handlers.close();
  });

  return {
    node,
    update(next) {
      view = next;
      const first = tradeForm(next, side, counterpart.value || undefined);
      counterpartField.hidden = first.counterparts.length === 0;
      setText(counterpartLabel, first.counterpartLabel);
      options(counterpart, first.counterparts, first.counterpart ?? '');
      const form = tradeForm(next, side, first.counterpart ?? undefined);
      setText(heading, form.heading);
      setText(note, form.note);
      setText(giveLabel, form.giveLabel);
      setText(getLabel, form.getLabel);
      submit.textContent = form.submit;
      options(give, form.gives, give.value);
      options(get, form.gets[give.value] ?? [], get.value);
      refreshSummary();
    },
    // With more than two delegations the first choice is whom the trade is with.
    focus: () => (counterpartField.hidden ? give : counterpart).focus(),
  };
}
