// Reading a typed class code in the browser: the decoder's messages, and hot-seat codes read back.
import { describe, expect, it } from 'vitest';
import { encodeClassCode, MAX_CODE_SEED } from '../../../src/classroom/code.ts';
import type { Settings } from '../../../src/model/types.ts';
import { parseCodeSeed, readClassCode } from '../../../src/game/title/class-setup.ts';

const IDS = ['muscat-2026', 'camp-david-1978'];
const base: Settings = { seed: 4242, names: 'titles', allowDistortion: true, difficulty: 'gentle', rounds: 3, people: [false, false] };

describe('readClassCode', () => {
  it('reads back a setup', () => {
    const code = encodeClassCode({ scenarioId: 'camp-david-1978', settings: base });
    expect(readClassCode(` ${code.toLowerCase()} `, IDS)).toEqual({ ok: true, scenarioId: 'camp-david-1978', settings: base });
  });
  it('refuses an empty field, a typo and a short code', () => {
    const code = encodeClassCode({ scenarioId: 'muscat-2026', settings: base });
    expect(readClassCode('  ', IDS).ok).toBe(false);
    const typo = (code[0] === 'A' ? 'B' : 'A') + code.slice(1);
    const r = readClassCode(typo, IDS);
    expect(r.ok === false && r.error).toContain('typo');
    const s = readClassCode(code.slice(0, 5), IDS);
    expect(s.ok === false && s.error).toContain('9 letters');
  });
  it('reads hot-seat codes with the delegations people play', () => {
    for (const people of [[true, false], [false, true], [true, true]] as [boolean, boolean][]) {
      const code = encodeClassCode({ scenarioId: 'muscat-2026', settings: { ...base, people } });
      expect(readClassCode(code, IDS)).toEqual({ ok: true, scenarioId: 'muscat-2026', settings: { ...base, people } });
    }
  });
});

describe('parseCodeSeed', () => {
  it('takes whole numbers a code can hold', () => {
    expect(parseCodeSeed('0')).toBe(0);
    expect(parseCodeSeed(` ${MAX_CODE_SEED} `)).toBe(MAX_CODE_SEED);
    expect(parseCodeSeed(String(MAX_CODE_SEED + 1))).toBeNull();
    expect(parseCodeSeed('12a')).toBeNull();
    expect(parseCodeSeed('')).toBeNull();
    expect(parseCodeSeed('-1')).toBeNull();
  });
});
