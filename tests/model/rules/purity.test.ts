// Rules write only to the new state: the state an event found (ctx.base) is never changed, so
// earlier snapshots stay valid for replays and branches.
import { describe, expect, it } from 'vitest';
import { proposeAgenda } from '../../../src/model/rules/agenda.ts';
import { askConcession } from '../../../src/model/rules/concession.ts';
import { editDraft, presentDraft } from '../../../src/model/rules/draft.ts';
import { offerGuarantee } from '../../../src/model/rules/guarantee.ts';
import { listen } from '../../../src/model/rules/listen.ts';
import { relay } from '../../../src/model/rules/relay.ts';
import { openRound, recess } from '../../../src/model/rules/recess.ts';
import { paintStalemate } from '../../../src/model/rules/stalemate.ts';
import { walk } from '../../../src/model/rules/walk.ts';
import { proposeTrade } from '../../../src/model/rules/trade.ts';
import { ratify } from '../../../src/model/outcome.ts';
import type { GameState, Offer } from '../../../src/model/types.ts';
import { apply, deepFreeze, edit, world, type Rule } from '../helpers.ts';

const { c, state } = world((i) => {
  i.escalation.incidentOdds = [1, 1, 1, 1, 1];
  i.rules.discoveryPerRound = 1;
  i.delegations[1]!.coercion = [{ id: 'ships', name: 'Ships', headline: 'More ships', body: 'Ships sail.', kind: 'coerce', rungs: 1, resolve: 0 }];
});

const busy: GameState = edit(state, (s) => {
  s.location = 1;
  s.draft = '222';
  const offer: Offer = { kind: 'trade', from: 0, step: 0, give: [{ issue: 1, option: 1 }], want: [{ issue: 0, option: 3 }] };
  s.offers = [offer];
  s.sides[0].pending = { from: 0, to: 1, items: [{ type: 'moved', issue: 0, to: 1 }, { type: 'offer', offer }], tone: 'neutral' };
  s.sides[1].pending = { from: 1, to: 0, items: [{ type: 'moved', issue: 1, to: 2 }], tone: 'hostile' };
  s.sides[0].accepted = 1;
  s.sides[1].perceived = 1;
  s.sides[1].frustration = 1;
  s.distortions = [{ step: 1, round: 0, mode: 'softened', deceived: 1, magnitude: 1, discovered: false }];
  s.lineUse = `${s.lineUse.slice(0, 1)}1${s.lineUse.slice(2)}`;
});

const rules: [string, Rule][] = [
  ['walk', (d, ctx) => walk(d, ctx, 0)],
  ['listen', (d, ctx) => listen(d, ctx, 1)],
  ['relay faithful', (d, ctx) => relay(d, ctx, 1, 'faithful')],
  ['relay softened', (d, ctx) => relay(d, ctx, 1, 'softened')],
  ['relay sharpened', (d, ctx) => relay(d, ctx, 1, 'sharpened')],
  ['relay withheld', (d, ctx) => relay(d, ctx, 1, 'withheld')],
  ['presentDraft', (d, ctx) => presentDraft(d, ctx, 1)],
  ['askConcession', (d, ctx) => void askConcession(d, ctx, 1, 2)],
  ['proposeTrade', (d, ctx) => proposeTrade(d, ctx, 1, 0, 1)],
  ['ratify', (d, ctx) => ratify(d, ctx)],
  ['editDraft', (d, ctx) => editDraft(d, ctx, [[0, 1]])],
  ['proposeAgenda', (d, ctx) => proposeAgenda(d, ctx, 1, 'widen')],
  ['paintStalemate', (d, ctx) => paintStalemate(d, ctx, 1)],
  ['offerGuarantee', (d, ctx) => offerGuarantee(d, ctx, 1, 'escrow')],
  ['recess', (d, ctx) => recess(d, ctx)],
  ['openRound', (d, ctx) => openRound(d, ctx)],
];

describe('rules leave their input alone', () => {
  it.each(rules)('%s', (_name, rule) => {
    const before = JSON.stringify(busy);
    const frozen = deepFreeze(structuredClone(busy));
    let next: GameState | undefined;
    expect(() => {
      next = apply(c, frozen, rule).next;
    }).not.toThrow();
    expect(JSON.stringify(frozen)).toBe(before);
    // and something happened
    expect(next).not.toEqual(frozen);
  });
});
