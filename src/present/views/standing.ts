// The mediator's standing with a side as a warm/cool cue: a word and an icon, never colour
// alone. Credibility (is the mediator believed) and closeness (is the mediator on our side)
// both count (Kydd 2003).
import type { SideView } from '../../machine/index.ts';
import { gameWords } from '../catalogue/game-words.ts';

export type Cue = 'warm' | 'cordial' | 'cool' | 'cold';

/** The cue in words ("Warm"). */
export function cueWord(cue: Cue): string {
  return gameWords().views.cues[cue];
}

export function standingCue(side: Pick<SideView, 'credibility' | 'closeness'>): Cue {
  const score = (side.credibility + side.closeness) / 2;
  if (score >= 65) return 'warm';
  if (score >= 50) return 'cordial';
  if (score >= 35) return 'cool';
  return 'cold';
}

export type Mood = 'open' | 'guarded' | 'angry';

/** How the delegation looks, in words ("guarded"). */
export function moodWord(mood: Mood): string {
  return gameWords().views.moods[mood];
}

/** How the delegation looks across the table, from its patience. */
export function moodOf(side: Pick<SideView, 'patience'>): Mood {
  if (side.patience < 35) return 'angry';
  if (side.patience < 60) return 'guarded';
  return 'open';
}
