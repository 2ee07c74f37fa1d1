// The palace hall: the mediator's hall (the scenario's hallName) in the middle where the draft is written, a room on each
// side, the mediator walking between them while the clock runs. The side panel holds the
// actions and the day's dialogue; the draft editor opens over the hall.
import type { Location } from '../../model/index.ts';
import { HallArt } from '../art/hall-art.ts';
import type { Change } from '../play/session.ts';
import type { Shell } from '../shell/shell.ts';
import { createActionMenu, type ActionMenu } from '../ui/action-menu.ts';
import { createDialogueLog, type DialogueLog } from '../ui/dialogue.ts';
import { createDraftEditor, type DraftEditor } from '../ui/draft-editor.ts';
import { createSidePanel, type SidePanel } from '../ui/side-panel.ts';
import { hallActions, type ActionSpec } from '../../present/index.ts';
import { PlayScene, type GameSource } from './play-scene.ts';

export class HallScene extends PlayScene<{ from?: Location }> {
  protected readonly layoutMode = 'play';
  private art!: HallArt;
  private menu!: ActionMenu;
  private log!: DialogueLog;
  private panel!: SidePanel;
  private editor!: DraftEditor;
  private editorOpen = false;

  constructor(shell: Shell, game: GameSource) {
    super('hall', shell, game);
  }

  protected setup(data: { from?: Location }): void {
    const g = this.talks;
    const c = g.c;
    this.editorOpen = false;
    this.art = new HallArt(this, c, !this.reducedMotion, (side) => g.send({ type: 'WALK', to: c.sides[side].id }));
    this.art.enter(data.from);
    this.menu = createActionMenu(`Actions in ${c.scenario.mediator.hallName}`, {
      run: (spec) => this.run(spec),
      blocked: (spec) => this.shell.announcer.say(`${spec.label}: ${spec.reason ?? 'not possible now'}`),
    });
    this.log = createDialogueLog(c, 'Today in the palace', 'Nothing has been said today yet.', (id) => this.shell.glossary(id));
    this.panel = createSidePanel(c, 'majlis', this.menu, this.log);
    this.mount(this.shell.layout.side, this.panel.node);
    this.editor = createDraftEditor(c, {
      write: (event) => g.send(event),
      close: () => this.closeEditor(),
      previousDraft: (v) => g.session.draftAt(v),
    });
    this.onTeardown(() => this.editor.node.remove());
  }

  protected redraw(change: Change | null): void {
    const state = this.talks.state;
    if (state.location !== 'majlis') return;
    this.menu.update(hallActions(this.talks.c, state));
    this.shell.keys.setShortcuts('hall', this.menu.shortcuts());
    this.log.update(state.transcript.filter((t) => t.round === state.round));
    this.panel.update(state);
    this.art.update(state);
    if (this.editorOpen) this.editor.update(state);
    if (change?.event.type === 'EDIT_DRAFT') this.art.pulseDraft();
    if (change === null) this.menu.focusFirst();
  }

  override exit(change: Change): Promise<void> {
    if (this.editorOpen) this.closeEditor(false);
    return this.art.walkTo(change.after.location);
  }

  private run(spec: ActionSpec): void {
    if (spec.ui === 'open-editor') this.openEditor();
    else if (spec.event) this.talks.send(spec.event);
  }

  private openEditor(): void {
    if (this.editorOpen) {
      this.editor.focus();
      return;
    }
    this.editorOpen = true;
    this.editor.update(this.talks.state);
    this.shell.layout.screen.appendChild(this.editor.node);
    this.shell.announcer.say('The draft editor is open. Escape closes it.');
    this.editor.focus();
  }

  private closeEditor(refocus = true): void {
    if (!this.editorOpen) return;
    this.editorOpen = false;
    this.editor.node.remove();
    if (refocus) this.menu.update(hallActions(this.talks.c, this.talks.state));
    if (refocus) this.shell.doc.querySelector<HTMLElement>('[data-action="open-editor"]')?.focus();
  }
}
