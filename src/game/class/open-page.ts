// The teacher opens a class: scenario, how many games, days, which delegations students play, the
// grace for dropped devices and what happens when a team stays away. The teacher's token comes
// back once and stays in this tab (sessionStorage), never in the address or a student's device.
import { MAX_GAMES, MAX_GRACE_SECONDS, MAX_PACK_BYTES, type OpenClass } from '../../net/index.ts';
import { decodeFile, loadScenarioText } from '../../scenario/index.ts';
import { netWords } from '../../present/index.ts';
import { el, fill, uid } from '../dom/el.ts';
import { classApi } from './api.ts';
import type { ClassScenarioChoice } from './scenario.ts';

export interface TeacherSession {
  classId: string;
  code: string;
  token: string;
}

const KEY = 'shuttle-class-teacher';

export function readTeacherSession(store: Storage | null): TeacherSession | null {
  try {
    const raw = store?.getItem(KEY);
    const v = raw ? (JSON.parse(raw) as TeacherSession) : null;
    return v && typeof v.classId === 'string' && typeof v.token === 'string' && typeof v.code === 'string' ? v : null;
  } catch {
    return null;
  }
}

export function keepTeacherSession(store: Storage | null, s: TeacherSession): void {
  try {
    store?.setItem(KEY, JSON.stringify(s));
  } catch {
    // A tab that keeps nothing still runs this class; a reload loses the dashboard.
  }
}

function field(label: string, input: HTMLElement): HTMLElement {
  const id = uid('class-field');
  input.id = id;
  return el('div', { class: 'class-field' }, el('label', { attrs: { for: id }, text: label }), input);
}

export function mountOpenPage(root: HTMLElement, scenarios: ClassScenarioChoice[], opened: (s: TeacherSession) => void, toJoin: () => void): void {
  const w = netWords().open;
  const scenario = el('select', { attrs: { 'data-field': 'scenario' } }, ...scenarios.map((s) => el('option', { text: s.title, attrs: { value: s.id } })));
  const games = el('input', { attrs: { type: 'number', min: 1, max: MAX_GAMES, value: 2, 'data-field': 'games', inputmode: 'numeric' } });
  const rounds = el('input', { attrs: { type: 'number', min: 0, max: 40, value: 0, 'data-field': 'rounds', inputmode: 'numeric' } });
  const grace = el('input', { attrs: { type: 'number', min: 0, max: MAX_GRACE_SECONDS, value: 60, 'data-field': 'grace', inputmode: 'numeric' } });
  // A box per delegation of the scenario chosen (each ticked until the teacher unticks it).
  const peopleSet = el('fieldset', {});
  let peopleBoxes: HTMLInputElement[] = [];
  const showPeople = () => {
    const choice = scenarios.find((s) => s.id === scenario.value);
    const count = choice?.delegations ?? 2;
    const was = peopleBoxes.map((b) => b.checked);
    peopleBoxes = Array.from({ length: count }, (_, i) => el('input', { attrs: { type: 'checkbox', checked: was[i] ?? true, 'data-field': `people${i}` } }));
    fill(peopleSet, el('legend', { text: w.people }), ...peopleBoxes.map((box, i) => el('label', {}, box, ` ${choice?.names?.[i] ?? i + 1}`)));
  };
  showPeople();
  scenario.addEventListener('change', showPeople);
  const absent = el('select', { attrs: { 'data-field': 'absent' } }, el('option', { text: w.absentWait, attrs: { value: 'wait' } }), el('option', { text: w.absentAi, attrs: { value: 'ai' } }));
  const error = el('p', { class: 'error', attrs: { role: 'alert' } });
  // A teacher's own file (a class pack over the server): read as untrusted, offered in the list.
  const file = el('input', { attrs: { type: 'file', accept: '.yaml,.yml,.json', hidden: true, 'data-field': 'scenario-file' } }) as HTMLInputElement;
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    const refuse = (why: string, more = 0) => void (error.textContent = w.fileRefused(chosen.name, why, more));
    if (chosen.size > MAX_PACK_BYTES) return refuse(w.fileTooLarge(Math.ceil(chosen.size / 1024), MAX_PACK_BYTES / 1024));
    void chosen.arrayBuffer().then((buffer) => {
      const decoded = decodeFile(new Uint8Array(buffer));
      if (!decoded.ok) return refuse(decoded.problem.message);
      const text = decoded.text;
      const loaded = loadScenarioText(text, chosen.name);
      if (!loaded.ok) return refuse(loaded.errors[0] ?? '', loaded.errors.length - 1);
      error.textContent = '';
      const id = loaded.scenario.id;
      const kept = scenarios.find((s) => s.id === id);
      if (kept) kept.text = text;
      else scenarios.push({ id, title: loaded.scenario.title, text });
      const chosenScenario = scenarios.find((s) => s.id === id)!;
      chosenScenario.delegations = loaded.scenario.delegations.length;
      chosenScenario.names = loaded.scenario.delegations.map((d) => d.name);
      const option = [...scenario.options].find((o) => o.value === id) ?? scenario.appendChild(el('option', { attrs: { value: id } }) as HTMLOptionElement);
      option.textContent = w.fileOpened(loaded.scenario.title);
      scenario.value = id;
      showPeople();
    }, () => refuse(w.fileUnread));
  });
  const openFile = el('button', { text: w.openFile, attrs: { type: 'button', 'data-action': 'class-scenario-file' }, on: { click: () => file.click() } });
  const submit = el('button', { class: 'primary', text: w.submit, attrs: { type: 'submit', 'data-action': 'open-class' } }) as HTMLButtonElement;
  const form = el(
    'form',
    { class: 'class-form', attrs: { novalidate: true } },
    field(w.scenario, scenario),
    el('p', { class: 'muted small' }, openFile, file, ' ', w.fileNote),
    field(w.games, games),
    field(w.rounds, rounds),
    peopleSet,
    field(w.grace, grace),
    field(w.absent, absent),
    error,
    submit,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    // One class per press, however long a file takes to send.
    if (submit.disabled) return;
    submit.disabled = true;
    const text = scenarios.find((s) => s.id === scenario.value)?.text;
    const setup: Partial<OpenClass> = {
      scenario: scenario.value,
      // A file opened on this device goes with the class, so students' copies need not have it.
      ...(text === undefined ? {} : { scenarioText: text }),
      games: Number(games.value),
      rounds: Number(rounds.value),
      graceSeconds: Number(grace.value),
      people: peopleBoxes.map((b) => b.checked),
      absent: absent.value === 'ai' ? 'ai' : 'wait',
    };
    void classApi.open(setup).then((r) => {
      submit.disabled = false;
      if (r.ok) opened({ classId: r.value.classId, code: r.value.code, token: r.value.teacherToken });
      else error.textContent = r.status === 0 ? netWords().noServer : netWords().failed(r.error);
    });
  });
  fill(
    root,
    el('h1', { text: w.heading }),
    el('p', { class: 'muted', text: w.intro }),
    form,
    el('p', {}, el('button', { text: w.teacherJoin, attrs: { type: 'button' }, on: { click: toJoin } })),
  );
}
