// A file's bytes as text, the same on the command line and in the browser: UTF-8 only, a
// byte-order mark dropped, any other encoding refused with the place of its first bad byte.
import { describe, expect, it } from 'vitest';
import { decodeFile, firstBadByte, stripBom } from '../../src/scenario/decode.ts';
import { MAX_FILE_BYTES } from '../../src/scenario/limits.ts';
import { formatProblem } from '../../src/scenario/path.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (text: string) => new TextEncoder().encode(text);
const refusal = (b: Uint8Array) => {
  const d = decodeFile(b);
  return d.ok ? null : formatProblem(d.problem);
};

describe('decodeFile', () => {
  it('reads UTF-8, with or without a byte-order mark, to the same text', () => {
    const text = 'title: Mûscat — مسقط 😀\n';
    expect(decodeFile(utf8(text))).toEqual({ ok: true, text });
    expect(decodeFile(bytes(0xef, 0xbb, 0xbf, ...utf8(text)))).toEqual({ ok: true, text });
    expect(stripBom(`\ufeff${text}`)).toBe(text);
  });

  it('refuses Latin-1 by name, at the line and column of its first byte that is not UTF-8', () => {
    const latin1 = bytes(...utf8('id: x\ntitle: Mu'), 0xfb, ...utf8('scat\n'));
    expect(refusal(latin1)).toBe('(file): is not UTF-8 text: the byte 0xFB is not UTF-8 (the file may be Latin-1 or Windows-1252); save it again as UTF-8 (line 2, column 10)');
  });

  it('refuses UTF-16 (either byte order) by name', () => {
    for (const mark of [[0xff, 0xfe], [0xfe, 0xff]]) expect(refusal(bytes(...mark, 0x69, 0))).toBe('(file): is UTF-16 text, not UTF-8: save it again as UTF-8 (line 1, column 1)');
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(refusal(new Uint8Array(MAX_FILE_BYTES + 1))).toMatch(/^\(file\): the file is too large \(2000001 bytes; at most 2000000\)$/);
  });
});

describe('firstBadByte', () => {
  it('accepts every well-formed sequence and finds the first that is not', () => {
    expect(firstBadByte(utf8('aé€😀'))).toBe(-1);
    expect(firstBadByte(bytes(0x61, 0xc0, 0x80))).toBe(1); // overlong
    expect(firstBadByte(bytes(0xed, 0xa0, 0x80))).toBe(0); // a surrogate
    expect(firstBadByte(bytes(0x61, 0xe2, 0x82))).toBe(1); // cut short
    expect(firstBadByte(bytes(0xf5, 0x80, 0x80, 0x80))).toBe(0); // past U+10FFFF
    expect(firstBadByte(bytes(0x80))).toBe(0); // a lone continuation byte
  });
});
