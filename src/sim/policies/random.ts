// Random: any allowed action, each kind of action equally likely (so the many possible draft
// edits do not crowd out the rest); a recess is rarer so a day is not over at once.
import type { GameEventType } from '../../machine/events.ts';
import { candidateEvents, isAllowed } from '../legal.ts';
import type { PolicyFactory } from './policy.ts';

const KINDS: GameEventType[] = ['WALK', 'LISTEN', 'RELAY', 'PRESENT_DRAFT', 'ASK_CONCESSION', 'EDIT_DRAFT', 'PROPOSE_AGENDA', 'PAINT_STALEMATE', 'OFFER_GUARANTEE'];

export const random: PolicyFactory = {
  name: 'random',
  description: 'picks any allowed action at random',
  create(rng) {
    return {
      next(view) {
        if (view.phase === 'briefing') return { type: 'BEGIN' };
        if (view.phase !== 'talks') return { type: 'CONTINUE' };
        if (rng.chance(0.04)) return { type: 'RECESS' };
        // Kinds in a random order; the first with an allowed move decides (same odds per kind as
        // listing them all, without building every candidate at every step).
        const kinds = [...KINDS];
        for (let n = kinds.length; n > 0; n--) {
          const kind = kinds.splice(rng.int(n), 1)[0]!;
          const candidates = candidateEvents(view, kind);
          // Most kinds are all allowed or all refused: a first draw settles it without checking every one.
          const first = candidates[rng.int(candidates.length)]!;
          if (isAllowed(view, first)) return first;
          const allowed = candidates.filter((e) => e !== first && isAllowed(view, e));
          if (allowed.length) return allowed[rng.int(allowed.length)]!;
        }
        return { type: 'RECESS' };
      },
    };
  },
};
