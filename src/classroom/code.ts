// Class codes: a teacher's setup (scenario, rounds, difficulty, who plays each delegation,
// whether messages may be distorted, names or titles, and the seed) as a short code students
// type. 40 bits in Crockford's base 32 (no I, L, O, U: nothing to misread) plus a Luhn mod 32
// check character, so a mistyped code is refused instead of starting a different game. A code in
// which a person plays a third or fourth delegation has two more characters in front: those two
// ticks (1 to 3) and a fixed mark, so one character typed too many or too few in either kind of
// code is refused by its length, as before.
// The check also covers the rules version (as a character before the body that is never
// written), so a code made under other rules is refused by name: its seed would start another
// game. Codes made before the rules were recorded are rules 1, whose character adds nothing.
import { hashString } from '../lib/index.ts';
import { DIFFICULTIES, RULES_VERSION, type Difficulty, type Settings } from '../model/index.ts';
import type { OtherRules } from '../replay/index.ts';
import { classroomWords } from '../present/index.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY = 8;
/** A code for a game in which people play a third or fourth delegation: two more characters. */
const LONG_BODY = BODY + 2;
/** The second character of a long code. */
const LONG_MARK = 'P';
export const MAX_CODE_SEED = 2 ** 20 - 1;
export const MAX_CODE_ROUNDS = 15;

export interface ClassSetup {
  scenarioId: string;
  /** The game's settings, including which delegations people play. */
  settings: Settings;
}

/** `rules`: the code fits the check of other rules than this game's (or, rarely, it has a typo). */
export type DecodeResult = ({ ok: true } & ClassSetup) | { ok: false; error: string; rules?: OtherRules };

/** Other rules a typed code is checked against before it is called a typo: the older ones and the next. */
function otherRules(): number[] {
  return Array.from({ length: RULES_VERSION + 1 }, (_, i) => i + 1).filter((r) => r !== RULES_VERSION);
}

/** Ten bits that name a scenario by its id. */
export function scenarioTag(id: string): number {
  return Number.parseInt(hashString(id).slice(0, 8), 16) & 0x3ff;
}

function checkChar(body: string, rules: number): string {
  // Luhn mod N over the alphabet: catches every single wrong character and most swaps. The
  // rules lead as an unwritten character; rules 1 is '0', which adds nothing (older codes).
  const checked = ALPHABET[(rules - 1) % ALPHABET.length]! + body;
  let sum = 0;
  let double = true;
  for (let i = checked.length - 1; i >= 0; i--) {
    let v = ALPHABET.indexOf(checked[i]!);
    if (double) {
      v *= 2;
      v = Math.floor(v / 32) + (v % 32);
    }
    sum += v;
    double = !double;
  }
  return ALPHABET[(32 - (sum % 32)) % 32]!;
}

/** `rules`: this game's, except in tests that make a code of other rules. */
export function encodeClassCode(setup: ClassSetup, rules: number = RULES_VERSION): string {
  const { settings } = setup;
  if (settings.seed < 0 || settings.seed > MAX_CODE_SEED || !Number.isInteger(settings.seed)) throw new RangeError(`a class code holds seeds from 0 to ${MAX_CODE_SEED}`);
  if (settings.rounds < 0 || settings.rounds > MAX_CODE_ROUNDS) throw new RangeError(`a class code holds 0 to ${MAX_CODE_ROUNDS} rounds`);
  // Bits, high to low: scenario 10, rounds 4, difficulty 2, people 2, distortion 1, titles 1, seed 20.
  let n = BigInt(scenarioTag(setup.scenarioId));
  n = (n << 4n) | BigInt(settings.rounds);
  n = (n << 2n) | BigInt(DIFFICULTIES.indexOf(settings.difficulty));
  n = (n << 2n) | BigInt((settings.people[0] ? 1 : 0) | (settings.people[1] ? 2 : 0));
  n = (n << 1n) | (settings.allowDistortion ? 1n : 0n);
  n = (n << 1n) | (settings.names === 'titles' ? 1n : 0n);
  n = (n << 20n) | BigInt(settings.seed);
  let body = '';
  for (let i = 0; i < BODY; i++) {
    body = ALPHABET[Number(n & 31n)]! + body;
    n >>= 5n;
  }
  const beyond = (settings.people[2] ? 1 : 0) | (settings.people[3] ? 2 : 0);
  const check = checkChar(beyond === 0 ? body : ALPHABET[beyond]! + LONG_MARK + body, rules);
  return beyond === 0 ? `${body.slice(0, 4)}-${body.slice(4)}-${check}` : `${ALPHABET[beyond]!}${LONG_MARK}-${body.slice(0, 4)}-${body.slice(4)}-${check}`;
}

/** Who plays each delegation, from the code's ticks: two entries, more only up to the last person beyond the second (an entry left out is the computer). */
function peopleOf(first: number, beyond: number): boolean[] {
  const people = [(first & 1) === 1, (first & 2) === 2, (beyond & 1) === 1, (beyond & 2) === 2];
  let length = 4;
  while (length > 2 && !people[length - 1]) length--;
  return people.slice(0, length);
}

/** Reads a code as typed: case, spaces and hyphens do not matter; I and L read as 1, O as 0. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

export function decodeClassCode(typed: string, scenarioIds: readonly string[]): DecodeResult {
  const w = classroomWords().compareClass.code;
  const code = normaliseCode(typed);
  if (code.length !== BODY + 1 && code.length !== LONG_BODY + 1) return { ok: false, error: w.length({ expected: BODY + 1, got: code.length }) };
  const bad = [...code].find((ch) => !ALPHABET.includes(ch));
  if (bad !== undefined) return { ok: false, error: w.badCharacter(bad) };
  const body = code.slice(0, -1);
  const check = code.at(-1)!;
  if (checkChar(body, RULES_VERSION) !== check) {
    const made = otherRules().find((r) => checkChar(body, r) === check);
    if (made === undefined) return { ok: false, error: w.typo };
    const rules = { made, plays: RULES_VERSION };
    return { ok: false, error: w.otherRules(rules), rules };
  }
  // A long code's first character: the ticks of a third and fourth delegation (1 to 3); its second, the mark.
  const beyond = body.length === LONG_BODY ? ALPHABET.indexOf(body[0]!) : 0;
  if (body.length === LONG_BODY && (beyond < 1 || beyond > 3 || body[1] !== LONG_MARK)) return { ok: false, error: w.notOurs };
  let n = 0n;
  for (const ch of body.slice(-BODY)) n = (n << 5n) | BigInt(ALPHABET.indexOf(ch));
  const take = (bits: bigint) => {
    const v = Number(n & ((1n << bits) - 1n));
    n >>= bits;
    return v;
  };
  const seed = take(20n);
  const titles = take(1n) === 1;
  const allowDistortion = take(1n) === 1;
  const people = take(2n);
  const difficulty = DIFFICULTIES[take(2n)] as Difficulty | undefined;
  const rounds = take(4n);
  const tag = take(10n);
  if (!difficulty) return { ok: false, error: w.notOurs };
  const matches = scenarioIds.filter((id) => scenarioTag(id) === tag);
  if (matches.length === 0) return { ok: false, error: w.noScenario };
  if (matches.length > 1) return { ok: false, error: w.ambiguous(matches) };
  return {
    ok: true,
    scenarioId: matches[0]!,
    settings: { seed, names: titles ? 'titles' : 'names', allowDistortion, difficulty, rounds, people: peopleOf(people, beyond) },
  };
}
