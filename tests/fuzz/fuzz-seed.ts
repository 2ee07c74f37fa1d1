// The base seed of a fuzz run: FUZZ_SEED when set (to explore, or to repeat a failure's run),
// else a fixed one, so CI reads the same files every time and a failure there is no accident.
export const DEFAULT_FUZZ_SEED = 20_260_228;

export function fuzzSeed(): number {
  const given = process.env.FUZZ_SEED;
  if (given === undefined || given === '') return DEFAULT_FUZZ_SEED;
  const n = Number(given);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`FUZZ_SEED must be a whole number from 0 (got "${given}")`);
  return n;
}
