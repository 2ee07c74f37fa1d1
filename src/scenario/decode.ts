// A file's bytes as text, the same way on the command line and in the browser: UTF-8 only, a
// byte-order mark accepted and dropped, and a file in another encoding refused with the place of
// its first byte that is not UTF-8 (a Latin-1 file is never read as text full of replacement marks).
import { MAX_FILE_BYTES, type GuardProblem } from './limits.ts';

export type Decoded = { ok: true; text: string } | { ok: false; problem: GuardProblem };

const BOM = '\ufeff';

/** Text without its byte-order mark (a file saved by some editors starts with one). */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** The index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [length, min, max] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
    if (length === 0) return i;
    // The second byte's range excludes overlong forms and surrogates; the rest are continuation bytes.
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

export function decodeFile(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, problem: { path: [], message: `the file is too large (${bytes.length} bytes; at most ${MAX_FILE_BYTES})` } };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: { path: [], message: 'is UTF-16 text, not UTF-8: save it again as UTF-8', at: { line: 1, column: 1 } } };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const bad = firstBadByte(body);
  if (bad !== -1) {
    // The place of the bad byte, counted in the characters before it on its line.
    const before = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const lineStart = before.lastIndexOf('\n') + 1;
    const at = { line: before.split('\n').length, column: before.length - lineStart + 1 };
    return { ok: false, problem: { path: [], message: `is not UTF-8 text: the byte ${hex(body[bad]!)} is not UTF-8 (the file may be Latin-1 or Windows-1252); save it again as UTF-8`, at } };
  }
  return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body) };
}
