// The title screen's saved games: one card per slot (newest first) to continue it, open its
// replays, rename or delete it; below them, any saved game that could not be read, kept aside
// for download. The list comes from IndexedDB, so it fills in once the screen is up.
import { el, fill } from '../dom/el.ts';
import type { AsideRecord, SlotMeta } from '../shell/save-slots.ts';
import { fmt, messages } from '../../present/index.ts';

export interface SavedGameActions {
  savedGames(): Promise<SlotMeta[]>;
  keptAside(): Promise<AsideRecord[]>;
  continueGame(id: string): Promise<void>;
  /** Continues the saved game and opens its replays and branches. */
  savedReplays(id: string): Promise<void>;
  /** Asks for a new name and keeps it; resolves once done (true: renamed). */
  renameSaved(slot: SlotMeta): Promise<boolean>;
  /** Asks first; resolves true when deleted. */
  removeSaved(slot: SlotMeta): Promise<boolean>;
  downloadAside(record: AsideRecord): void;
  forgetAside(record: AsideRecord): Promise<boolean>;
}

function slotCard(slot: SlotMeta, actions: SavedGameActions, refresh: () => void): HTMLElement {
  const w = messages().ui.title;
  const common = messages().ui.common;
  return el(
    'li',
    { class: 'continue-card', attrs: { 'data-slot': slot.id } },
    el('p', {}, el('strong', { class: 'slot-name', text: slot.name }), ' ', el('span', { class: 'muted', text: w.saved({ title: slot.name === slot.title ? null : slot.title, round: slot.roundLabel, actions: slot.actions, when: fmt().moment(slot.updated) }) })),
    el(
      'div',
      { class: 'row' },
      el('button', { class: 'primary', text: slot.finished ? w.seeEnd : w.continue, attrs: { type: 'button', 'data-action': 'continue', 'aria-label': slot.finished ? w.seeEndSlot(slot.name) : w.continueSlot(slot.name) }, on: { click: () => void actions.continueGame(slot.id) } }),
      el('button', { text: common.replays, attrs: { type: 'button', 'data-action': 'saved-replays', 'aria-label': w.replaysSlot(slot.name) }, on: { click: () => void actions.savedReplays(slot.id) } }),
      el('button', { class: 'link', text: w.rename, attrs: { type: 'button', 'data-action': 'rename-saved', 'aria-label': w.renameSlot(slot.name) }, on: { click: () => void actions.renameSaved(slot).then((done) => done && refresh()) } }),
      el('button', { class: 'link', text: w.remove, attrs: { type: 'button', 'data-action': 'delete-saved', 'aria-label': w.removeSlot(slot.name) }, on: { click: () => void actions.removeSaved(slot).then((done) => done && refresh()) } }),
    ),
  );
}

function asideItem(record: AsideRecord, actions: SavedGameActions, refresh: () => void): HTMLElement {
  const w = messages().ui.title;
  return el(
    'li',
    { attrs: { 'data-aside': record.id } },
    el('span', { class: 'small', text: w.aside({ name: record.name, reason: record.reason, when: fmt().moment(record.kept) }) }),
    ' ',
    el('button', { class: 'link', text: w.download, attrs: { type: 'button', 'data-action': 'download-aside', 'aria-label': w.downloadAside(record.name) }, on: { click: () => actions.downloadAside(record) } }),
    el('button', { class: 'link', text: w.forget, attrs: { type: 'button', 'data-action': 'forget-aside', 'aria-label': w.forgetAside(record.name) }, on: { click: () => void actions.forgetAside(record).then((done) => done && refresh()) } }),
  );
}

/** The section, empty until the slots are read; `onFilled` runs each time it is drawn. */
export function savedGamesSection(actions: SavedGameActions, onFilled: (count: number) => void): HTMLElement {
  const w = messages().ui.title;
  const section = el('section', { class: 'saved-games', attrs: { 'aria-labelledby': 'saved-games-heading', hidden: true } });
  const refresh = () => {
    void Promise.all([actions.savedGames(), actions.keptAside()]).then(([slots, aside]) => {
      section.hidden = slots.length === 0 && aside.length === 0;
      fill(
        section,
        el('h2', { id: 'saved-games-heading', class: 'join-heading', text: w.savedGames }),
        slots.length ? el('p', { class: 'muted small', text: w.savedNote }) : null,
        slots.length ? el('ul', { class: 'slot-list' }, ...slots.map((s) => slotCard(s, actions, refresh))) : null,
        aside.length ? el('h3', { class: 'small', text: w.asideHeading }) : null,
        aside.length ? el('ul', { class: 'aside-list', attrs: { 'data-role': 'kept-aside' } }, ...aside.map((a) => asideItem(a, actions, refresh))) : null,
      );
      onFilled(slots.length);
    });
  };
  refresh();
  return section;
}
