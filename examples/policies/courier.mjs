// A courier: walks between the two rooms, listens, carries every message faithfully, and calls
// a recess when the day runs out. It never drafts: a baseline to beat. Copy it and change it,
// then see how it does (docs/policies.md explains the view and the events):
//   npx shuttle tournament --policy examples/policies/courier.mjs --policy broker
export default {
  name: 'courier',
  create() {
    let listened = false; // listened in this room since walking in?
    return {
      next(view) {
        const { phase, state, c } = view;
        if (phase === 'briefing') return { type: 'BEGIN' };
        if (phase === 'interlude') return { type: 'CONTINUE' }; // the news between two days
        if (state.hoursLeft < 1.5) return { type: 'RECESS' }; // ends the day
        const here = state.location; // 'majlis', 0 (the first delegation's room) or 1
        if (here === 'majlis') return { type: 'WALK', to: c.sides[0].id };
        const there = here === 0 ? 1 : 0;
        // What the other side asked to carry waits with it until it is relayed in this room.
        if (state.sides[there].pending) return { type: 'RELAY', mode: 'faithful' };
        if (!listened) {
          listened = true;
          return { type: 'LISTEN' };
        }
        listened = false;
        return { type: 'WALK', to: c.sides[there].id };
      },
    };
  },
};
