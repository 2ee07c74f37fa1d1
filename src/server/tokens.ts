// Random, unguessable tokens (the teacher's and each device's seat), and the hashes the
// database keeps instead of them, so a copy of the database gives no one a seat.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { joinCodeFrom } from '../net/index.ts';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newClassId(): string {
  return randomBytes(9).toString('base64url');
}

export function newJoinCode(): string {
  return joinCodeFrom(randomBytes(8));
}

/** A game's seed for a new class (the games of one class share it, so they can be compared). */
export function newSeed(): number {
  return randomInt(1, 2 ** 31 - 1);
}
