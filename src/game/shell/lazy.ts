// Parts of the game load on first use. If one cannot (offline before it was ever cached, or a
// newer version replaced the files on the server), the player is told, and nothing else breaks.
import { messages } from '../../present/index.ts';

/** What the player is told when a part of the game cannot be loaded. */
export function notLoaded(): string {
  return messages().ui.common.notLoaded;
}
