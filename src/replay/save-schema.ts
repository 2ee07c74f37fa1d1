// The save file's format: its zod schema and the versions it has had.
//   format 1: the event log, checkpoints and hashes (rules 1).
//   format 2: the settings gained the difficulty, the number of rounds and who plays each
//             delegation (rules 1).
//   format 3: `rules`, the version of the rules the game was played under (save.ts refuses
//             any other, since its events would replay into a different game). Later, an
//             optional `hints` (the advisor's suggestions the player asked for): additive, so
//             the format's number stays and a save without it reads as before.
// Formats 1 and 2 name no rules: every such save was made under rules 1 (UNRECORDED_RULES).
import { z } from 'zod';
import { GameEventSchema } from '../machine/index.ts';
import { Id } from '../scenario/index.ts';
import { DIFFICULTIES, OUTCOME_IDS, RULES_VERSION, type Difficulty, type OutcomeId, type Settings } from '../model/index.ts';

export const SAVE_FORMAT = 'shuttle-diplomacy-save';
export const SAVE_VERSION = 3;
/** The first format that records the rules version. */
export const RULES_RECORDED_FROM = 3;
const MAX_EVENTS = 5000;

const Hash = z.string().regex(/^[0-9a-f]{16}$/, { error: 'must be a 16-digit hex hash' });
const Count = z.number().int().min(0);

export const SaveSettingsSchema = z.strictObject({
  names: z.enum(['names', 'titles']),
  allowDistortion: z.boolean(),
  difficulty: z.enum(DIFFICULTIES as [Difficulty, ...Difficulty[]]),
  rounds: z.number().int().min(0).max(40),
  /** Which delegations people played (their answers are in the events). */
  people: z.tuple([z.boolean(), z.boolean()]),
});

export const CheckpointSchema = z.strictObject({ event: Count, round: Count, hash: Hash });

export const BranchSchema = z.strictObject({
  id: Id,
  name: z.string().min(1).max(80),
  /** The line it leaves: 'main' or another branch's id. */
  parent: z.string().min(1).max(40),
  /** Number of the parent's events it keeps before its own. */
  at: Count,
  events: z.array(GameEventSchema).max(MAX_EVENTS),
});

/** A hint the player asked for: on which line, after how many of its events, and the move suggested. */
export const HintSchema = z.strictObject({
  /** 'main' or a branch id. */
  line: z.string().min(1).max(40),
  /** The line's events played when it was asked: the player's next move is events[step]. */
  step: Count,
  event: GameEventSchema,
});

export const SaveSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT, { error: `must be "${SAVE_FORMAT}"` }),
  version: z.literal(SAVE_VERSION, { error: `must be ${SAVE_VERSION}` }),
  /** The rules the game was played under; only this game's own are read (save.ts says why). */
  rules: z.literal(RULES_VERSION, { error: 'must be the version of the rules, a whole number from 1' }),
  scenario: z.strictObject({ id: Id, hash: Hash }),
  settings: SaveSettingsSchema,
  seed: z.number().int({ error: 'must be a whole number' }),
  events: z.array(GameEventSchema).max(MAX_EVENTS, { error: `must hold at most ${MAX_EVENTS} events` }),
  checkpoints: z.array(CheckpointSchema).max(500),
  /** stepDigest after each event, six hex digits each, concatenated. */
  trail: z.string().regex(/^[0-9a-f]*$/, { error: 'must be hex digits' }).max(MAX_EVENTS * 6),
  finalStateHash: Hash,
  outcome: z.enum(OUTCOME_IDS as [OutcomeId, ...OutcomeId[]]).nullable(),
  branches: z.array(BranchSchema).max(200).default([]),
  /** The advisor's hints asked in this game (left out when none were, and by older saves). */
  hints: z.array(HintSchema).max(MAX_EVENTS, { error: `must hold at most ${MAX_EVENTS} hints` }).optional(),
});

export type SaveFile = z.output<typeof SaveSchema>;

export type Branch = SaveFile['branches'][number];

export type Hint = z.output<typeof HintSchema>;

export function settingsOf(save: Pick<SaveFile, 'settings' | 'seed'>): Settings {
  return { ...save.settings, seed: save.seed };
}

