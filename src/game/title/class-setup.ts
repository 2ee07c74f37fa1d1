// Classroom play on the title screen: a teacher's setup dialog (scenario, rounds, difficulty,
// who plays each delegation, distortion, names, seed) that shows the class code live, and
// reading a code a student types. People play a delegation on the hot-seat screens (src/game/hotseat).
// The form's state is a SetupForm (setup-form.ts), replaced on every change.
import { decodeClassCode, encodeClassCode, MAX_CODE_SEED, type DecodeResult } from '../../classroom/index.ts';
import { DIFFICULTIES, type Difficulty, type Settings } from '../../model/index.ts';
import type { Dialogs } from '../dom/dialogs.ts';
import { el, fill, setText, uid } from '../dom/el.ts';
import { messages, peopleLine } from '../../present/index.ts';
import type { SetupKey } from '../teacher/setup-key.ts';
import { chooseDifficulty, chooseDistortion, chooseNames, choosePerson, chooseRounds, chooseScenario, chooseSeed, mostRounds, setupForm, type CodeScenario, type SetupForm } from './setup-form.ts';
import { peopleFor } from '../play/people.ts';

export type { CodeScenario };

/** A seed a class code can hold, drawn from the browser's generator (the shell's job). */
export function randomCodeSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0]! & MAX_CODE_SEED;
}

export function parseCodeSeed(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,7}$/.test(t)) return null;
  const n = Number(t);
  return n <= MAX_CODE_SEED ? n : null;
}

/** A typed code as a game the browser can start, or why not. */
export function readClassCode(typed: string, scenarioIds: readonly string[]): DecodeResult {
  if (typed.trim() === '') return { ok: false, error: messages().ui.title.setup.typeCode };
  return decodeClassCode(typed, scenarioIds);
}

/** One entry of `people` per delegation of the form's scenario (a new one unticked; two when its names are not known). */
function fitPeople(form: SetupForm): SetupForm {
  const count = form.scenario.delegations?.length ?? 2;
  const people = form.settings.people;
  if (people.length === count) return form;
  return { ...form, settings: { ...form.settings, people: peopleFor(count, people) } };
}

function radioGroup<T extends string>(legend: string, name: string, options: readonly { value: T; label: string; hint?: string }[], checked: T, onChange: (v: T) => void): HTMLFieldSetElement {
  return el(
    'fieldset',
    {},
    el('legend', { text: legend }),
    ...options.map((o) => {
      const id = uid(name);
      const hintId = o.hint ? `${id}-hint` : null;
      const input = el('input', { id, attrs: { type: 'radio', name, value: o.value, checked: o.value === checked, 'aria-describedby': hintId }, on: { change: () => input.checked && onChange(o.value) } });
      return el('div', { class: 'choice' }, input, el('div', {}, el('label', { attrs: { for: id }, text: o.label }), o.hint ? el('div', { id: hintId!, class: 'muted small', text: o.hint }) : null));
    }),
  );
}

export interface SetupDefaults {
  names: Settings['names'];
  allowDistortion: boolean;
  /** The scenario to offer first (the one chosen on the title screen). */
  scenarioId?: string | null;
}

/** The teacher's setup. Resolves once the dialog closes; `start` is called for "Start this game". */
export async function showTeacherSetup(
  dialogs: Dialogs,
  scenarios: readonly CodeScenario[],
  defaults: SetupDefaults,
  start: (scenarioId: string, settings: Settings) => void,
  /** The teacher key for this device (never part of the code): kept when the game starts. */
  teacherKey?: SetupKey,
  /** Saves the scenario and the code as one class pack; resolves to the file's name, or null when the scenario's file is not here. */
  savePack?: (scenarioId: string, code: string) => Promise<string | null>,
): Promise<void> {
  const w = messages().ui.title.setup;
  if (scenarios.length === 0) {
    await dialogs.open(w.title, [el('p', { text: w.nothingToPlay })], [{ id: 'close', label: messages().ui.common.close, primary: true }], 'close');
    return;
  }
  let form: SetupForm = fitPeople(setupForm(scenarios.find((s) => s.id === defaults.scenarioId) ?? scenarios[0]!, defaults, randomCodeSeed()));

  // Scenario.
  const scenarioId = uid('setup-scenario');
  const scenarioSelect = el('select', { id: scenarioId, attrs: { 'data-setup': 'scenario' } }, ...scenarios.map((s) => el('option', { text: s.title, attrs: { value: s.id, selected: s.id === form.scenario.id } })));
  // Rounds.
  const roundsId = uid('setup-rounds');
  const roundsSelect = el('select', { id: roundsId, attrs: { 'data-setup': 'rounds' } });
  const fillRounds = () => {
    const { scenario } = form;
    fill(roundsSelect, el('option', { text: w.allRounds(scenario.rounds), attrs: { value: '0' } }), ...Array.from({ length: mostRounds(scenario) }, (_, i) => el('option', { text: w.firstRounds(i + 1), attrs: { value: String(i + 1) } })));
    roundsSelect.value = String(form.settings.rounds);
  };
  fillRounds();
  scenarioSelect.addEventListener('change', () => {
    const chosen = scenarios.find((s) => s.id === scenarioSelect.value);
    if (chosen) form = fitPeople(chooseScenario(form, chosen));
    fillRounds();
    showPeople();
    update();
  });
  roundsSelect.addEventListener('change', () => {
    form = chooseRounds(form, Number(roundsSelect.value));
    update();
  });

  const difficulty = radioGroup(
    w.difficulty,
    uid('setup-difficulty'),
    DIFFICULTIES.map((d: Difficulty) => ({ value: d, label: w.difficulties[d][0], hint: w.difficulties[d][1] })),
    form.settings.difficulty,
    (v) => {
      form = chooseDifficulty(form, v);
      update();
    },
  );
  const names = radioGroup(
    w.names,
    uid('setup-names'),
    [
      { value: 'names', label: w.namesAndTitles },
      { value: 'titles', label: w.titlesOnly },
    ],
    form.settings.names,
    (v) => {
      form = chooseNames(form, v);
      update();
    },
  );

  // Who plays each delegation: the computer, or a person on this device (hot-seat). A box per
  // delegation of the scenario chosen (two when its names are not known).
  const delegationNames = (): readonly string[] => form.scenario.delegations ?? w.delegationsInLine;
  const peopleHint = el('p', { class: 'muted small', attrs: { 'aria-live': 'polite' } });
  const peopleBoxes = el('div', {});
  const personBox = (s: number, name: string) => {
    const id = uid(`setup-person-${s}`);
    const box = el('input', {
      id,
      attrs: { type: 'checkbox', checked: form.settings.people[s] === true, 'data-setup': `person-${s}` },
      on: {
        change: () => {
          form = choosePerson(form, s, box.checked);
          update();
        },
      },
    });
    return el('div', { class: 'choice' }, box, el('label', { attrs: { for: id }, text: w.person(name) }));
  };
  const showPeople = () => {
    const names = delegationNames();
    fill(peopleBoxes, ...names.map((name, s) => personBox(s, name)));
  };
  showPeople();
  const people = el(
    'fieldset',
    {},
    el('legend', { text: w.whoPlays }),
    peopleBoxes,
    el('div', { class: 'muted small', text: w.whoPlaysHint }),
    peopleHint,
  );

  const distortId = uid('setup-distortion');
  const distort = el('input', {
    id: distortId,
    attrs: { type: 'checkbox', checked: form.settings.allowDistortion, 'aria-describedby': `${distortId}-hint`, 'data-setup': 'distortion' },
    on: {
      change: () => {
        form = chooseDistortion(form, distort.checked);
        update();
      },
    },
  });

  // Seed.
  const seedId = uid('setup-seed');
  const seedInput = el('input', { id: seedId, attrs: { type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', value: String(form.settings.seed), 'aria-describedby': `${seedId}-hint ${seedId}-error`, 'data-setup': 'seed' } });
  const seedError = el('p', { id: `${seedId}-error`, class: 'error small', attrs: { 'aria-live': 'polite' } });
  seedInput.addEventListener('input', () => update());

  // The code.
  const codeId = uid('setup-code');
  const code = el('output', { id: codeId, class: 'class-code', attrs: { 'aria-live': 'polite', 'data-setup': 'code', for: `${scenarioId} ${roundsId} ${seedId}` } });
  const copied = el('span', { class: 'muted small', attrs: { 'aria-live': 'polite' } });
  let current: string | null = null;
  const copy = el('button', {
    text: w.copy,
    attrs: { type: 'button', 'data-setup': 'copy', 'aria-describedby': codeId },
    on: {
      click: () => {
        if (current === null) return;
        const text = current;
        const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
        if (!clipboard?.writeText) {
          copied.textContent = w.noCopying;
          return;
        }
        clipboard.writeText(text).then(
          () => setText(copied, w.copied(text)),
          () => setText(copied, w.copyRefused),
        );
      },
    },
  });

  // The class pack: the scenario and the code in one file, for a scenario not shipped with the game.
  const packId = uid('setup-pack');
  const packNote = el('span', { id: `${packId}-note`, class: 'muted small', attrs: { 'aria-live': 'polite' } });
  const packButton = el('button', {
    id: packId,
    text: w.savePack,
    attrs: { type: 'button', 'data-setup': 'save-pack', 'aria-describedby': `${packId}-hint ${packId}-note` },
    on: {
      click: () => {
        if (current === null || !savePack) return;
        const code = current;
        void savePack(form.scenario.id, code).then((file) => setText(packNote, file === null ? w.packFailed : w.packSaved(file)));
      },
    },
  });

  const update = () => {
    const seed = parseCodeSeed(seedInput.value);
    seedInput.setAttribute('aria-invalid', seed === null ? 'true' : 'false');
    setText(seedError, seed === null ? w.badSeed(MAX_CODE_SEED) : '');
    if (seed !== null) form = chooseSeed(form, seed);
    current = seed === null ? null : encodeClassCode({ scenarioId: form.scenario.id, settings: form.settings });
    setText(code, current ?? w.noCode);
    code.classList.toggle('class-code-missing', current === null);
    copy.disabled = current === null;
    packButton.disabled = current === null;
    setText(copied, '');
    setText(packNote, '');
    setText(peopleHint, peopleLine((form.scenario.delegations ?? w.delegationsInLine).map((name) => ({ name })), form.settings.people) ?? ((form.scenario.delegations?.length ?? 2) > 2 ? w.computerPlaysAll : w.computerPlays));
  };
  update();

  const body = [
    el('p', { class: 'muted small', text: w.intro }),
    el(
      'div',
      { class: 'class-code-box' },
      el('label', { attrs: { for: codeId }, text: w.classCode }),
      code,
      el('div', { class: 'row' }, copy, copied),
      savePack ? el('div', { class: 'row' }, packButton, packNote) : null,
      savePack ? el('div', { id: `${packId}-hint`, class: 'muted small', text: w.savePackHint }) : null,
    ),
    el('div', { class: 'row' }, el('label', { attrs: { for: scenarioId }, text: w.scenario }), scenarioSelect),
    el('div', { class: 'row' }, el('label', { attrs: { for: roundsId }, text: w.rounds }), roundsSelect),
    difficulty,
    people,
    el(
      'fieldset',
      {},
      el('legend', { text: w.messages }),
      el('div', { class: 'choice' }, distort, el('div', {}, el('label', { attrs: { for: distortId }, text: w.distort }), el('div', { id: `${distortId}-hint`, class: 'muted small', text: w.distortHint }))),
    ),
    names,
    el(
      'div',
      { class: 'row seed-row' },
      el('label', { attrs: { for: seedId }, text: w.seed }),
      seedInput,
      el('button', {
        text: w.newSeed,
        attrs: { type: 'button' },
        on: {
          click: () => {
            seedInput.value = String(randomCodeSeed());
            update();
          },
        },
      }),
      el('span', { id: `${seedId}-hint`, class: 'muted small', text: w.seedHint(MAX_CODE_SEED) }),
    ),
    seedError,
    teacherKey?.node,
  ];

  const answer = await dialogs.open(
    w.title,
    body,
    [
      { id: 'cancel', label: messages().ui.common.cancel },
      { id: 'start', label: w.start, primary: true },
    ],
    'cancel',
    () => {
      update();
      if (current === null) {
        seedInput.focus();
        return false;
      }
      return (teacherKey?.commit() ?? null) === null;
    },
  );
  // The form is immutable: the settings handed on are never written again.
  if (answer === 'start') start(form.scenario.id, form.settings);
}
