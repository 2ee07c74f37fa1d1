// Checking a save against its own replay: every line of the branch tree must be moves the game
// allows, and everything the save records of the main line (each step's digest, the checkpoints,
// the final state hash, the outcome, the rounds) must be what the replay gives. The first
// difference is the verdict, as data: the field, and what the save records against what the
// replay gives. Screens and the command line word it (present layer) and show the replayed values.
import type { GameState, OutcomeId } from '../model/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { checkBranches } from './check-branches.ts';
import { replay, stateHash } from './replay.ts';
import type { Path, SaveProblem } from './save-problem.ts';
import { settingsOf, type SaveFile } from './save-schema.ts';

/** What the replay of the main line gives: the values screens show. */
export interface Replayed {
  outcome: OutcomeId | null;
  rounds: number;
  finalStateHash: string;
  state: GameState;
}

export type { SaveProblem } from './save-problem.ts';

export type SaveCheck = { ok: true; replayed: Replayed } | { ok: false; problem: SaveProblem };

/** The rounds a game has played, as the class comparison and the save count them. */
export function roundsPlayed(scenario: Scenario, state: GameState): number {
  return Math.min(scenario.rounds.length, (state.outcome?.round ?? state.round) + 1);
}

const DIGEST = 6;

/** The round (1-based) the game was in when event i was applied. */
function roundAt(scenario: Scenario, save: SaveFile, events: SaveFile['events'], i: number): number {
  return replay(scenario, settingsOf(save), events, { upTo: i, checkpoints: false }).snapshot.context.round + 1;
}

function checkMain(save: SaveFile, scenario: Scenario): SaveCheck {
  const result = replay(scenario, settingsOf(save), save.events, { trail: true });
  const state = result.snapshot.context;
  const replayed: Replayed = { outcome: state.outcome?.id ?? null, rounds: roundsPlayed(scenario, state), finalStateHash: stateHash(state), state };
  const differs = (path: Path, recorded: string | number | null, actual: string | number | null): SaveCheck => ({ ok: false, problem: { kind: 'differs', path, recorded, replayed: actual } });
  // The first event whose digest differs from the recorded one is where the line was left.
  // (Past the end of a short trail, the length is what is wrong: said below.)
  for (let i = 0; i < result.trail.length && (i + 1) * DIGEST <= save.trail.length; i++) {
    if (save.trail.slice(i * DIGEST, (i + 1) * DIGEST) !== result.trail[i]) {
      return { ok: false, problem: { kind: 'diverged', path: ['events', i], event: i + 1, type: save.events[i]!.type, round: roundAt(scenario, save, save.events, i) } };
    }
  }
  if (result.refusedAt !== null) {
    const i = result.refusedAt;
    return { ok: false, problem: { kind: 'refused', path: ['events', i], event: i + 1, type: save.events[i]!.type, round: state.round + 1, line: 'main' } };
  }
  if (save.trail.length !== result.trail.length * DIGEST) return differs(['trail'], Math.floor(save.trail.length / DIGEST), result.trail.length);
  // Checkpoints: all of them, none removed or added, each where and what the replay makes it.
  if (save.checkpoints.length !== result.checkpoints.length) return differs(['checkpoints'], save.checkpoints.length, result.checkpoints.length);
  for (let i = 0; i < result.checkpoints.length; i++) {
    const recorded = save.checkpoints[i]!;
    const actual = result.checkpoints[i]!;
    for (const field of ['event', 'round', 'hash'] as const) {
      if (recorded[field] !== actual[field]) return differs(['checkpoints', i, field], recorded[field], actual[field]);
    }
  }
  if (save.finalStateHash !== replayed.finalStateHash) return differs(['finalStateHash'], save.finalStateHash, replayed.finalStateHash);
  if (save.outcome !== replayed.outcome) return differs(['outcome'], save.outcome, replayed.outcome);
  if (save.rounds !== undefined && save.rounds !== replayed.rounds) return differs(['rounds'], save.rounds, replayed.rounds);
  return { ok: true, replayed };
}

/** The verdict on a save read with parseSave, against the scenario it names (as found by id and hash). */
export function checkSave(save: SaveFile, scenario: Scenario, scenarioHash: string): SaveCheck {
  if (save.scenario.id !== scenario.id) return { ok: false, problem: { kind: 'scenario', path: ['scenario', 'id'], id: save.scenario.id, recorded: save.scenario.id, available: scenario.id } };
  if (save.scenario.hash !== scenarioHash) return { ok: false, problem: { kind: 'scenario', path: ['scenario', 'hash'], id: save.scenario.id, recorded: save.scenario.hash, available: scenarioHash } };
  const main = checkMain(save, scenario);
  if (!main.ok) return main;
  const branch = checkBranches(save, scenario);
  return branch ? { ok: false, problem: branch } : main;
}
