// The hall (drawn as the scenario's venue, named by its hallName), where the draft is written, a
// room on each side, the mediator walking between them while the clock runs. The side panel holds the
// actions and the day's dialogue; the draft editor opens over the hall.
import type { Location } from '../../model/index.ts';
import { HallArt } from '../art/hall-art.ts';
import type { HallPicture } from '../art/venue.ts';
import type { Change } from '../play/session.ts';
import { createActionMenu, type ActionMenu } from '../ui/action-menu.ts';
import { createAids, type Aids } from '../ui/aids.ts';
import { createDialogueLog, type DialogueLog } from '../ui/dialogue.ts';
import { createDraftEditor, type DraftEditor } from '../ui/draft-editor.ts';
import { createOffersList, type OffersList } from '../ui/offers-list.ts';
import { createSidePanel, type SidePanel } from '../ui/side-panel.ts';
import { type ActionSpec, gameWords, hallActions, recordTitle } from '../../present/index.ts';
import type { TalksSource } from '../play/talks.ts';
import { PlayScene } from './play-scene.ts';
import type { SceneHost } from './scene-host.ts';

export class HallScene extends PlayScene<{ from?: Location }> {
  protected readonly layoutMode = 'play';
  private art!: HallArt;
  private menu!: ActionMenu;
  private log!: DialogueLog;
  private panel!: SidePanel;
  private aids!: Aids;
  private editor!: DraftEditor;
  private editorOpen = false;
  private offers!: OffersList;

  constructor(host: SceneHost, source: TalksSource) {
    super('hall', host, source);
  }

  protected setup(data: { from?: Location }): void {
    const g = this.talks;
    const c = g.view.c;
    this.editorOpen = false;
    this.art = new HallArt(this, c, !this.reducedMotion, (side) => g.send({ type: 'WALK', to: c.sides[side].id }));
    this.art.enter(data.from);
    const w = gameWords().play;
    this.menu = createActionMenu(w.hall.actions(c.scenario.mediator.hallName), {
      run: (spec) => this.run(spec),
      blocked: (spec) => this.host.announcer.say(w.blocked({ label: spec.label, reason: spec.reason })),
    });
    this.log = createDialogueLog(c, recordTitle(c), w.hall.empty, () => this.host.prefs.get().names, (id) => this.host.glossary(id));
    // An offer is written into the draft in one revision, from the side panel.
    this.offers = createOffersList({ write: (event) => g.send(event), blocked: (reason) => this.host.announcer.say(reason) });
    this.aids = createAids(g, this.log);
    this.panel = createSidePanel(c, 'majlis', this.menu, this.aids.said, this.aids.advice, this.offers.node);
    this.mount(this.host.layout.side, this.panel.node);
    this.editor = createDraftEditor(c, {
      write: (event) => g.send(event),
      close: () => this.closeEditor(),
      previousDraft: (v) => g.draftAt(v),
    });
    this.onTeardown(() => this.editor.node.remove());
  }

  protected redraw(change: Change | null): void {
    const view = this.talks.view;
    const state = view.state;
    if (state.location !== 'majlis') return;
    if (!this.holding) {
      this.menu.update(hallActions(view));
      this.host.keys.setShortcuts('hall', [...this.menu.shortcuts(), ...this.aids.shortcuts()]);
      this.aids.update(view);
    }
    this.log.update(state.transcript.filter((t) => t.round === state.round));
    this.panel.update(state);
    this.offers.update(view);
    this.art.update(state);
    if (this.editorOpen) this.editor.update(state);
    if (change?.event.type === 'EDIT_DRAFT') this.art.pulseDraft();
    if (change === null) this.menu.focusFirst();
  }

  /** What the hall draws while it is on screen (the test hook reads it). */
  picture(): HallPicture | null {
    return this.sys.isActive() && this.art ? this.art.picture : null;
  }

  protected override sidePanel(): SidePanel {
    return this.panel;
  }

  override hold(change: Change): Promise<void> {
    if (this.editorOpen) this.closeEditor(false);
    return super.hold(change);
  }

  override exit(change: Change): Promise<void> {
    if (this.editorOpen) this.closeEditor(false);
    return this.art.walkTo(change.after.location);
  }

  private run(spec: ActionSpec): void {
    if (spec.ui === 'open-editor') {
      // Not once the mediator has walked out: the editor belongs to the hall.
      if (this.talks.view.state.location === 'majlis') this.openEditor();
    }
    else if (spec.event) this.talks.send(spec.event);
  }

  private openEditor(): void {
    if (this.editorOpen) {
      this.editor.focus();
      return;
    }
    this.editorOpen = true;
    this.editor.update(this.talks.view.state);
    this.host.layout.screen.appendChild(this.editor.node);
    this.host.announcer.say(gameWords().play.hall.editorOpen);
    this.editor.focus();
  }

  private closeEditor(refocus = true): void {
    if (!this.editorOpen) return;
    this.editorOpen = false;
    this.editor.node.remove();
    if (!refocus) return;
    this.menu.update(hallActions(this.talks.view));
    this.panel.node.querySelector<HTMLElement>('[data-action="open-editor"]')?.focus();
  }
}
