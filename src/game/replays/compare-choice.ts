// Which line to set beside the one shown in the compare view: another line of the save, or
// what really happened (when the scenario carries the history track). Asked in a dialog.
import type { LineNode } from '../../replay/index.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import { el, uid } from '../dom/el.ts';
import { type CompareTarget, gameWords, messages } from '../../present/index.ts';

function flatten(node: LineNode): LineNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

/** Resolves to the chosen target, or null when cancelled or there is nothing to compare with. */
export async function chooseCompareTarget(dialogs: Dialogs, tree: LineNode, current: string, history: boolean): Promise<CompareTarget | null> {
  const others = flatten(tree).filter((n) => n.id !== current);
  if (others.length === 0 && !history) return null;
  const name = uid('compare-with');
  const option = (value: string, label: string, checked: boolean) => {
    const id = uid('compare-option');
    return el('div', { class: 'choice' }, el('input', { id, attrs: { type: 'radio', name, value, checked } }), el('label', { attrs: { for: id }, text: label }));
  };
  const w = gameWords().compare;
  const choices = [...others.map((n, i) => option(`line:${n.id}`, w.choiceLine({ name: n.name, steps: n.length }), i === 0)), history ? option('history', w.history, others.length === 0) : null];
  const body = el('fieldset', {}, el('legend', { text: w.chooseLegend }), ...choices);
  const answer = await dialogs.open(w.chooseTitle, [body], [
    { id: 'cancel', label: messages().ui.common.cancel },
    { id: 'compare', label: w.compareButton, primary: true },
  ], 'cancel');
  if (answer !== 'compare') return null;
  const value = body.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  if (value === 'history') return { history: true };
  return value.startsWith('line:') ? { line: value.slice(5) } : null;
}
