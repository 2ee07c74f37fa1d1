// Carrying a message: faithfully, softened, sharpened, or withheld. Distortion helps now and
// may be discovered at a recess, which costs credibility heavily with the side deceived.
import { sideDraft, type RuleContext } from '../context.ts';
import { other } from '../compile.ts';
import { narrate, say } from '../dialogue.ts';
import { addSide } from '../meters.ts';
import type { GameState, RelayMode, SideIndex } from '../types.ts';

export const SOFTEN_BONUS = 0.03;

export function relay(state: GameState, ctx: RuleContext, to: SideIndex, mode: RelayMode): void {
  const from = other(to);
  const msg = ctx.base.sides[from].pending;
  if (!msg) return;
  const fromName = ctx.c.scenario.delegations[from]!.shortName;
  const perceive = (amount: number) => {
    sideDraft(state, ctx, to).perceivedOther = Math.min(1, Math.round((ctx.base.sides[to].perceivedOther + amount) * 10000) / 10000);
  };
  const distort = (deceived: SideIndex, magnitude: number) => {
    state.distortions = [...ctx.base.distortions, { step: ctx.base.step, round: ctx.base.round, mode, deceived, magnitude, discovered: false }];
  };

  switch (mode) {
    case 'faithful':
      narrate(state, ctx, `You carry ${fromName}'s message as it was given: ${msg.summary}`, { type: 'RELAY', mode });
      perceive(msg.concession);
      if (msg.tone === 'hostile') {
        addSide(state, ctx, 'patience', to, -6);
        say(state, ctx, to, 'relayHostile');
      } else {
        if (msg.tone === 'warm') addSide(state, ctx, 'patience', to, 3);
        if (msg.concession > 0 || msg.tone === 'warm') say(state, ctx, to, 'relayWarm');
      }
      addSide(state, ctx, 'credibility', to, 1);
      break;
    case 'softened':
      narrate(state, ctx, `You carry ${fromName}'s message, softened.`, { type: 'RELAY', mode });
      perceive(msg.concession + SOFTEN_BONUS);
      addSide(state, ctx, 'patience', to, 2);
      say(state, ctx, to, 'relayWarm');
      distort(to, msg.tone === 'hostile' ? 0.8 : 0.5);
      break;
    case 'sharpened':
      narrate(state, ctx, `You carry ${fromName}'s message, sharpened: they are ready to leave.`, { type: 'RELAY', mode });
      perceive(msg.concession * 0.5);
      addSide(state, ctx, 'hurt', to, 6);
      addSide(state, ctx, 'patience', to, -8);
      say(state, ctx, to, 'relayHostile');
      distort(to, 0.6);
      break;
    case 'withheld':
      narrate(state, ctx, `You keep ${fromName}'s message to yourself.`, { type: 'RELAY', mode });
      distort(from, msg.concession > 0 ? 0.5 : 0.2);
      break;
  }
  sideDraft(state, ctx, from).pending = null;
  ctx.journal.pending[from] = null;
}
