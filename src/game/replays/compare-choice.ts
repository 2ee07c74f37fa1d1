// Which line to set beside the one shown in the compare view: another line of the save, or
// what really happened (when the scenario carries the history track). Asked in a dialog.
import type { LineNode } from '../../replay/index.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import { el, uid } from '../dom/el.ts';
import type { CompareTarget } from '../../present/index.ts';

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
  const choices = [...others.map((n, i) => option(`line:${n.id}`, `${n.name} (${n.length} steps)`, i === 0)), history ? option('history', 'What really happened', others.length === 0) : null];
  const body = el('fieldset', {}, el('legend', { text: 'Set beside the line shown' }), ...choices);
  const answer = await dialogs.open('Compare with…', [body], [
    { id: 'cancel', label: 'Cancel' },
    { id: 'compare', label: 'Compare', primary: true },
  ], 'cancel');
  if (answer !== 'compare') return null;
  const value = body.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  if (value === 'history') return { history: true };
  return value.startsWith('line:') ? { line: value.slice(5) } : null;
}
