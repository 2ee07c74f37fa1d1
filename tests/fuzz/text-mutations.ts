// Damage done to a file's text or bytes rather than to its fields: cut short, junk bytes, another
// encoding (Latin-1, UTF-16), a byte-order mark, a key given twice, nesting thousands deep, an
// alias bomb, a string near the size limit, Windows line ends, flipped bytes.
import type { Rng } from './random.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
}

const spot = (rng: Rng, text: string) => rng.int(text.length + 1);

/** One kind of damage to a file's text; returns the bytes and the kind's name. */
export function damageText(rng: Rng, text: string, format: 'yaml' | 'json'): { bytes: Uint8Array; kind: string } {
  const at = spot(rng, text);
  switch (rng.int(13)) {
    case 0:
      return { kind: 'cut short', bytes: utf8(text.slice(0, at)) };
    case 1: {
      const junk = Uint8Array.from({ length: 1 + rng.int(6) }, () => rng.int(256));
      const head = utf8(text.slice(0, at));
      const tail = utf8(text.slice(at));
      const out = new Uint8Array(head.length + junk.length + tail.length);
      out.set(head);
      out.set(junk, head.length);
      out.set(tail, head.length + junk.length);
      return { kind: 'junk bytes', bytes: out };
    }
    case 2: {
      const i = text.indexOf('"', Math.min(at, text.length - 1));
      const accented = i === -1 ? `${text}é` : `${text.slice(0, i + 1)}Café ${text.slice(i + 1)}`;
      return { kind: 'Latin-1', bytes: latin1(accented) };
    }
    case 3:
      return { kind: 'byte-order mark', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]) };
    case 4:
      return { kind: 'UTF-16', bytes: utf16(text, rng.chance(0.5)) };
    case 5: {
      if (format === 'json') return { kind: 'key twice', bytes: utf8(text.replace('{', '{"x":1,"x":2,')) };
      const lines = text.split('\n');
      const k = rng.int(lines.length);
      lines.splice(k, 0, lines[k]!);
      return { kind: 'line twice', bytes: utf8(lines.join('\n')) };
    }
    case 6: {
      const n = rng.pick([41, 200, 5000, 50_000]);
      return { kind: `nested ${n} deep`, bytes: utf8(`${text.slice(0, at)}${'['.repeat(n)}${']'.repeat(n)}${text.slice(at)}`) };
    }
    case 7: {
      const lines = ['bomb0: &a0 [x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 12; i++) lines.push(`bomb${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
      return { kind: 'alias bomb', bytes: utf8(`${text}\n${lines.join('\n')}\n`) };
    }
    case 8: {
      // Rare, since each costs a large parse: a string near or past the size limit.
      if (!rng.chance(0.05)) return { kind: 'cut short', bytes: utf8(text.slice(0, at)) };
      const size = rng.pick([1_900_000, 2_100_000]);
      return { kind: `string of ${size}`, bytes: utf8(format === 'json' ? text.replace('{', `{"huge":"${'a'.repeat(size)}",`) : `huge: "${'a'.repeat(size)}"\n${text}`) };
    }
    case 9:
      return { kind: 'Windows line ends and tabs', bytes: utf8(text.replace(/\n/g, '\r\n').replace(/^ {2}/gm, '\t')) };
    case 10: {
      const bytes = utf8(text);
      for (let k = 0; k < 1 + rng.int(5); k++) bytes[rng.int(bytes.length)] = rng.int(256);
      return { kind: 'flipped bytes', bytes };
    }
    case 11:
      return { kind: 'control characters', bytes: utf8(`${text.slice(0, at)}${rng.pick(['\u0000', '\u001b[2J', '\u0007', '\u0085'])}${text.slice(at)}`) };
    default:
      return { kind: 'empty', bytes: utf8(rng.pick(['', ' ', '\n', '{}', '[]', 'null', '---', '~'])) };
  }
}
