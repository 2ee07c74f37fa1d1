// Class codes: a round trip for every setup, and a typo is never a different game.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeClassCode, encodeClassCode, normaliseCode, MAX_CODE_SEED, type ClassSetup } from '../../src/classroom/code.ts';
import { DIFFICULTIES } from '../../src/model/types.ts';
import { RULES_VERSION } from '../../src/model/version.ts';

const IDS = ['muscat-2026', 'camp-david-1978'];
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const setupArb: fc.Arbitrary<ClassSetup> = fc.record({
  scenarioId: fc.constantFrom(...IDS),
  settings: fc.record({
    people: fc.tuple(fc.boolean(), fc.boolean()),
    seed: fc.integer({ min: 0, max: MAX_CODE_SEED }),
    names: fc.constantFrom('names' as const, 'titles' as const),
    allowDistortion: fc.boolean(),
    difficulty: fc.constantFrom(...DIFFICULTIES),
    rounds: fc.integer({ min: 0, max: 15 }),
  }),
});

describe('class codes', () => {
  it('round-trip every setup, in about 8 characters plus a check character', () => {
    fc.assert(
      fc.property(setupArb, (setup) => {
        const code = encodeClassCode(setup);
        expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
        expect(decodeClassCode(code, IDS)).toEqual({ ok: true, ...setup });
        // Typed loosely: lower case, no hyphens, spaces.
        expect(decodeClassCode(` ${code.toLowerCase().replace(/-/g, ' ')} `, IDS)).toEqual({ ok: true, ...setup });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses every single wrong character, never giving a different game', () => {
    fc.assert(
      fc.property(setupArb, (setup) => {
        const code = normaliseCode(encodeClassCode(setup));
        for (let i = 0; i < code.length; i++) {
          for (const ch of ALPHABET) {
            if (ch === code[i]) continue;
            const typo = code.slice(0, i) + ch + code.slice(i + 1);
            expect(decodeClassCode(typo, IDS).ok, typo).toBe(false);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('refuses almost every swap of two neighbouring characters', () => {
    let swaps = 0;
    let caught = 0;
    fc.assert(
      fc.property(setupArb, (setup) => {
        const code = normaliseCode(encodeClassCode(setup));
        for (let i = 0; i + 1 < code.length; i++) {
          if (code[i] === code[i + 1]) continue;
          const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          swaps++;
          if (!decodeClassCode(swapped, IDS).ok) caught++;
        }
      }),
      { numRuns: 200 },
    );
    expect(caught / swaps).toBeGreaterThan(0.95);
  });

  it('says clearly what is wrong', () => {
    const code = encodeClassCode({ scenarioId: IDS[0]!, settings: { seed: 1234, names: 'names', allowDistortion: true, difficulty: 'standard', rounds: 0, people: [false, false] } });
    expect(decodeClassCode(code.slice(0, 6), IDS)).toEqual({ ok: false, error: expect.stringMatching(/has 9 letters and digits \(11 when people play a third or fourth delegation\); this one has 5/) });
    expect(decodeClassCode(`${code.slice(0, -1)}!`, IDS)).toEqual({ ok: false, error: expect.stringMatching(/"!" is not used/) });
    expect(decodeClassCode(code, ['another-scenario'])).toEqual({ ok: false, error: expect.stringMatching(/scenario that is not in this copy/) });
    // Letters that look like digits are read as those digits.
    expect(normaliseCode('o1l-I')).toBe('0111');
  });

  it('refuses a code made under other rules by name: its seed would start another game', () => {
    const setup: ClassSetup = { scenarioId: IDS[0]!, settings: { seed: 1234, names: 'names', allowDistortion: true, difficulty: 'standard', rounds: 0, people: [false, false] } };
    // Written by the game before codes carried the rules (rules 1): the same as a rules 1 code today.
    const before = '8A0J-016J-J';
    expect(encodeClassCode(setup, 1)).toBe(before);
    expect(encodeClassCode(setup)).not.toBe(before);
    expect(decodeClassCode(before, IDS)).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`version 1\\b.*version ${RULES_VERSION}\\b.*new code`)), rules: { made: 1, plays: RULES_VERSION } });
    // A code from a newer copy of the game (a stale offline copy here): update, not a typo.
    expect(decodeClassCode(encodeClassCode(setup, RULES_VERSION + 1), IDS)).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`version ${RULES_VERSION + 1}\\b.*newer.*version ${RULES_VERSION}\\b`)), rules: { made: RULES_VERSION + 1, plays: RULES_VERSION } });
    fc.assert(
      fc.property(setupArb, fc.integer({ min: 1, max: RULES_VERSION + 5 }), (s, rules) => {
        fc.pre(rules !== RULES_VERSION);
        expect(decodeClassCode(encodeClassCode(s, rules), IDS).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('holds people playing a third and fourth delegation in two more characters, and a typo there is never another game', () => {
    const longArb = setupArb.chain((setup) =>
      fc.tuple(fc.boolean(), fc.boolean()).map(([third, fourth]) => ({ ...setup, settings: { ...setup.settings, people: [...setup.settings.people, third, fourth] } })),
    );
    fc.assert(
      fc.property(longArb, (setup) => {
        const code = encodeClassCode(setup);
        const people = setup.settings.people;
        const beyond = people[2] || people[3];
        expect(code).toMatch(beyond ? /^[1-3]P-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/ : /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
        // Entries left out are the computer: the code keeps people up to the last person.
        const kept = people[3] ? people : people[2] ? people.slice(0, 3) : people.slice(0, 2);
        expect(decodeClassCode(code, IDS)).toEqual({ ok: true, ...setup, settings: { ...setup.settings, people: kept } });
        const plain = normaliseCode(code);
        for (let i = 0; i < plain.length; i++) {
          for (const ch of ALPHABET) {
            if (ch === plain[i]) continue;
            const typo = plain.slice(0, i) + ch + plain.slice(i + 1);
            const read = decodeClassCode(typo, IDS);
            // A changed first character of a long code must not read as other people playing.
            expect(read.ok, typo).toBe(false);
          }
          // One character too many or too few, anywhere, is refused by the length.
          for (const ch of ALPHABET) expect(decodeClassCode(plain.slice(0, i) + ch + plain.slice(i), IDS).ok).toBe(false);
          expect(decodeClassCode(plain.slice(0, i) + plain.slice(i + 1), IDS).ok).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
    // A short code with two characters put in front is not a long one unless they are its ticks and mark, and the check agrees.
    const short = normaliseCode(encodeClassCode({ scenarioId: IDS[0]!, settings: { seed: 99, names: 'names', allowDistortion: false, difficulty: 'standard', rounds: 0, people: [true, false] } }));
    for (const first of ALPHABET) expect(decodeClassCode(`${first}P${short}`, IDS).ok).toBe(false);
    expect(decodeClassCode(`0P${short.slice(0, -1)}`, IDS).ok).toBe(false);
  });

  it('refuses setups a code cannot hold', () => {
    const base = { scenarioId: IDS[0]!, settings: { seed: 0, names: 'names' as const, allowDistortion: true, difficulty: 'standard' as const, rounds: 0, people: [false, false] as [boolean, boolean] } };
    expect(() => encodeClassCode({ ...base, settings: { ...base.settings, seed: MAX_CODE_SEED + 1 } })).toThrow(RangeError);
    expect(() => encodeClassCode({ ...base, settings: { ...base.settings, rounds: 16 } })).toThrow(RangeError);
  });
});
