// Join codes: six characters of Crockford's base 32 (no I, L, O, U: nothing to misread), typed
// by students or read from the QR code. Lower case, spaces, dashes and look-alikes are forgiven.
export const JOIN_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** The code as typed, normalised; null when it cannot be one. */
export function normaliseJoinCode(typed: string): string | null {
  const code = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_ALPHABET.includes(ch)) return null;
  return code;
}

/** A code from random bytes (the server draws them). */
export function joinCodeFrom(bytes: Uint8Array): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_ALPHABET[bytes[i]! % 32];
  return code;
}
