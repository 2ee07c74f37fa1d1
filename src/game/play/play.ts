// The game code, loaded on first use: the scenario catalog, starting a new game or resuming the
// saved one, the play scenes, the director, and the test hook's view of the game.
import { GameEventSchema, settingsFor } from '../../machine/index.ts';
import type { Settings } from '../../model/index.ts';
import { addBranch, lineEvents, MAIN, parseSave, settingsOf, type SaveFile } from '../../replay/index.ts';
import type { ReplaySource } from '../../present/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { BriefingScene } from '../scenes/briefing-scene.ts';
import { HallScene } from '../scenes/hall-scene.ts';
import type { SceneKey } from '../scenes/keys.ts';
import { NewsScene } from '../scenes/news-scene.ts';
import { RoomScene } from '../scenes/room-scene.ts';
import { readSaveMeta, SAVE_KEY, SAVE_META_KEY } from '../shell/saved-game.ts';
import type { Shell } from '../shell/shell.ts';
import { ActiveGame } from './active-game.ts';
import { readSaveLine, saveFileOf } from './autosave.ts';
import { Catalog } from './catalog.ts';
import { Director } from './director.ts';
import { inspectorFor } from './inspector.ts';
import { GameSession } from './session.ts';

export interface Play {
  readonly catalog: Catalog;
  startNew(choiceKey: string, seed: number): Promise<void>;
  /** A new game on the scenario of this id with exactly these settings (a class code's game). */
  startWith(scenarioId: string, settings: Settings): Promise<void>;
  /** Puts the player back into the saved game, or back on the title screen saying why not. */
  resumeSaved(): Promise<void>;
  /** The same scenario, settings and seed, from the start. */
  restart(): Promise<void>;
  toTitle(): void;
  /** The title screen's chosen scenario (null: none yet), for the glossary's case terms. */
  choose(choiceKey: string | null): void;
  /** The scenario whose terms the glossary adds: the game's, else the chosen one, else the default. */
  glossaryScenario(): Promise<Scenario | null>;
  /** The replay viewer on the game in progress, at its line and step. */
  openReplays(): Promise<void>;
  /** Whether a replay source is the game in progress (its tree changes are saved at once). */
  isLive(source: ReplaySource): boolean;
  /** The line the game in progress plays, when the source is that game. */
  liveLine(source: ReplaySource): string | null;
  /** Keeps a changed branch tree: saved at once for the game in progress, else kept for download. */
  keepTree(source: ReplaySource, save: SaveFile): ReplaySource;
  /** Plays on from `step` of `line` as a new branch of the source's save (it becomes the game in progress). */
  branchFrom(source: ReplaySource, line: string, step: number): Promise<boolean>;
}

export function createPlay(shell: Shell): Play {
  const game = shell.game!;
  const catalog = new Catalog(shell.storage);
  let active: ActiveGame | null = null;
  let director: Director | null = null;
  let chosen: string | null = null;
  const source = () => active;
  // Replay sources made from the game in progress (a file's sources are not in it).
  const liveSources = new WeakSet<ReplaySource>();
  const live = (src: ReplaySource) => {
    liveSources.add(src);
    return src;
  };

  game.scene.add('briefing', new BriefingScene(shell, source), false);
  game.scene.add('hall', new HallScene(shell, source), false);
  game.scene.add('room', new RoomScene(shell, source), false);
  game.scene.add('news', new NewsScene(shell, source), false);

  const prepare = async (key: SceneKey) => {
    if (key === 'outcome' && !game.scene.getScene('outcome')) {
      const { OutcomeScene } = await import('../scenes/outcome-scene.ts');
      if (!game.scene.getScene('outcome')) game.scene.add('outcome', new OutcomeScene(shell, source, () => play), false);
    }
    await shell.art?.load(['play']);
  };

  shell.hook.setSource({
    snapshot: () => active?.session.persisted() ?? null,
    send: (event: unknown) => {
      const parsed = GameEventSchema.safeParse(event);
      return parsed.success && active !== null ? active.send(parsed.data) : false;
    },
  });

  const end = () => {
    director?.stop();
    active?.dispose();
    active = null;
    director = null;
  };

  const begin = async (session: GameSession) => {
    end();
    active = new ActiveGame(shell, session, { toTitle: () => play.toTitle(), replays: () => void play.openReplays() });
    const d = new Director(shell, { prepare, phase: () => session.phase, state: () => session.state });
    director = d;
    session.subscribe((change) => d.onChange(change));
    active.saveNow();
    await d.start();
  };

  /** Whether a new game may replace the game in progress (asks, if there is one). */
  const mayReplace = async () => {
    const meta = readSaveMeta(shell.storage);
    if (!meta || meta.finished) return true;
    return shell.dialogs.confirm('Start a new game?', `You have a game in progress (${meta.title}, ${meta.roundLabel}, ${meta.actions} actions). A new game replaces it.`, 'Start a new game', 'Keep my game');
  };

  const play: Play = {
    catalog,
    async startNew(choiceKey, seed) {
      if (!(await mayReplace())) return;
      const found = await catalog.byKey(choiceKey);
      if (!found) return;
      const prefs = shell.prefs.get();
      const settings = settingsFor(seed, { names: prefs.names, allowDistortion: prefs.allowDistortion });
      await begin(new GameSession({ ...found, settings, inspect: await inspectorFor(window.location.search) }));
    },
    async startWith(scenarioId, settings) {
      if (!(await mayReplace())) return;
      const found = await catalog.byId(scenarioId);
      if (!found) return;
      const copy: Settings = { ...settings, people: [settings.people[0], settings.people[1]] };
      await begin(new GameSession({ ...found, settings: copy, inspect: await inspectorFor(window.location.search) }));
    },
    async resumeSaved() {
      // A save that cannot be resumed is not offered again (a new game will replace it).
      const fail = (why: string) => {
        shell.storage.remove(SAVE_META_KEY);
        shell.notices.show('resume', `Your saved game could not be resumed: ${why} Start a new game from the title screen.`);
        shell.show('title');
      };
      const text = shell.storage.get(SAVE_KEY);
      if (text === null) return fail('there is no saved game.');
      const parsed = parseSave(text);
      if (!parsed.ok) return fail(`${parsed.errors.slice(0, 3).join('; ')}.`);
      const save = parsed.save;
      const found = await catalog.find(save.scenario.id, save.scenario.hash);
      if (!found) {
        const why = (await catalog.hasId(save.scenario.id))
          ? `scenario “${save.scenario.id}” has changed since the game was saved.`
          : `scenario “${save.scenario.id}” is not available here.`;
        return fail(why);
      }
      await shell.art?.load(['play']);
      // The line last played: the main line, or a branch of the save's tree.
      const saved = readSaveLine(shell.storage);
      const line = saved === MAIN || save.branches.some((b) => b.id === saved) ? saved : MAIN;
      const tree = { line, main: line === MAIN ? [] : save.events, branches: save.branches };
      const session = new GameSession({ ...found, settings: settingsOf(save), events: lineEvents(save, line), tree, inspect: await inspectorFor(window.location.search) });
      if (session.refusedAt !== null) shell.notices.show('resume', `The game’s rules changed since this game was saved: it was restored up to action ${session.refusedAt}.`);
      await begin(session);
    },
    async restart() {
      const s = active?.session;
      if (!s) return;
      await begin(new GameSession({ scenario: s.scenario, hash: s.hash, settings: s.settings, inspect: await inspectorFor(window.location.search) }));
    },
    toTitle() {
      end();
      shell.show('title');
    },
    choose(choiceKey) {
      chosen = choiceKey;
    },
    async glossaryScenario() {
      if (active) return active.session.scenario;
      const found = chosen ? await catalog.byKey(chosen) : null;
      if (found) return found.scenario;
      const first = (await catalog.entries()).find((e) => e.result.ok)?.result;
      return first?.ok ? first.scenario : null;
    },
    async openReplays() {
      const s = active?.session;
      if (!s) return;
      const src = live({ scenario: s.scenario, hash: s.hash, save: saveFileOf(s) });
      const { openReplayViewer } = await import('../replays/viewer-page.ts');
      openReplayViewer(shell, play, src, { line: s.tree.line, step: s.events.length });
    },
    isLive: (src) => liveSources.has(src) && active !== null,
    liveLine: (src) => (liveSources.has(src) && active ? active.session.tree.line : null),
    keepTree(src, save) {
      if (!liveSources.has(src) || !active) return { ...src, save };
      const s = active.session;
      s.tree = { ...s.tree, branches: save.branches };
      active.saveNow();
      return live({ ...src, save });
    },
    async branchFrom(src, line, step) {
      if (!liveSources.has(src) && !(await mayReplace())) return false;
      const { save, id } = addBranch(src.save, line, step, []);
      const events = lineEvents(src.save, line).slice(0, step);
      const tree = { line: id, main: save.events, branches: save.branches };
      shell.pages.close();
      await shell.art?.load(['play']);
      await begin(new GameSession({ scenario: src.scenario, hash: src.hash, settings: settingsOf(save), events, tree, inspect: await inspectorFor(window.location.search) }));
      return true;
    },
  };
  return play;
}
