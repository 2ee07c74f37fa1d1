// The words of the game's screens past the title: the talks, the hot seat, the teacher's
// controls, the replays and the headless views, and the AI mediators' (the what-if page and the
// command line). A volume of the catalogue (volume.ts), loaded
// with the game code.
import { actions } from './en-actions.ts';
import { advisor } from './en-advisor.ts';
import { compare } from './en-compare.ts';
import { dossier } from './en-dossier.ts';
import { editor } from './en-editor.ts';
import { hotseat } from './en-hotseat.ts';
import { play } from './en-play.ts';
import { policies } from './en-policies.ts';
import { replays } from './en-replays.ts';
import { teacher } from './en-teacher.ts';
import { trades } from './en-trades.ts';
import { views } from './en-views.ts';
import { volume } from './volume.ts';

export const gameWords = volume({ en: { actions, advisor, compare, dossier, editor, hotseat, play, policies, replays, teacher, trades, views } });
