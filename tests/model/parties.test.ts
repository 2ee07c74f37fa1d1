// Three and four delegations: who an exchange is with, what a framework needs, how far a step
// may go, the gap progress measures, the fair text, and messages to a named addressee.
import { describe, expect, it } from 'vitest';
import { compile, positionGap, positionsGap } from '../../src/model/compile.ts';
import { initialState } from '../../src/model/init.ts';
import { fullTextAgreed, ratify, unobjectedText } from '../../src/model/outcome.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import { addressed, modelBlock, named, offerTo, othersOf } from '../../src/model/parties.ts';
import { pastTheOther, modelledWeights } from '../../src/model/reciprocity.ts';
import { expressible, nashPoint, nashPointAll, pointText } from '../../src/model/bargaining.ts';
import { addToMessage, pendingOf, sendersTo, waitingFor } from '../../src/model/rules/messages.ts';
import { relay } from '../../src/model/rules/relay.ts';
import { packageUtility } from '../../src/model/utility.ts';
import { OPEN, packageOf } from '../../src/model/package.ts';
import type { Offer } from '../../src/model/types.ts';
import { loadNParty, nPartyInput } from '../fixtures/n-party.ts';
import { apply, edit, MINI_SETTINGS, world } from './helpers.ts';

const WATER = 0;
const BORDER = 1;

function worldOf(count: 3 | 4) {
  const scenario = loadNParty(count);
  const c = compile(scenario);
  return { scenario, c, state: initialState(c, MINI_SETTINGS) };
}

describe('who is party to what', () => {
  it('compiles one side per delegation and lists every index', () => {
    const { c } = worldOf(4);
    expect(c.sides.map((s) => s.id)).toEqual(['north', 'south', 'east', 'west']);
    expect(c.sideIndices).toEqual([0, 1, 2, 3]);
    expect(othersOf(c, 2)).toEqual([0, 1, 3]);
    expect(named(c)).toBe(true);
    expect(named(world().c)).toBe(false);
  });

  it("keeps a block of each delegation's model of every other, in order", () => {
    const { c, state } = worldOf(3);
    const n = c.issueIds.length;
    expect(state.sides[0]!.model).toHaveLength(2 * n);
    expect([modelBlock(c, 0, 1), modelBlock(c, 0, 2), modelBlock(c, 1, 0), modelBlock(c, 1, 2), modelBlock(c, 2, 0), modelBlock(c, 2, 1)]).toEqual([0, n, 0, n, 0, n]);
    // Evidence about east (north's second block) moves north's estimate of east only.
    const told = edit(state, (s) => {
      s.sides[0]!.model = [0, 0, 0, 5, 0, 0];
    });
    expect(modelledWeights(c, told, 0, 2)[WATER]).toBeGreaterThan(modelledWeights(c, state, 0, 2)[WATER]!);
    expect(modelledWeights(c, told, 0, 1)).toEqual(modelledWeights(c, state, 0, 1));
  });

  it('names the addressee of an offer only where there are more than two delegations', () => {
    const offer: Offer = { kind: 'trade', from: 0, step: 1, give: [], want: [] };
    expect(offerTo(addressed(world().c, offer, 1))).toBe(1);
    expect(addressed(world().c, offer, 1)).not.toHaveProperty('to');
    expect(offerTo(addressed(worldOf(3).c, offer, 2))).toBe(2);
  });

  it('keeps two-party states as they were: one pending message, no outbox, one model block', () => {
    const { c, state } = world();
    expect(state.sides[0]).not.toHaveProperty('outbox');
    expect(state.sides[0]!.model).toHaveLength(c.issueIds.length);
    expect(worldOf(3).state.sides[0]!.outbox).toEqual([null, null, null]);
  });
});

describe('what a framework needs', () => {
  it("is every delegation's yes to one complete text", () => {
    const { c, state } = worldOf(3);
    const agreed = (yes: number[]) =>
      fullTextAgreed(
        c,
        edit(state, (s) => {
          s.draft = '111';
          s.draftVersion = 4;
          yes.forEach((i) => (s.sides[i]!.accepted = 4));
        }),
      );
    expect(agreed([0, 1])).toBe(false);
    expect(agreed([0, 2])).toBe(false);
    expect(agreed([0, 1, 2])).toBe(true);
  });

  it('banks at the deadline what every critic left standing, when all the others said yes', () => {
    const { c, state } = worldOf(3);
    const at = edit(state, (s) => {
      // Fallbacks at nothing: any text is better than no deal, so only the objections decide.
      for (const side of s.sides) {
        side.reservation = 0;
        side.hardliners = 0;
      }
      s.draft = '122';
      s.draftVersion = 3;
      s.sides[0]!.accepted = 3;
      s.sides[1]!.criticisedVersion = 3;
      s.sides[1]!.criticised = [BORDER];
      s.sides[2]!.accepted = 3;
    });
    // Border is struck; water stays (every side prefers it to no deal).
    expect(unobjectedText(c, at)).toBe(`1${OPEN}2`);
    const twoCritics = edit(at, (s) => {
      s.sides[2]!.accepted = null;
    });
    // A side that neither said yes nor named its objections leaves nothing banked.
    expect(unobjectedText(c, twoCritics)).toBeNull();
  });
});

describe('how far a step may go', () => {
  const at = (positions: string[]) =>
    edit(worldOf(3).state, (s) => {
      positions.forEach((p, i) => (s.sides[i]!.position = p));
    });
  const { c } = worldOf(3);

  it('stops at the nearest delegation ahead of the step', () => {
    // North (first end) at w0; south at w4, east at w2: north may come to w2, not past it.
    const state = at(['000', '430', '200']);
    expect(pastTheOther(c, state, 0, WATER, 1)).toBe(false);
    expect(pastTheOther(c, state, 0, WATER, 2)).toBe(false);
    expect(pastTheOther(c, state, 0, WATER, 3)).toBe(true);
  });

  it('gives nothing where no delegation stands ahead (a side beside it asks for no step)', () => {
    // North and east both at w0, south too: nobody asks north to move on water.
    expect(pastTheOther(c, at(['000', '030', '000']), 0, WATER, 1)).toBe(true);
  });

  it('is, with two delegations, the old rule: never past the other side', () => {
    const two = world();
    const state = edit(two.state, (s) => {
      s.sides[0]!.position = '000';
      s.sides[1]!.position = '230';
    });
    expect([1, 2, 3].map((to) => pastTheOther(two.c, state, 0, WATER, to))).toEqual([false, false, true]);
  });
});

describe('progress and the fair text', () => {
  it('measures the mean gap over every pair of positions (for two, the gap between them)', () => {
    const { c } = worldOf(3);
    const p = ['000', '430', '030'];
    expect(positionsGap(c, p)).toBeCloseTo((positionGap(c, p[0]!, p[1]!) + positionGap(c, p[0]!, p[2]!) + positionGap(c, p[1]!, p[2]!)) / 3, 12);
    expect(positionsGap(c, [p[0]!, p[1]!])).toBe(positionGap(c, p[0]!, p[1]!));
  });

  it('finds for two the same Nash point as before', () => {
    const { c, state } = world();
    const two = nashPoint(c, [state.sides[0]!.reservation, state.sides[1]!.reservation], [state.truth[0]!, state.truth[1]!]);
    const any = nashPointAll(c, [state.sides[0]!.reservation, state.sides[1]!.reservation], [state.truth[0]!, state.truth[1]!]);
    expect(any && pointText(any)).toBe(two && pointText(two));
  });

  it('finds for three the expressible text with the largest product of gains (checked against every text)', () => {
    const { c, state } = worldOf(3);
    const reservations = state.sides.map((s) => s.reservation);
    const nash = nashPointAll(c, reservations, state.truth);
    let best = 0;
    let bestText = '';
    const counts = c.optionCount;
    for (let a = 0; a < counts[0]!; a++)
      for (let b = 0; b < counts[1]!; b++)
        for (let d = 0; d < counts[2]!; d++) {
          const text = packageOf([a, b, d]);
          if (!expressible(c, text) || state.truth.some((t) => t.redLine[0]![a] || t.redLine[1]![b] || t.redLine[2]![d])) continue;
          let product = 1;
          state.truth.forEach((t, k) => (product *= Math.max(0, packageUtility(t, text) - reservations[k]!)));
          if (product > best + 1e-12) {
            best = product;
            bestText = text;
          }
        }
    expect(nash).not.toBeNull();
    expect(pointText(nash!)).toBe(bestText);
  });
});

describe('messages to a named addressee', () => {
  const { c, state } = worldOf(3);
  const inSouth = edit(state, (s) => {
    s.location = 1;
  });

  it('sends what a side says of itself to every other delegation, an offer only to its counterpart', () => {
    const offer: Offer = { kind: 'trade', from: 0, to: 2, step: 1, give: [{ issue: WATER, option: 1 }], want: [{ issue: BORDER, option: 2 }] };
    const next = apply(c, inSouth, (d, ctx) => {
      addToMessage(d, ctx, 0, [{ type: 'moved', issue: WATER, to: 1 }]);
      addToMessage(d, ctx, 0, [{ type: 'offer', offer }]);
    }).next;
    expect(waitingFor(next, 0, 1)!.items.map((i) => i.type)).toEqual(['moved']);
    expect(waitingFor(next, 0, 2)!.items.map((i) => i.type)).toEqual(['moved', 'offer']);
    expect(sendersTo(c, next, 1)).toEqual([0]);
    expect(next.sides[0]!.pending).toBeNull();
  });

  it('carries one sender\'s message and leaves the others waiting', () => {
    const both = apply(c, inSouth, (d, ctx) => {
      addToMessage(d, ctx, 0, [{ type: 'moved', issue: WATER, to: 1 }]);
      // East (which prefers w0) steps on water toward south.
      addToMessage(d, ctx, 2, [{ type: 'moved', issue: WATER, to: 1 }]);
    }).next;
    expect(sendersTo(c, both, 1)).toEqual([0, 2]);
    const carried = apply(c, both, (d, ctx) => relay(d, ctx, 1, 'faithful', 2)).next;
    expect(sendersTo(c, carried, 1)).toEqual([0]);
    // East's message to north is still to be carried: only the one to south went.
    expect(waitingFor(carried, 2, 0)).not.toBeNull();
    // South credits east's move, and its model of east (not of north) took the evidence.
    expect(carried.sides[1]!.perceived).toBeGreaterThan(0);
    const block = modelBlock(c, 1, 2);
    expect(carried.sides[1]!.model[block + WATER]).toBe(-1);
    expect(carried.sides[1]!.model[modelBlock(c, 1, 0) + WATER]).toBe(0);
  });

  it('credits a step to the delegation it came toward, not to one it moved away from', () => {
    // North (prefers w0) steps from w0 to w1 toward south (w4); east stands at w0 with north.
    const at = edit(state, (s) => {
      s.sides[0]!.position = '100';
      s.sides[1]!.position = '430';
      s.sides[2]!.position = '030';
    });
    const told = apply(c, at, (d, ctx) => addToMessage(d, ctx, 0, [{ type: 'moved', issue: WATER, to: 1 }])).next;
    const inRoom = (s: number) => edit(told, (x) => void (x.location = s));
    const south = apply(c, inRoom(1), (d, ctx) => relay(d, ctx, 1, 'faithful', 0)).next;
    const east = apply(c, inRoom(2), (d, ctx) => relay(d, ctx, 2, 'faithful', 0)).next;
    expect(south.sides[1]!.perceived).toBeGreaterThan(0);
    expect(east.sides[2]!.perceived).toBe(0);
    // Both learn that north cares less about water than they thought.
    expect(east.sides[2]!.model[modelBlock(c, 2, 0) + WATER]).toBe(-1);
  });

  it('reads a message as the event left it', () => {
    apply(c, inSouth, (d, ctx) => {
      addToMessage(d, ctx, 0, [{ type: 'moved', issue: WATER, to: 1 }]);
      expect(pendingOf(ctx, 0, 2)!.items).toHaveLength(1);
      expect(pendingOf(ctx, 1, 2)).toBeNull();
    });
  });
});


describe('who must sign', () => {
  const signed = (count: 3 | 4, signers: string[]) => {
    const scenario = loadNParty(count, (input) => {
      input.signers = signers;
    });
    const c = compile(scenario);
    return { c, state: initialState(c, MINI_SETTINGS) };
  };

  it('compiles the signers named, in the delegations\' order, and every delegation when none are', () => {
    expect(signed(4, ['west', 'north']).c.signers).toEqual([0, 3]);
    expect(worldOf(4).c.signers).toEqual([0, 1, 2, 3]);
  });

  it('makes a framework of the signers\' yes alone', () => {
    const { c, state } = signed(3, ['north', 'south']);
    const yes = (sides: number[]) =>
      edit(state, (s) => {
        s.draft = '111';
        s.draftVersion = 2;
        sides.forEach((i) => (s.sides[i]!.accepted = 2));
      });
    expect(fullTextAgreed(c, yes([0, 1]))).toBe(true);
    expect(fullTextAgreed(c, yes([0, 2]))).toBe(false);
  });

  it('sends the text home to the signers only', () => {
    const { c, state } = signed(3, ['north', 'south']);
    const agreed = edit(state, (s) => {
      s.draft = '111';
    });
    const next = apply(c, agreed, (d, ctx) => ratify(d, ctx)).next;
    expect(next.ratification!.map((r) => r.side)).toEqual([0, 1]);
  });

  it('refuses a signer that is not a delegation, or one named twice, at its place', () => {
    const r = loadScenarioValue({ ...nPartyInput(3), signers: ['north', 'nowhere', 'north'] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContainEqual(expect.stringMatching(/^signers\[1\]: "nowhere" is not a delegation \(one of north, south, east\)/));
      expect(r.errors).toContainEqual(expect.stringMatching(/^signers\[2\]: "north" is named twice/));
    }
  });
});
