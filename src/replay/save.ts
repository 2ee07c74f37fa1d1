// Save files: the event log and what is needed to replay it, never the state itself.
// Checkpoint hashes (one per round) let a replay say where a tampered or foreign save diverges.
// A save names the rules it was played under: the same events under other rules make another
// game, so a save from other rules is refused by name, never replayed.
import type { z } from 'zod';
import type { GameEvent } from '../machine/index.ts';
import { formatProblem, parseUntrusted, type Scenario } from '../scenario/index.ts';
import { RULES_VERSION, UNRECORDED_RULES, type OutcomeId, type Settings } from '../model/index.ts';
import { treeProblems } from './branches.ts';
import { replay, stateHash, type Checkpoint } from './replay.ts';
import { RULES_RECORDED_FROM, SAVE_FORMAT, SAVE_VERSION, SaveSchema, settingsOf, type Branch, type SaveFile } from './save-schema.ts';

export { SAVE_FORMAT, SAVE_VERSION, SaveSchema, settingsOf, type Branch, type Hint, type SaveFile } from './save-schema.ts';

export function createSave(scenario: Scenario, scenarioHash: string, settings: Settings, events: readonly GameEvent[], branches: Branch[] = []): SaveFile {
  const result = replay(scenario, settings, events, { trail: true });
  const final = result.snapshot.context;
  const { seed, ...rest } = settings;
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
    branches,
  };
}

/** The rules a save was made under and the ones this game plays, when they differ. */
export interface OtherRules {
  made: number;
  plays: number;
}

/**
 * A save read back: the save, or why not. `invalid`: one line per problem, `path: what is wrong`.
 * `rules`: a well-labelled save from other rules; the words are the catalogue's (present layer).
 */
export type ParsedSave = { ok: true; save: SaveFile } | { ok: false; kind: 'invalid'; errors: string[] } | { ok: false; kind: 'rules'; rules: OtherRules };

const MAX_RULES = 999;

/** The rules a save says it was made under, or null when it says nothing readable (the schema then says what is wrong). */
function rulesOf(value: { version?: unknown; rules?: unknown }): number | null {
  const { version, rules } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1 && version < RULES_RECORDED_FROM) return UNRECORDED_RULES;
  return typeof rules === 'number' && Number.isInteger(rules) && rules >= 1 && rules <= MAX_RULES ? rules : null;
}

export function parseSave(text: string): ParsedSave {
  const invalid = (errors: string[]): ParsedSave => ({ ok: false, kind: 'invalid', errors });
  const parsed = parseUntrusted(text, 'json');
  if (!parsed.ok) return invalid(parsed.problems.map(formatProblem));
  const value = parsed.value as { format?: unknown; version?: unknown; rules?: unknown } | null;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return invalid(['(file): not a save file (expected a JSON object)']);
  if (value.format !== SAVE_FORMAT) return invalid([`format: not a Shuttle Diplomacy save (expected "${SAVE_FORMAT}")`]);
  // The rules first: a save from other rules is refused by name, however its format has changed.
  const rules = rulesOf(value);
  if (rules !== null && rules !== RULES_VERSION) return { ok: false, kind: 'rules', rules: { made: rules, plays: RULES_VERSION } };
  const version = value.version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return invalid([`version: made by a newer version of the game (save format ${version}; this game reads ${SAVE_VERSION})`]);
  }
  const result = SaveSchema.safeParse(value);
  if (!result.success) return invalid(problemsOf(result.error));
  const tree = treeProblems(result.data);
  if (tree.length) return invalid(tree);
  return { ok: true, save: result.data };
}

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((i) => formatProblem({ path: i.path, message: i.message }));
}

/** Why a save failed its replay, as data (present/words/saves.ts words it). */
export type SaveProblem =
  | { kind: 'otherScenario'; saved: string; here: string }
  | { kind: 'otherVersion'; scenario: string; saved: string; here: string }
  /** The replayed state left the recorded trail at this event. */
  | { kind: 'diverged'; event: number; type: string; round: number }
  | { kind: 'refused'; event: number; type: string }
  | { kind: 'trail'; steps: number; events: number }
  | { kind: 'checkpoint'; event: number; round: number }
  | { kind: 'final'; hash: string; saved: string };

export interface Verification {
  ok: boolean;
  finalStateHash: string;
  outcome: OutcomeId | null;
  /** Why it failed: where the replay left the recorded line. */
  problem?: SaveProblem;
  divergedAt?: { event: number; round: number };
}

/** Replays the save and compares every recorded hash; the first mismatch is reported. */
export function verifySave(save: SaveFile, scenario: Scenario, scenarioHash: string): Verification {
  if (save.scenario.id !== scenario.id) {
    return { ok: false, finalStateHash: '', outcome: null, problem: { kind: 'otherScenario', saved: save.scenario.id, here: scenario.id } };
  }
  if (save.scenario.hash !== scenarioHash) {
    return { ok: false, finalStateHash: '', outcome: null, problem: { kind: 'otherVersion', scenario: scenario.id, saved: save.scenario.hash, here: scenarioHash } };
  }
  const result = replay(scenario, settingsOf(save), save.events, { trail: true });
  const final = result.snapshot.context;
  const base = { finalStateHash: stateHash(final), outcome: final.outcome?.id ?? null };
  // The first event whose digest differs from the recorded one is where the line was left.
  const recorded = save.trail;
  for (let i = 0; i < result.trail.length; i++) {
    if (recorded.slice(i * 6, i * 6 + 6) !== result.trail[i]) {
      const e = save.events[i]!;
      const round = roundAfter(scenario, save, i);
      return { ...base, ok: false, problem: { kind: 'diverged', event: i + 1, type: e.type, round }, divergedAt: { event: i + 1, round } };
    }
  }
  if (result.refusedAt !== null) {
    const e = save.events[result.refusedAt]!;
    return { ...base, ok: false, problem: { kind: 'refused', event: result.refusedAt + 1, type: e.type }, divergedAt: { event: result.refusedAt + 1, round: result.snapshot.context.round + 1 } };
  }
  if (recorded.length !== result.trail.length * 6) {
    return { ...base, ok: false, problem: { kind: 'trail', steps: recorded.length / 6, events: result.trail.length } };
  }
  const firstBad = firstMismatch(save.checkpoints, result.checkpoints);
  if (firstBad) {
    return { ...base, ok: false, problem: { kind: 'checkpoint', event: firstBad.event, round: firstBad.round + 1 }, divergedAt: { event: firstBad.event, round: firstBad.round + 1 } };
  }
  if (base.finalStateHash !== save.finalStateHash) {
    return { ...base, ok: false, problem: { kind: 'final', hash: base.finalStateHash, saved: save.finalStateHash }, divergedAt: { event: save.events.length, round: final.round + 1 } };
  }
  return { ...base, ok: true };
}

/** The round (1-based) the game was in when event i was applied. */
function roundAfter(scenario: Scenario, save: SaveFile, i: number): number {
  return replay(scenario, settingsOf(save), save.events, { upTo: i }).snapshot.context.round + 1;
}

function firstMismatch(recorded: readonly Checkpoint[], actual: readonly Checkpoint[]): Checkpoint | null {
  for (let i = 0; i < recorded.length; i++) {
    const r = recorded[i]!;
    const a = actual[i];
    if (!a || a.event !== r.event || a.hash !== r.hash) return r;
  }
  return null;
}
