// Fixed scripts, for measuring the balance (docs/balance.md): a good game is not won by them.
// `script` writes once the text that looks fairest on the scenario's published numbers (the Nash
// point of the priors), then carries every message faithfully and presents that text at every
// visit. `repeat:<act>` does one kind of act whenever it can, and otherwise walks or recesses.
import type { GameEvent, GameEventType, MediatorView } from '../../machine/index.ts';
import { nashPointAll, pointText, type SideIndex } from '../../model/index.ts';
import { editTo, hasMessageFor, nextRoom, relayTo } from './common.ts';
import type { PolicyFactory } from './policy.ts';

function publishedText(view: MediatorView): string {
  const c = view.c;
  const reservations = c.scenario.delegations.map((d) => d.reservation.initial);
  const nash = nashPointAll(c, reservations, c.sides);
  return nash ? pointText(nash) : c.initialDraft;
}

export const script: PolicyFactory = {
  name: 'script',
  create() {
    let text: string | null = null;
    let presented = '';
    return {
      next(view) {
        if (view.phase === 'briefing') return { type: 'BEGIN' };
        if (view.phase !== 'talks') return { type: 'CONTINUE' };
        const { state, c } = view;
        text ??= publishedText(view);
        if (state.hoursLeft < 1) return { type: 'RECESS' };
        if (state.location === 'majlis') {
          const edit = editTo(view, state.draft, text);
          if (edit) return edit;
          return { type: 'WALK', to: c.sides[0].id };
        }
        const here: SideIndex = state.location;
        const there: SideIndex = nextRoom(view, here);
        if (hasMessageFor(view, here)) return relayTo(view, here, 'faithful');
        const visit = `${state.round}:${here}:${state.hoursLeft > 4 ? 'am' : 'pm'}`;
        if (presented !== visit && view.legal.some((e) => e.type === 'PRESENT_DRAFT')) {
          presented = visit;
          return { type: 'PRESENT_DRAFT' };
        }
        return { type: 'WALK', to: c.sides[there].id };
      },
    };
  },
};

/** A policy that repeats one kind of act whenever the machine allows it. */
export function repeat(type: GameEventType): PolicyFactory {
  return {
    name: `repeat:${type.toLowerCase()}`,
    create(rng) {
      return {
        next(view): GameEvent {
          if (view.phase === 'briefing') return { type: 'BEGIN' };
          if (view.phase !== 'talks') return { type: 'CONTINUE' };
          const mine = view.legal.filter((e) => e.type === type);
          if (mine.length) return mine[rng.int(mine.length)]!;
          const walks = view.legal.filter((e) => e.type === 'WALK' && e.to !== 'majlis');
          if (walks.length && view.state.hoursLeft > 1) return walks[0]!;
          return { type: 'RECESS' };
        },
      };
    },
  };
}

export const REPEATED: readonly GameEventType[] = ['LISTEN', 'RELAY', 'PRESENT_DRAFT', 'ASK_CONCESSION', 'PROPOSE_TRADE', 'PROPOSE_AGENDA', 'PAINT_STALEMATE', 'OFFER_GUARANTEE', 'EDIT_DRAFT'];
