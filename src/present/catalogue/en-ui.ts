// The English catalogue's words for the screens and pages (menus, buttons, labels, hints,
// notices), one part per area of the game. Part of `en` (catalogue/en.ts).
import { actions } from './en-actions.ts';
import { common } from './en-common.ts';
import { compare } from './en-compare.ts';
import { dossier } from './en-dossier.ts';
import { editor } from './en-editor.ts';
import { hotseat } from './en-hotseat.ts';
import { play } from './en-play.ts';
import { replays } from './en-replays.ts';
import { teacher } from './en-teacher.ts';
import { title } from './en-title.ts';
import { views } from './en-views.ts';

export const ui = { actions, common, compare, dossier, editor, hotseat, play, replays, teacher, title, views };
