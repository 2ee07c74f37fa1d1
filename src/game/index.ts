// The public face of src/game: other layers import only from here.
export { startApp } from './app.ts';
export type { Change } from './play/session.ts';
export { registerOffline } from './shell/offline.ts';

/** The class server's pages (`?class=…` in the address), loaded only then. */
export function isClassAddress(search: string): boolean {
  return new URLSearchParams(search).has('class');
}

export function startClassroom(doc: Document, win: Window): void {
  // Zod's setting comes before any schema is built (see play/zod-jitless.ts).
  void import('./play/zod-jitless.ts')
    .then(() => import('./class/class-app.ts'))
    .then((m) => m.runClassroom(doc, win));
}
