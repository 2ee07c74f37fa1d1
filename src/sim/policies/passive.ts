// Passive: the communicator only. Listens, carries messages faithfully, never drafts or asks.
import type { PolicyFactory } from './policy.ts';
import { hasMessageFor, nextRoom, phaseStep, relayTo, room, walkTo } from './common.ts';

export const passive: PolicyFactory = {
  name: 'passive',
  create() {
    let listened = false;
    return {
      next(view) {
        const step = phaseStep(view);
        if (step) return step;
        if (view.state.hoursLeft < 1.5) return { type: 'RECESS' };
        const here = room(view);
        if (here === null) return walkTo(view, 1);
        if (hasMessageFor(view, here)) return relayTo(view, here, 'faithful');
        if (!listened) {
          listened = true;
          return { type: 'LISTEN' };
        }
        listened = false;
        return walkTo(view, nextRoom(view, here));
      },
    };
  },
};
