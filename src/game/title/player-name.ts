// The player's or team's name typed on the title screen: optional, one line, no control
// characters, as the save file's schema takes it (a save that carries it must read everywhere).
import { hasControl } from '../../lib/index.ts';

/** As the save file's schema has it (replay/save-schema.ts; a test holds the two equal): the title's script does not load the game's. */
export const MAX_PLAYER_NAME = 60;

export type PlayerName = { ok: true; name: string | null } | { ok: false };

export function playerName(typed: string): PlayerName {
  const name = typed.trim();
  if (name === '') return { ok: true, name: null };
  return name.length <= MAX_PLAYER_NAME && !hasControl(name) ? { ok: true, name } : { ok: false };
}
