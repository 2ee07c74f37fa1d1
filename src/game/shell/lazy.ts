// Parts of the game load on first use. If one cannot (offline before it was ever cached, or a
// newer version replaced the files on the server), the player is told, and nothing else breaks.
export const NOT_LOADED = 'That part of the game could not be loaded. If you are offline, connect once and reload the page.';
