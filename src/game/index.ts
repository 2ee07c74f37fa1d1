// The public face of src/game: other layers import only from here.
export { startApp } from './app.ts';
export type { Change } from './play/session.ts';
export { registerOffline } from './shell/offline.ts';
