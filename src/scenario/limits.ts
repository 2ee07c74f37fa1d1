// The limits every file from outside meets before it is read (scenario or save).
import type { Problem } from './path.ts';

export const MAX_FILE_BYTES = 2_000_000;
export const MAX_DEPTH = 40;
export const MAX_NODES = 200_000;
/** At most this many aliases in a YAML file (a "billion laughs" file needs many). */
export const MAX_ALIASES = 100;
/** Keys that could reach an object's prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type GuardProblem = Problem;
