// The class comparison page (title screen → "Compare a class's saves"): a teacher picks or drops
// many save files at once; each is checked against the scenarios this game has, and the page
// shows what compareClass makes of them.
import { compareClass, type ClassFile } from '../../classroom/index.ts';
import type { FoundScenario } from '../../replay/index.ts';
import { el, fill } from '../dom/el.ts';
import type { Catalog } from '../play/catalog.ts';
import type { PageHost } from './page-host.ts';
import { classView } from './class-view.ts';
import { classroomWords, messages } from '../../present/index.ts';

export async function openClassPage(pages: PageHost, catalog: Pick<Catalog, 'entries'>, print: () => void): Promise<void> {
  const entries = await catalog.entries();
  const lookup = (id: string, hash: string): FoundScenario => {
    let other: string | null = null;
    for (const e of entries) {
      if (!e.result.ok || e.result.scenario.id !== id) continue;
      if (e.result.hash === hash) return { scenario: e.result.scenario, hash };
      other ??= e.result.hash;
    }
    return other ? { missing: 'version', available: other } : { missing: 'id' };
  };
  const w = classroomWords().compareClass;
  const results = el('div', { class: 'class-results', attrs: { 'aria-live': 'polite' } });
  const input = el('input', { id: 'class-files', attrs: { type: 'file', multiple: true, accept: '.json,application/json', 'data-action': 'class-files' } });
  const compare = async (files: readonly File[]) => {
    if (files.length === 0) return;
    fill(results, el('p', { class: 'muted', text: w.reading(files.length) }));
    // Bytes, not text: the reader says when a file is not UTF-8, as the command line does.
    const read: ClassFile[] = await Promise.all(files.map(async (f) => ({ fileName: f.name, text: new Uint8Array(await f.arrayBuffer()) })));
    fill(results, ...classView(compareClass(read, lookup)));
  };
  input.addEventListener('change', () => {
    void compare([...(input.files ?? [])]);
    input.value = '';
  });
  const drop = el(
    'div',
    { class: 'drop-zone no-print' },
    el('label', { attrs: { for: 'class-files' }, text: w.choose }),
    input,
  );
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('dragging');
    void compare([...(e.dataTransfer?.files ?? [])]);
  });
  const main = pages.open(w.title, [{ label: messages().ui.common.print, action: 'print', run: print }], [
    el('p', { class: 'muted', text: w.intro }),
    drop,
    results,
  ]);
  main.classList.add('class-page');
}
