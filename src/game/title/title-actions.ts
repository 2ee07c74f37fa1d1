// What the title screen's controls do. Everything past the title (the scenario catalogue, the
// game, the pages) is in the game code, loaded on first use: each action waits for it.
import type { Dialogs } from '../dom/dialogs.ts';
import { downloadText } from '../dom/download.ts';
import type { PageHost } from '../pages/page-host.ts';
import type { Play } from '../play/play.ts';
import type { PrefsStore } from '../shell/prefs.ts';
import type { SaveSlots } from '../shell/save-slots.ts';
import { STORAGE_PREFIX, type SafeStorage } from '../shell/storage.ts';
import { renameDialog } from './rename-dialog.ts';
import type { TitleActions } from './title-screen.ts';
import { messages } from '../../present/index.ts';

/** The player's name last given, offered for the next game. */
const PLAYER_KEY = `${STORAGE_PREFIX}player`;

export interface TitleActionHost {
  readonly storage: SafeStorage;
  readonly slots: SaveSlots;
  readonly prefs: PrefsStore;
  readonly pages: PageHost;
  readonly dialogs: Dialogs;
  /** The game code, loaded on first use. */
  play(): Promise<Play>;
  settings(): void;
  help(): void;
  print(): void;
  /** Goes to the class server's pages. */
  classServer(): void;
}

/** A file's bytes: files are read as bytes, so one not in UTF-8 is named as such, never guessed at. */
async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export function titleActions(host: TitleActionHost): TitleActions {
  const { storage, slots, prefs, pages, dialogs } = host;
  const w = messages().ui.title;
  return {
    savedGames: () => slots.list(),
    keptAside: () => slots.aside(),
    lastPlayer: () => storage.get(PLAYER_KEY) ?? '',
    renameSaved: async (slot) => {
      const name = await renameDialog(dialogs, slot.name);
      return name !== null && slots.rename(slot.id, name);
    },
    removeSaved: async (slot) => (await dialogs.confirm(w.removeTitle, w.removeText(slot.name), w.removeYes)) && slots.remove(slot.id),
    downloadAside: (record) => downloadText(`shuttle-${record.id}.json`, 'application/json', record.save),
    forgetAside: (record) => slots.forget(record.id),
    scenarios: async () => (await host.play()).catalog.choices(),
    openFile: async (file) => (await host.play()).catalog.open(await bytesOf(file), file.name),
    newGame: async (key, seed, player) => {
      if (player === null) storage.remove(PLAYER_KEY);
      else storage.set(PLAYER_KEY, player);
      await (await host.play()).startNew(key, seed, player);
    },
    continueGame: async (id) => (await host.play()).resumeSaved(id),
    savedReplays: async (id) => {
      const play = await host.play();
      await play.resumeSaved(id);
      await play.openReplays();
    },
    settings: () => host.settings(),
    help: () => host.help(),
    debriefSave: async (file) => {
      const play = await host.play();
      const { debriefSaveText } = await import('../pages/save-debrief.ts');
      return debriefSaveText(pages, play.catalog, file.name, await bytesOf(file), host.print);
    },
    openReplay: async (file) => {
      const play = await host.play();
      const { openSaveText } = await import('../replays/open-save.ts');
      const opened = await openSaveText(play.catalog, file.name, await bytesOf(file));
      if (!opened.ok) return opened.why;
      await play.openReplaySource(opened.source);
      return null;
    },
    teacherSetup: (choiceKey) =>
      void host.play().then(async (play) => {
        const [{ showTeacherSetup }, { teacherKeySection }, scenarios, chosen] = await Promise.all([
          import('./class-setup.ts'),
          import('../teacher/setup-key.ts'),
          play.catalog.playable(),
          choiceKey ? play.catalog.byKey(choiceKey) : null,
        ]);
        const p = prefs.get();
        const defaults = { names: p.names, allowDistortion: p.allowDistortion, scenarioId: chosen?.scenario.id ?? null };
        const savePack = async (id: string, code: string) => {
          const [file, { classPackFileName, makeClassPack }] = await Promise.all([play.catalog.fileOf(id), import('../../classroom/index.ts')]);
          if (!file) return null;
          const name = classPackFileName(id, code);
          downloadText(name, 'application/json', makeClassPack(code, file.fileName, file.text));
          return name;
        };
        await showTeacherSetup(dialogs, scenarios, defaults, (id, settings) => void play.startWith(id, settings, null), teacherKeySection(storage), savePack);
      }),
    joinCode: async (code) => {
      const play = await host.play();
      const [{ readClassCode }, scenarios] = await Promise.all([import('./class-setup.ts'), play.catalog.playable()]);
      const result = readClassCode(code, scenarios.map((s) => s.id));
      if (!result.ok) return result.error;
      void play.startWith(result.scenarioId, result.settings, storage.get(PLAYER_KEY));
      return null;
    },
    openClassPack: async (file) => {
      const play = await host.play();
      const { readClassPack } = await import('../../classroom/index.ts');
      const pack = readClassPack(await bytesOf(file), file.name);
      if (!pack.ok) return pack.error;
      // The scenario joins the list, as if opened from disk, so the game can be saved and resumed on it.
      play.catalog.open(new TextEncoder().encode(pack.text), pack.fileName);
      void play.startWith(pack.scenarioId, pack.settings, storage.get(PLAYER_KEY), pack.hash);
      return null;
    },
    chosen: (key) => void host.play().then((play) => play.choose(key)),
    classServer: () => host.classServer(),
    compareClass: () =>
      void host.play().then(async (play) => {
        const { openClassPage } = await import('../pages/class-page.ts');
        await openClassPage(pages, play.catalog, host.print);
      }),
  };
}
