// The English catalogue's words for the title screen and what every screen shares (buttons,
// notices, the page furniture). Part of `en` (catalogue/en.ts), loaded with the title. The
// words of the later screens are a volume of their own (game-words.ts).
import { common } from './en-common.ts';
import { saves } from './en-saves.ts';
import { title } from './en-title.ts';

export const ui = { common, saves, title };
