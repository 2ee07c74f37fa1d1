// Save files: the event log and what is needed to replay it, never the state itself. A save
// records what its replay gives (each step's digest, a checkpoint per round, the final state
// hash, the outcome, the rounds), so a reader can say where a tampered or foreign save leaves
// its own line; and it names the rules it was played under, since the same events under other
// rules make another game (a save from other rules is refused by name, never replayed).
import type { GameEvent } from '../machine/index.ts';
import { RULES_VERSION, type Settings } from '../model/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { replay, stateHash } from './replay.ts';
import { roundsPlayed } from './save-check.ts';
import { SAVE_FORMAT, SAVE_VERSION, type Branch, type SaveFile } from './save-schema.ts';

export { MAX_PLAYER_NAME, SAVE_FORMAT, SAVE_VERSION, SaveSchema, settingsOf, type Branch, type Hint, type SaveFile } from './save-schema.ts';
export { parseSave, type OtherRules, type ParsedSave } from './save-read.ts';
export { checkSave, roundsPlayed, type Replayed, type SaveCheck, type SaveProblem } from './save-check.ts';
export { openSave, openSaveAsync, type FoundScenario, type SaveRefusal, type SaveVerdict } from './save-open.ts';

export interface SaveOptions {
  /** The player's or team's name, when they gave one. */
  player?: string;
}

export function createSave(scenario: Scenario, scenarioHash: string, settings: Settings, events: readonly GameEvent[], branches: Branch[] = [], options: SaveOptions = {}): SaveFile {
  const result = replay(scenario, settings, events, { trail: true });
  const final = result.snapshot.context;
  const { seed, ...rest } = settings;
  const player = options.player?.trim();
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    rules: RULES_VERSION,
    scenario: { id: scenario.id, hash: scenarioHash },
    settings: rest,
    seed,
    events: [...events],
    checkpoints: result.checkpoints,
    trail: result.trail.join(''),
    finalStateHash: stateHash(final),
    outcome: final.outcome?.id ?? null,
    rounds: roundsPlayed(scenario, final),
    branches,
    ...(player ? { player } : {}),
  };
}
