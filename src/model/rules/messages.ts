// Each side builds up a message for the other until the mediator carries it (or does not).
import type { GameState, SideIndex, SideState, Tone } from '../types.ts';

export function toneOf(side: SideState): Tone {
  if (side.patience < 35) return 'hostile';
  if (side.closeness >= 60 && side.patience >= 60) return 'warm';
  return 'neutral';
}

export function addToMessage(state: GameState, from: SideIndex, concession: number, issues: number[], summary: string): void {
  const side = state.sides[from];
  const msg = side.pending ?? { concession: 0, tone: toneOf(side), issues: [], summary: '' };
  side.pending = {
    concession: Math.round((msg.concession + concession) * 10000) / 10000,
    tone: toneOf(side),
    issues: [...new Set([...msg.issues, ...issues])],
    summary: msg.summary ? `${msg.summary} ${summary}` : summary,
  };
}
