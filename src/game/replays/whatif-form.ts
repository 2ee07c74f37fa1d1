// The what-if explorer's settings: how many continuations (a clear message for a bad number),
// who plays on, whether to try each next move, where the hidden values come from (the
// mediator's beliefs by default; the truth is a teaching mode), and the Run and Cancel buttons.
import { DEFAULT_HIDDEN, HIDDEN_VALUES, MAX_RUNS, POLICIES, QUICK_POLICIES, runsProblem, type HiddenValues, type PolicyFactory } from '../../sim/index.ts';
import { el, uid } from '../dom/el.ts';
import { gameWords, messages, policyLabel } from '../../present/index.ts';

const ALL = 'all';
const DEFAULT_RUNS = 1000;

export interface WhatIfChoice {
  runs: number;
  policies: readonly PolicyFactory[];
  tryMoves: boolean;
  hidden: HiddenValues;
}

export interface WhatIfForm {
  node: HTMLFormElement;
  runButton: HTMLButtonElement;
  cancelButton: HTMLButtonElement;
  /** The choice, or null after showing what is wrong with it. */
  read(): WhatIfChoice | null;
  showError(text: string): void;
  setRunning(running: boolean): void;
}

export function whatIfForm(onRun: () => void, onCancel: () => void): WhatIfForm {
  const w = gameWords().replays.whatIf;
  const runsHint = uid('whatif-runs-hint');
  const errorId = uid('whatif-runs-error');
  const runs = el('input', {
    id: uid('whatif-runs'),
    attrs: { type: 'number', min: 1, max: MAX_RUNS, step: 1, value: DEFAULT_RUNS, inputmode: 'numeric', required: true, 'aria-describedby': `${runsHint} ${errorId}`, 'data-whatif': 'runs' },
  });
  const error = el('p', { id: errorId, class: 'whatif-error', attrs: { 'aria-live': 'assertive', 'data-whatif': 'error' } });
  const policy = el(
    'select',
    { id: uid('whatif-policy'), attrs: { 'data-whatif': 'policy' } },
    el('option', { text: w.all, attrs: { value: ALL, selected: true } }),
    ...POLICIES.map((p) => el('option', { text: policyLabel(p.name), attrs: { value: p.name } })),
  );
  const tryMoves = el('input', { id: uid('whatif-moves'), attrs: { type: 'checkbox', checked: true, 'data-whatif': 'try-moves' } });
  const hiddenName = uid('whatif-hidden');
  const hiddenRadios = HIDDEN_VALUES.map((mode) =>
    el('input', { id: uid(`whatif-hidden-${mode}`), attrs: { type: 'radio', name: hiddenName, value: mode, checked: mode === DEFAULT_HIDDEN, 'data-whatif': `hidden-${mode}` } }),
  );
  const hidden = el(
    'fieldset',
    { class: 'whatif-hidden' },
    el('legend', { text: w.hidden }),
    ...hiddenRadios.map((radio, i) => el('div', { class: 'whatif-check' }, radio, el('label', { text: w.hiddenChoices[HIDDEN_VALUES[i]!], attrs: { for: radio.id } }))),
  );
  const runButton = el('button', { text: w.run, class: 'primary', attrs: { type: 'submit', 'data-action': 'whatif-run' } });
  const cancelButton = el('button', { text: messages().ui.common.cancel, attrs: { type: 'button', 'data-action': 'whatif-cancel', disabled: true }, on: { click: onCancel } });
  const node = el(
    'form',
    { class: 'whatif-form', attrs: { 'aria-label': w.settings, novalidate: true } },
    el('div', { class: 'whatif-field' }, el('label', { text: w.continuations, attrs: { for: runs.id } }), runs, el('span', { id: runsHint, class: 'whatif-hint', text: w.range(MAX_RUNS) })),
    el('div', { class: 'whatif-field' }, el('label', { text: w.who, attrs: { for: policy.id } }), policy),
    el('div', { class: 'whatif-check' }, tryMoves, el('label', { text: w.tryMoves, attrs: { for: tryMoves.id } })),
    hidden,
    el('div', { class: 'whatif-buttons' }, runButton, cancelButton),
    error,
  );
  // Enter in a field or the Run button: never a navigation (the CSP closes form targets anyway).
  node.addEventListener('submit', (event) => {
    event.preventDefault();
    onRun();
  });

  const showError = (text: string) => {
    error.textContent = text;
  };
  return {
    node,
    runButton,
    cancelButton,
    showError,
    read() {
      const text = runs.value.trim();
      const n = text === '' ? Number.NaN : Number(text);
      const code = runsProblem(n);
      const problem = text === '' ? w.enterRuns(MAX_RUNS) : code === null ? null : w.runsProblem[code](MAX_RUNS);
      if (problem) {
        showError(problem);
        runs.setAttribute('aria-invalid', 'true');
        runs.focus();
        return null;
      }
      showError('');
      runs.removeAttribute('aria-invalid');
      return { runs: n, policies: policy.value === ALL ? QUICK_POLICIES : POLICIES.filter((p) => p.name === policy.value), tryMoves: tryMoves.checked, hidden: HIDDEN_VALUES.find((_, i) => hiddenRadios[i]!.checked) ?? DEFAULT_HIDDEN };
    },
    setRunning(running) {
      runButton.disabled = running;
      cancelButton.disabled = !running;
      for (const control of [runs, policy, tryMoves, ...hiddenRadios]) control.disabled = running;
    },
  };
}
