// Random: any allowed action, each kind of action equally likely (so the many possible draft
// edits do not crowd out the rest); a recess is rarer so a day is not over at once.
import { legalEvents } from '../legal.ts';
import type { PolicyFactory } from './policy.ts';

export const random: PolicyFactory = {
  name: 'random',
  description: 'picks any allowed action at random',
  create(rng) {
    return {
      next(view) {
        const groups = legalEvents(view);
        const types = [...groups.keys()].filter((t) => t !== 'RECESS');
        if (types.length === 0 || (groups.has('RECESS') && rng.chance(0.04))) return { type: 'RECESS' };
        const list = groups.get(types[rng.int(types.length)]!)!;
        return list[rng.int(list.length)]!;
      },
    };
  },
};
