// Random: any allowed action, each kind of action equally likely (so the many possible draft
// edits do not crowd out the rest); a recess is rarer so a day is not over at once.
import type { GameEvent, GameEventType } from '../../machine/index.ts';
import type { PolicyFactory } from './policy.ts';

const KINDS: GameEventType[] = ['WALK', 'LISTEN', 'RELAY', 'PRESENT_DRAFT', 'ASK_CONCESSION', 'EDIT_DRAFT', 'PROPOSE_AGENDA', 'PAINT_STALEMATE', 'OFFER_GUARANTEE'];

export const random: PolicyFactory = {
  name: 'random',
  create(rng) {
    return {
      next(view) {
        if (view.phase === 'briefing') return { type: 'BEGIN' };
        if (view.phase !== 'talks') return { type: 'CONTINUE' };
        if (rng.chance(0.04)) return { type: 'RECESS' };
        // A kind first (those with an allowed move, equally likely), then a move of that kind.
        const byKind = new Map<GameEventType, GameEvent[]>();
        for (const e of view.legal) if (KINDS.includes(e.type)) (byKind.get(e.type) ?? byKind.set(e.type, []).get(e.type)!).push(e);
        const kinds = KINDS.filter((k) => byKind.has(k));
        if (kinds.length === 0) return { type: 'RECESS' };
        const moves = byKind.get(kinds[rng.int(kinds.length)]!)!;
        return moves[rng.int(moves.length)]!;
      },
    };
  },
};
