// Seeds a class can share: a whole number from 0 to 2147483647. A new one comes from the
// browser's generator (the shell's job; the game itself only ever uses the seed it is given).

export const MAX_SEED = 2147483647;

export function randomSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0]! >>> 1;
}

export function parseSeed(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,10}$/.test(t)) return null;
  const n = Number(t);
  return n <= MAX_SEED ? n : null;
}
