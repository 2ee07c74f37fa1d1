// The English catalogue's words for the screens and pages (menus, buttons, labels, hints,
// notices), one part per area of the game. Part of `en` (catalogue/en.ts).
import { actions } from './en-actions.ts';
import { teacher } from './en-teacher.ts';

export const ui = { actions, teacher };
