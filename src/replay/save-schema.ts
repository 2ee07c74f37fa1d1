// The save file's format: its zod schema and the versions it has had.
//   format 1: the event log, checkpoints and hashes (rules 1).
//   format 2: the settings gained the difficulty, the number of rounds and who plays each
//             delegation (rules 1).
//   format 3: `rules`, the version of the rules the game was played under (save.ts refuses
//             any other, since its events would replay into a different game). Later, an
//             optional `hints` (the advisor's suggestions the player asked for): additive, so
//             the format's number stays and a save without it reads as before.
//   format 4: `rounds`, the rounds played (checked against the replay like the outcome), and
//             an optional `player`: the player's or team's name, which a class comparison shows.
// Formats 1 and 2 name no rules: every such save was made under rules 1 (UNRECORDED_RULES).
// Format 3 is read as it is (it has no `rounds` to check, and no player).
import { z } from 'zod';
import { hasControl } from '../lib/index.ts';
import { GameEventSchema } from '../machine/index.ts';
import { Id } from '../scenario/index.ts';
import { DIFFICULTIES, OUTCOME_IDS, RULES_VERSION, type Difficulty, type OutcomeId, type Settings } from '../model/index.ts';

export const SAVE_FORMAT = 'shuttle-diplomacy-save';
export const SAVE_VERSION = 4;
/** The formats this game reads. */
export const SAVE_VERSIONS = [3, 4] as const;
/** The first format that records the rules version. */
export const RULES_RECORDED_FROM = 3;
const MAX_EVENTS = 5000;

const Hash = z.string().regex(/^[0-9a-f]{16}$/, { error: 'must be a 16-digit hex hash' });
const Count = z.number().int().min(0);

/** A name a person gave (a branch, a player or team): one line of text, no control characters. */
const Label = (max: number) =>
  z
    .string({ error: 'must be text' })
    .min(1, { error: 'must not be empty', abort: true })
    .max(max, { error: `is too long (at most ${max} characters)` })
    .refine((s) => s.trim().length > 0, { error: 'must not be only spaces', abort: true })
    .refine((s) => !hasControl(s), { error: 'must not hold control characters or line breaks' });

export const MAX_PLAYER_NAME = 60;

export const SaveSettingsSchema = z.strictObject({
  names: z.enum(['names', 'titles']),
  allowDistortion: z.boolean(),
  difficulty: z.enum(DIFFICULTIES as [Difficulty, ...Difficulty[]]),
  rounds: z.number().int().min(0).max(40),
  /** Which delegations people played (their answers are in the events). */
  people: z.array(z.boolean()).min(2).max(4),
});

export const CheckpointSchema = z.strictObject({ event: Count, round: Count, hash: Hash });

export const BranchSchema = z.strictObject({
  id: Id,
  name: Label(80),
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
  version: z.literal(SAVE_VERSIONS, { error: `must be ${SAVE_VERSIONS.join(' or ')}` }),
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
  // Format 4 on; optional in the schema so format 3 reads (save-read.ts requires it in format 4).
  /** The rounds played on the main line, as the replay counts them. */
  rounds: z.number().int().min(1).max(40).optional(),
  /** Who played: a player's or a team's name (shown in a class comparison). */
  player: Label(MAX_PLAYER_NAME).optional(),
});

export type SaveFile = z.output<typeof SaveSchema>;

export type Branch = SaveFile['branches'][number];

export type Hint = z.output<typeof HintSchema>;

export function settingsOf(save: Pick<SaveFile, 'settings' | 'seed'>): Settings {
  return { ...save.settings, seed: save.seed };
}

