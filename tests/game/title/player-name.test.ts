// The player's or team's name typed on the title screen goes into the save: it must be one the
// save file's schema takes, or a save made in the browser would not read anywhere.
import { describe, expect, it } from 'vitest';
import { MAX_PLAYER_NAME, playerName } from '../../../src/game/title/player-name.ts';
import { MAX_PLAYER_NAME as SAVE_MAX } from '../../../src/replay/save-schema.ts';

describe('playerName', () => {
  it('is optional, trimmed, one line, and as long as the save allows', () => {
    expect(MAX_PLAYER_NAME).toBe(SAVE_MAX);
    expect(playerName('')).toEqual({ ok: true, name: null });
    expect(playerName('   ')).toEqual({ ok: true, name: null });
    expect(playerName('  Team Blue ')).toEqual({ ok: true, name: 'Team Blue' });
    expect(playerName('فريق ٣')).toEqual({ ok: true, name: 'فريق ٣' });
    expect(playerName('x'.repeat(SAVE_MAX))).toEqual({ ok: true, name: 'x'.repeat(SAVE_MAX) });
    expect(playerName('x'.repeat(SAVE_MAX + 1))).toEqual({ ok: false });
    expect(playerName('Team\u001b[2J')).toEqual({ ok: false });
    expect(playerName('two\nlines')).toEqual({ ok: false });
  });
});
