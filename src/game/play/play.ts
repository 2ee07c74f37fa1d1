// The game code, loaded on first use: the scenario catalog, starting a new game or resuming the
// saved one, the play scenes and the stage the director mounts them on, the replay viewer on
// the game in progress, and the test hook's view of the game. Each scene and screen is given
// the narrow services it uses; this module alone knows them all (app.ts hands them over).
import type Phaser from 'phaser';
import { GameEventSchema, settingsFor } from '../../machine/index.ts';
import type { Settings } from '../../model/index.ts';
import { addBranch, lineEvents, MAIN, openSaveAsync, settingsOf } from '../../replay/index.ts';
import { gameWords, messages, saveRefusalLines, type ReplaySource } from '../../present/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { gameArt } from '../art/assets.ts';
import type { ArtLoader } from '../art/loader.ts';
import type { AppLock } from '../dom/app-lock.ts';
import { downloadText } from '../dom/download.ts';
import type { NoticeAction } from '../dom/notice.ts';
import type { SlotRecord } from '../shell/save-slots.ts';
import type { PageHost } from '../pages/page-host.ts';
import { createHotSeat } from '../hotseat/hot-seat.ts';
import type { LiveGame, ReplayHost, ViewerStart } from '../replays/viewer-page.ts';
import { BriefingScene } from '../scenes/briefing-scene.ts';
import { HallScene } from '../scenes/hall-scene.ts';
import type { SceneKey } from '../scenes/keys.ts';
import { NewsScene } from '../scenes/news-scene.ts';
import type { OutcomeExits } from '../scenes/outcome-scene.ts';
import type { PlayScene } from '../scenes/play-scene.ts';
import { RoomScene } from '../scenes/room-scene.ts';
import type { SceneHost } from '../scenes/scene-host.ts';
import type { HookControl } from '../shell/hook.ts';
import type { PrefsStore } from '../shell/prefs.ts';
import { notLoaded } from '../shell/lazy.ts';
import { ActiveGame, type ChromeHost } from './active-game.ts';
import { saveFileOf, type Slot } from './autosave.ts';
import { Catalog } from './catalog.ts';
import { Director, type Leaving, type SceneTarget } from './director.ts';
import { inspectorFor } from './inspector.ts';
import { GameSession, type SessionInit } from './session.ts';
import { peopleFor } from './people.ts';

/** Everything the game code hands on to its scenes and screens (app.ts makes it). */
export interface PlayHost extends SceneHost, ChromeHost, ReplayHost {
  readonly game: Phaser.Game;
  readonly appLock: AppLock;
  readonly pages: PageHost;
  readonly prefs: PrefsStore;
  readonly hook: HookControl;
  art(): ArtLoader | null;
  /** Starts a main scene and stops the others. */
  show(key: SceneKey, data?: object): void;
}

export interface Play {
  readonly catalog: Catalog;
  /** A new game in a new save slot (the saved games stay as they are); `player`: a name for it. */
  startNew(choiceKey: string, seed: number, player: string | null): Promise<void>;
  /** A new game on the scenario of this id with exactly these settings (a class code's game). */
  /** A game of a class code; `hash` names the exact scenario (one a class pack carried), else the first of its id. */
  startWith(scenarioId: string, settings: Settings, player: string | null, hash?: string): Promise<void>;
  /** Puts the player back into a saved game (default: the one in progress), or back on the title screen saying why not. */
  resumeSaved(slotId?: string): Promise<void>;
  /** The same scenario, settings and seed, from the start. */
  restart(): Promise<void>;
  toTitle(): void;
  /** The title screen's chosen scenario (null: none yet), for the glossary's case terms. */
  choose(choiceKey: string | null): void;
  /** The scenario whose terms the glossary adds: the game's, else the chosen one, else the default. */
  glossaryScenario(): Promise<Scenario | null>;
  /** The replay viewer on the game in progress, at its line and step. */
  openReplays(): Promise<void>;
  /** The replay viewer on a saved game (a file opened or dropped on the title screen). */
  openReplaySource(source: ReplaySource): Promise<void>;
}

export function createPlay(host: PlayHost): Play {
  const game = host.game;
  const catalog = new Catalog(host.storage);
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

  const seat = createHotSeat({ doc: host.doc, appLock: host.appLock, refocus: () => host.layout.refocus() }, source);
  const hall = new HallScene(host, source);
  const scenes: PlayScene[] = [new BriefingScene(host, source), hall, new RoomScene(host, source, seat), new NewsScene(host, source)];
  for (const scene of scenes) game.scene.add(scene.sys.settings.key, scene, false);

  const outcomeExits: OutcomeExits = {
    finished: () => active?.session.finished() ?? null,
    actions: () => active?.session.events.length ?? 0,
    download: () => active?.download(),
    debrief: () => {
      const s = active?.session;
      const final = s?.finished();
      if (!s || !final) return;
      void import('../pages/debrief-page.ts')
        .then(({ openDebriefPage }) => openDebriefPage(host.pages, s.scenario, final, () => window.print(), { hints: s.hints, line: s.tree.line, events: s.events }))
        .catch(() => host.notices.show('load', notLoaded()));
    },
    replays: () => void play.openReplays(),
    restart: () => void play.restart(),
    newGame: () => play.toTitle(),
  };

  const prepare = async (key: SceneKey) => {
    if (key === 'outcome' && !game.scene.getScene('outcome')) {
      const { OutcomeScene } = await import('../scenes/outcome-scene.ts');
      if (!game.scene.getScene('outcome')) {
        const outcome = new OutcomeScene(host, source, outcomeExits);
        scenes.push(outcome);
        game.scene.add('outcome', outcome, false);
      }
    }
    await host.art()?.load(active ? gameArt(active.session.scenario.setting.venue) : ['play']);
  };

  const stage = {
    view: () => active!.view,
    prepare,
    show: (target: SceneTarget) => host.show(target.key, target.data),
    arrive: (target: SceneTarget) =>
      new Promise<Leaving | null>((resolve) => {
        const scene = scenes.find((s) => s.sys.settings.key === target.key);
        // Phaser's scene 'create' event: emitted once the scene's create() (its build) has run.
        if (scene) scene.sys.events.once('create', () => resolve(scene));
        else resolve(null);
        host.show(target.key, target.data);
        // A scene that never builds (the game left meanwhile) must not stall the director.
        setTimeout(() => resolve(null), 3000);
      }),
    leaving: () => scenes.find((scene) => scene.sys.isActive()) ?? null,
    inert: (on: boolean) => {
      for (const region of [host.layout.side, host.layout.screen]) region.inert = on;
    },
  };

  host.hook.setSource({
    snapshot: () => active?.session.persisted() ?? null,
    send: (event: unknown) => {
      const parsed = GameEventSchema.safeParse(event);
      return parsed.success && active !== null ? active.send(parsed.data) : false;
    },
    committed: () => active?.committed ?? null,
    // Once every write asked for has committed (a hint asked writes the save too, with no move).
    savedGame: async () => {
      if (!active) return null;
      const game = active;
      await game.settled();
      return (await host.slots.read(game.slot.id))?.save ?? null;
    },
    picture: () => hall.picture(),
  });

  const end = () => {
    director?.stop();
    active?.dispose();
    active = null;
    director = null;
  };

  const begin = async (session: GameSession, slot: Slot) => {
    end();
    active = new ActiveGame(host, session, slot, { toTitle: () => play.toTitle(), replays: () => void play.openReplays() });
    const d = new Director(stage);
    director = d;
    session.subscribe((change) => d.onChange(change));
    active.saveNow();
    await d.start();
  };

  /** A slot of its own for a new game, named after its player, else its scenario. */
  const newSlot = (title: string, player: string | null): Slot => ({ id: `game-${Date.now().toString(36)}-${(++slotCount).toString(36)}`, name: player ?? title });
  let slotCount = 0;

  const newSession = async (init: Omit<SessionInit, 'inspect'>) => new GameSession({ ...init, inspect: await inspectorFor(window.location.search) });

  /** A save the game cannot read is moved aside, never dropped: the notice offers it for download. */
  const keepAside = async (record: SlotRecord, why: string) => {
    await host.slots.keepAside(record, why);
    const keep = { label: messages().ui.common.downloadOldSave, run: () => downloadText(`shuttle-${record.id}-kept.json`, 'application/json', record.save) };
    return keep;
  };

  const liveGame: LiveGame = {
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
      const { save, id } = addBranch(src.save, line, step, [], gameWords().replays.branchName);
      const events = lineEvents(src.save, line).slice(0, step);
      const tree = { line: id, main: save.events, branches: save.branches };
      // The game in progress plays on in its own slot; a file's game gets a slot of its own.
      const slot = liveSources.has(src) && active ? active.slot : newSlot(src.scenario.title, save.player ?? null);
      host.pages.close();
      await host.art()?.load(gameArt(src.scenario.setting.venue));
      await begin(await newSession({ scenario: src.scenario, hash: src.hash, settings: settingsOf(save), events, tree, hints: save.hints, player: save.player ?? null }), slot);
      return true;
    },
  };

  const viewer = async (src: ReplaySource, start?: ViewerStart) => {
    const { openReplayViewer } = await import('../replays/viewer-page.ts');
    openReplayViewer(host, liveGame, src, start);
  };

  const play: Play = {
    catalog,
    async startNew(choiceKey, seed, player) {
      const found = await catalog.byKey(choiceKey);
      if (!found) return;
      const prefs = host.prefs.get();
      const base = settingsFor(seed, { names: prefs.names, allowDistortion: prefs.allowDistortion });
      const settings: Settings = { ...base, people: peopleFor(found.scenario.delegations.length, base.people) };
      await begin(await newSession({ ...found, settings, player }), newSlot(found.scenario.title, player));
    },
    async startWith(scenarioId, settings, player, hash) {
      const found = hash === undefined ? await catalog.byId(scenarioId) : await catalog.find(scenarioId, hash);
      if (!found) return;
      // One entry per delegation, whatever the code or the setup held (a short code holds two).
      const copy: Settings = { ...settings, people: peopleFor(found.scenario.delegations.length, settings.people) };
      await begin(await newSession({ ...found, settings: copy, player }), newSlot(found.scenario.title, player));
    },
    async resumeSaved(slotId) {
      const w = gameWords().play.resume;
      const fail = (why: string, action?: NoticeAction) => {
        host.notices.show('resume', w.failed(why), action);
        void host.slots.setCurrent(null);
        host.show('title');
      };
      const id = slotId ?? (await host.slots.current());
      const record = id === null ? null : await host.slots.read(id);
      if (!record) return fail(w.noSave);
      // Read as every save is read: limits, schema, the replay of every line against what it records.
      const verdict = await openSaveAsync(record.save, (sid, hash) => catalog.locate(sid, hash));
      if (!verdict.ok) {
        const why = saveRefusalLines(verdict.refusal).slice(0, 3).join('; ');
        // A missing scenario file may come back (open it again): the slot stays as it is.
        if (verdict.refusal.kind === 'scenario') return fail(`${why}.`);
        return fail(w.keptAside({ name: record.name, why }), await keepAside(record, why));
      }
      const save = verdict.save;
      await host.art()?.load(gameArt(verdict.scenario.setting.venue));
      // The line last played: the main line, or a branch of the save's tree.
      const line = record.line === MAIN || save.branches.some((b) => b.id === record.line) ? record.line : MAIN;
      const tree = { line, main: line === MAIN ? [] : save.events, branches: save.branches };
      const session = await newSession({ scenario: verdict.scenario, hash: verdict.hash, settings: settingsOf(save), events: lineEvents(save, line), tree, hints: save.hints, player: save.player ?? null });
      if (session.refusedAt !== null) host.notices.show('resume', w.partly(session.refusedAt));
      await begin(session, { id: record.id, name: record.name });
    },
    async restart() {
      const s = active?.session;
      if (!s) return;
      // Played again from the start: a new slot, so the finished game stays saved.
      await begin(await newSession({ scenario: s.scenario, hash: s.hash, settings: s.settings, player: s.player }), newSlot(s.scenario.title, s.player));
    },
    toTitle() {
      end();
      // Left on purpose: the next visit opens on the title screen, with the game among the saved ones.
      void host.slots.setCurrent(null);
      host.show('title');
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
      await viewer(live({ scenario: s.scenario, hash: s.hash, save: saveFileOf(s) }), { line: s.tree.line, step: s.events.length });
    },
    openReplaySource: (src) => viewer(src),
  };
  return play;
}
