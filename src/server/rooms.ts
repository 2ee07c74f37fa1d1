// Finding a game's room, or opening it (restored from its log) on whichever process the
// matchmaker picks: after a restart, or when the room closed because everyone had left.
import { matchMaker } from '@colyseus/core';
import { roomIdOf } from './services.ts';

const opening = new Map<string, Promise<void>>();

export async function ensureRoom(classId: string, game: number): Promise<string> {
  const roomId = roomIdOf(classId, game);
  let pending = opening.get(roomId);
  if (!pending) {
    pending = (async () => {
      const found = await matchMaker.query({ roomId });
      if (found.length === 0) await matchMaker.createRoom('game', { classId, game });
    })().finally(() => opening.delete(roomId));
    opening.set(roomId, pending);
  }
  await pending;
  return roomId;
}
