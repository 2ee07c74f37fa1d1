// The teacher setup's form as data: the scenario chosen and the settings its class code will
// carry. The dialog (class-setup.ts) keeps one and replaces it on every change; each change is
// an Immer update (state a screen edits), so no control ever writes into a settings object the
// dialog has already handed on.
import { castDraft, produce } from 'immer';
import { MAX_CODE_ROUNDS } from '../../classroom/index.ts';
import type { Difficulty, Settings, SideIndex } from '../../model/index.ts';

export interface CodeScenario {
  id: string;
  title: string;
  rounds: number;
  /** The delegations' names, first side first (for "played by a person"). */
  delegations?: readonly string[];
}

export interface SetupForm {
  readonly scenario: CodeScenario;
  readonly settings: Settings;
}

/**
 * The most rounds a class code can cut this scenario to (0 means all of them). Cutting it to all
 * its rounds is not a cut: the list offered "The first 4 rounds" beside "All 4 rounds".
 */
export function mostRounds(scenario: CodeScenario): number {
  return Math.min(scenario.rounds - 1, MAX_CODE_ROUNDS);
}

export function setupForm(scenario: CodeScenario, defaults: Pick<Settings, 'names' | 'allowDistortion'>, seed: number): SetupForm {
  return { scenario, settings: { seed, names: defaults.names, allowDistortion: defaults.allowDistortion, difficulty: 'standard', rounds: 0, people: [false, false] } };
}

/** Another scenario: a number of rounds it does not have falls back to all of them. */
export function chooseScenario(form: SetupForm, scenario: CodeScenario): SetupForm {
  return produce(form, (draft) => {
    draft.scenario = castDraft(scenario);
    if (draft.settings.rounds > mostRounds(scenario)) draft.settings.rounds = 0;
  });
}

export function chooseRounds(form: SetupForm, rounds: number): SetupForm {
  return produce(form, (draft) => {
    draft.settings.rounds = Number.isInteger(rounds) && rounds >= 0 && rounds <= mostRounds(form.scenario) ? rounds : 0;
  });
}

export function chooseDifficulty(form: SetupForm, difficulty: Difficulty): SetupForm {
  return produce(form, (draft) => {
    draft.settings.difficulty = difficulty;
  });
}

export function chooseNames(form: SetupForm, names: Settings['names']): SetupForm {
  return produce(form, (draft) => {
    draft.settings.names = names;
  });
}

export function choosePerson(form: SetupForm, side: SideIndex, person: boolean): SetupForm {
  return produce(form, (draft) => {
    draft.settings.people[side] = person;
  });
}

export function chooseDistortion(form: SetupForm, allow: boolean): SetupForm {
  return produce(form, (draft) => {
    draft.settings.allowDistortion = allow;
  });
}

export function chooseSeed(form: SetupForm, seed: number): SetupForm {
  return produce(form, (draft) => {
    draft.settings.seed = seed;
  });
}
