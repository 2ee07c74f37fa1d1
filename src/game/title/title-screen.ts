// The title screen (DOM): continue a saved game, choose a scenario (or open a scenario file),
// set the seed, start a new game, settings and help. Scenario text is shown only as text.
import { el, fill, uid } from '../dom/el.ts';
import { messages } from '../../present/index.ts';
import { savedGamesSection, type SavedGameActions } from './saved-games.ts';
import { MAX_PLAYER_NAME, playerName } from './player-name.ts';
import { MAX_SEED, parseSeed, randomSeed } from './seed.ts';

export interface ScenarioChoice {
  key: string;
  fileName: string;
  title: string | null;
  subtitle?: string;
  summary?: string;
  errors: string[];
}

export interface TitleActions extends SavedGameActions {
  scenarios(): Promise<ScenarioChoice[]>;
  openFile(file: File): Promise<ScenarioChoice>;
  /** A new game in a slot of its own; `player`: the name it is saved under (null: none given). */
  newGame(choiceKey: string, seed: number, player: string | null): Promise<void>;
  /** The player's name last given (filled in for the next game). */
  lastPlayer(): string;
  settings(): void;
  help(): void;
  /** Opens the debrief of a saved game; resolves to why not, or null. */
  debriefSave(file: File): Promise<string | null>;
  /** Opens a saved game in the replay viewer; resolves to why not, or null. */
  openReplay(file: File): Promise<string | null>;
  compareClass(): void;
  /** The class server's pages: each team on its own device (only where the class server serves the game). */
  classServer(): void;
  /** Opens the teacher's setup (which makes a class code), on the scenario chosen here if any. */
  teacherSetup(choiceKey: string | null): void;
  /** Starts the game a class code names; resolves to why not, or null. */
  joinCode(code: string): Promise<string | null>;
  /** Starts the game of a class pack (a scenario and its code in one file); resolves to why not, or null. */
  openClassPack(file: File): Promise<string | null>;
  /** The scenario chosen in the list changed (the glossary shows its terms). */
  chosen(choiceKey: string | null): void;
}

function choiceNode(choice: ScenarioChoice, name: string, checked: boolean): HTMLElement {
  const id = uid('scenario');
  const ok = choice.errors.length === 0 && choice.title !== null;
  const descId = `${id}-desc`;
  const input = el('input', { id, attrs: { type: 'radio', name, value: choice.key, checked: checked && ok, disabled: !ok, 'aria-describedby': descId } });
  const desc = el(
    'div',
    { id: descId },
    choice.subtitle ? el('div', { class: 'muted small', text: choice.subtitle }) : null,
    choice.summary ? el('div', { class: 'small', text: choice.summary }) : null,
    ok
      ? null
      : el('div', { class: 'error small' }, el('span', { text: messages().ui.title.cannotPlay(choice.fileName) }), el('ul', { class: 'error-list' }, ...choice.errors.slice(0, 12).map((e) => el('li', { text: e })))),
  );
  return el('div', { class: 'scenario-choice choice' }, input, el('div', {}, el('label', { attrs: { for: id }, text: choice.title ?? choice.fileName }), desc));
}

export function titleScreen(actions: TitleActions): { node: HTMLElement; focus(): void; dropSave(file: File): void } {
  const w = messages().ui.title;
  const common = messages().ui.common;
  const listName = uid('scenario-choice');
  const list = el('div', { class: 'scenario-list', attrs: { 'aria-busy': 'true' } }, el('p', { class: 'muted', text: w.loading }));
  const fileInput = el('input', { id: uid('scenario-file'), class: 'visually-hidden', attrs: { type: 'file', tabindex: -1, 'aria-label': w.scenarioFile, accept: '.yaml,.yml,.json,application/json,text/yaml' } });
  let choices: ScenarioChoice[] = [];
  const selected = () => list.querySelector<HTMLInputElement>(`input[name="${listName}"]:checked`)?.value ?? null;
  const render = (prefer: string | null) => {
    list.setAttribute('aria-busy', 'false');
    const firstOk = choices.find((c) => c.errors.length === 0)?.key ?? null;
    const want = prefer && choices.some((c) => c.key === prefer && c.errors.length === 0) ? prefer : firstOk;
    fill(list, ...choices.map((c) => choiceNode(c, listName, c.key === want)));
    if (choices.length === 0) fill(list, el('p', { class: 'muted', text: w.noScenarios }));
    actions.chosen(selected());
  };
  list.addEventListener('change', () => actions.chosen(selected()));
  // The list (which loads the game code) is asked for once the screen is up, not while it is built.
  const loaded = new Promise<void>((resolve) => requestAnimationFrame(() => resolve())).then(() =>
    actions.scenarios().then((c) => {
      choices = c;
      render(null);
    }),
  );
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void Promise.all([actions.openFile(file), loaded]).then(([choice]) => {
      // A file that cannot be played is listed with its errors; the choice stays where it was.
      const keep = choice.errors.length === 0 ? choice.key : selected();
      choices = [...choices.filter((c) => c.key !== choice.key), choice];
      render(keep);
      list.querySelector<HTMLInputElement>(`input[value="${CSS.escape(choice.key)}"]`)?.focus();
    });
    fileInput.value = '';
  });

  const saveInput = el('input', { id: uid('save-file'), class: 'visually-hidden', attrs: { type: 'file', tabindex: -1, 'aria-label': w.saveToDebrief, accept: '.json,application/json', 'data-action': 'save-file' } });
  saveInput.addEventListener('change', () => {
    const file = saveInput.files?.[0];
    saveInput.value = '';
    if (file) void debriefFile(file);
  });

  const replayInput = el('input', { id: uid('replay-file'), class: 'visually-hidden', attrs: { type: 'file', tabindex: -1, 'aria-label': w.saveToReplay, accept: '.json,application/json', 'data-action': 'replay-file' } });
  replayInput.addEventListener('change', () => {
    const file = replayInput.files?.[0];
    replayInput.value = '';
    if (file) void replayFile(file);
  });

  const seedId = uid('seed');
  const seedHint = `${seedId}-hint`;
  const seedInput = el('input', { id: seedId, attrs: { type: 'text', inputmode: 'numeric', autocomplete: 'off', value: String(randomSeed()), 'aria-describedby': seedHint } });
  const seedError = el('p', { class: 'error small', attrs: { role: 'alert' } });
  const playerId = uid('player');
  const playerInput = el('input', { id: playerId, attrs: { type: 'text', autocomplete: 'off', maxlength: MAX_PLAYER_NAME, value: actions.lastPlayer(), 'aria-describedby': `${playerId}-hint ${playerId}-error`, 'data-action': 'player-name' } });
  const playerError = el('p', { id: `${playerId}-error`, class: 'error small', attrs: { 'aria-live': 'polite' } });
  const status = el('p', { class: 'error small', attrs: { role: 'alert' } });
  const debriefFile = async (file: File) => {
    status.textContent = '';
    status.textContent = (await actions.debriefSave(file)) ?? '';
  };
  const replayFile = async (file: File) => {
    status.textContent = '';
    status.textContent = (await actions.openReplay(file)) ?? '';
    // The message is at the foot of the panel: bring it into view.
    if (status.textContent) status.scrollIntoView({ block: 'nearest' });
  };

  const start = el('button', {
    class: 'primary',
    text: w.newGame,
    attrs: { type: 'button', 'data-action': 'new-game' },
    on: {
      click: async () => {
        const seed = parseSeed(seedInput.value);
        seedError.textContent = seed === null ? w.badSeed(MAX_SEED) : '';
        if (seed === null) {
          seedInput.focus();
          return;
        }
        const player = playerName(playerInput.value);
        playerError.textContent = player.ok ? '' : w.badPlayer(MAX_PLAYER_NAME);
        playerInput.toggleAttribute('aria-invalid', !player.ok);
        if (!player.ok) {
          playerInput.focus();
          return;
        }
        await loaded;
        const key = selected();
        if (!key) {
          status.textContent = choices.length ? w.chooseScenario : w.noPlayable;
          return;
        }
        status.textContent = '';
        void actions.newGame(key, seed, player.name);
      },
    },
  });

  // Join with a class code: a refused code says why next to the field, which keeps the focus.
  const codeId = uid('class-code');
  const codeInput = el('input', {
    id: codeId,
    class: 'code-input',
    attrs: { type: 'text', inputmode: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 24, 'aria-describedby': `${codeId}-hint ${codeId}-error`, 'data-action': 'class-code' },
  });
  const codeError = el('p', { id: `${codeId}-error`, class: 'error small', attrs: { 'aria-live': 'polite', 'data-role': 'code-error' } });
  codeInput.addEventListener('input', () => {
    if (codeInput.getAttribute('aria-invalid') === 'true') {
      codeInput.removeAttribute('aria-invalid');
      codeError.textContent = '';
    }
  });
  // A class pack opened from disk: the same place for its errors as a typed code.
  const packInput = el('input', { id: uid('pack-file'), class: 'visually-hidden', attrs: { type: 'file', tabindex: -1, 'aria-label': w.packFile, accept: '.json,application/json', 'data-action': 'pack-file' } });
  packInput.addEventListener('change', () => {
    const file = packInput.files?.[0];
    packInput.value = '';
    if (file) void join(() => actions.openClassPack(file));
  });
  let joining = false;
  const join = async (how: () => Promise<string | null> = () => actions.joinCode(codeInput.value)) => {
    if (joining) return;
    joining = true;
    try {
      const why = await how();
      codeError.textContent = why ?? '';
      if (why === null) codeInput.removeAttribute('aria-invalid');
      else {
        codeInput.setAttribute('aria-invalid', 'true');
        codeInput.focus();
      }
    } finally {
      joining = false;
    }
  };
  const joinForm = el(
    'form',
    { class: 'join-form', attrs: { 'aria-labelledby': `${codeId}-legend`, novalidate: true }, on: { submit: (e) => (e.preventDefault(), void join()) } },
    el('h2', { id: `${codeId}-legend`, class: 'join-heading', text: w.join }),
    el(
      'div',
      { class: 'row' },
      el('label', { attrs: { for: codeId }, text: w.classCode }),
      codeInput,
      el('button', { text: w.joinButton, attrs: { type: 'submit', 'data-action': 'join' } }),
      // The pack shares the row (the title screen keeps its teachers' row above the fold); its hint is for screen readers and the pointer.
      el('button', { class: 'link', text: w.openPack, attrs: { type: 'button', title: w.packHint, 'data-action': 'open-pack', 'aria-describedby': `${codeId}-pack-hint` }, on: { click: () => packInput.click() } }),
      packInput,
      el('span', { id: `${codeId}-pack-hint`, class: 'visually-hidden', text: w.packHint }),
      el('span', { id: `${codeId}-hint`, class: 'muted small', text: w.codeHint }),
    ),
    codeError,
  );

  // Once the saved games are read, the newest one's Continue takes the focus, unless the player has moved it.
  let touched = false;
  const savedGames = savedGamesSection(actions, (count) => {
    if (count > 0 && !touched && (document.activeElement === start || document.activeElement === document.body)) savedGames.querySelector<HTMLButtonElement>('[data-action="continue"]')?.focus();
  });

  const node = el(
    'section',
    { class: 'panel screen-panel title-panel', attrs: { 'aria-labelledby': 'title-heading' } },
    el('h1', { id: 'title-heading', text: common.shuttleDiplomacy, attrs: { tabindex: -1 } }),
    el('p', { class: 'tagline', text: w.tagline }),
    savedGames,
    el(
      'fieldset',
      {},
      el('legend', { text: w.scenario }),
      list,
      el(
        'div',
        { class: 'row' },
        el('button', { class: 'link', text: w.openScenario, attrs: { type: 'button' }, on: { click: () => fileInput.click() } }),
        fileInput,
      ),
    ),
    el(
      'div',
      { class: 'row seed-row' },
      el('label', { attrs: { for: seedId }, text: common.seedLabel }),
      seedInput,
      el('button', { text: w.newSeed, attrs: { type: 'button' }, on: { click: () => void (seedInput.value = String(randomSeed())) } }),
      el('span', { id: seedHint, class: 'muted small', text: w.seedHint }),
    ),
    seedError,
    el(
      'div',
      { class: 'row player-row' },
      el('label', { attrs: { for: playerId }, text: w.player }),
      playerInput,
      el('span', { id: `${playerId}-hint`, class: 'muted small', text: w.playerHint }),
    ),
    playerError,
    joinForm,
    el('div', { class: 'row' }, start, el('button', { text: common.settings, attrs: { type: 'button' }, on: { click: () => actions.settings() } }), el('button', { text: messages().ui.common.helpTitle, attrs: { type: 'button' }, on: { click: () => actions.help() } })),
    el(
      'div',
      { class: 'row replay-row' },
      el('button', { text: w.openSave, attrs: { type: 'button', 'data-action': 'open-replay' }, on: { click: () => replayInput.click() } }),
      replayInput,
      el('span', { class: 'muted small', text: w.openSaveHint }),
    ),
    el(
      'div',
      { class: 'row classroom-row' },
      el('span', { class: 'muted small', text: w.forTeachers }),
      el('button', { text: w.teacherSetup, attrs: { type: 'button', 'data-action': 'teacher-setup' }, on: { click: () => actions.teacherSetup(selected()) } }),
      el('button', { text: w.debriefSave, attrs: { type: 'button', 'data-action': 'debrief-save' }, on: { click: () => saveInput.click() } }),
      saveInput,
      el('button', { text: w.compareClass, attrs: { type: 'button', 'data-action': 'compare-class' }, on: { click: () => actions.compareClass() } }),
      el('button', { text: w.classServer, attrs: { type: 'button', 'data-action': 'class-server' }, on: { click: () => actions.classServer() } }),

    ),
    status,
  );

  node.addEventListener('pointerdown', () => (touched = true));
  node.addEventListener('keydown', () => (touched = true));
  return {
    node,
    focus: () => (node.querySelector<HTMLButtonElement>('[data-action="continue"]') ?? start).focus(),
    dropSave: (file) => void replayFile(file),
  };
}
