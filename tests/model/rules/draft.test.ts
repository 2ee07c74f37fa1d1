// The single negotiating text: editing, presenting, acceptance and criticism, banking.
// Mini scenario: North (0) prefers low option indices, South (1) high ones; North's red line is
// water w4, South's is border b0. The draft starts as '--2' (arms: later talks). Before the other
// side has moved, a side holds out for its own stated position (worth 1 at the openings).
import { describe, expect, it } from 'vitest';
import { editDraft, presentDraft, settledCore, TIED_HANDS, worstItems } from '../../../src/model/rules/draft.ts';
import { acceptanceFloor, acceptanceThreshold, wouldAccept } from '../../../src/model/acceptance.ts';
import { fullTextAgreed, immediateOutcome } from '../../../src/model/outcome.ts';
import type { ScenarioInput } from '../../../src/scenario/schema.ts';
import type { GameState, SideIndex } from '../../../src/model/types.ts';
import { allowedInTalks } from '../../../src/machine/guards.ts';
import { BANKED_PROGRESS, progressOf } from '../../../src/model/progress.ts';
import { acts, apply, edit, entries, NEGOTIATION, replies, situations, world } from '../helpers.ts';

const WATER = 0;
const BORDER = 1;

/** Time gives up the whole gap to the floor by the last day. */
const wholeSlack = (input: ScenarioInput) => {
  input.rules.negotiation = { ...NEGOTIATION, timeSlack: 1 };
};

/** The last day, each side having seen the other engage: with wholeSlack, each side's bar is its floor (.39). */
const ready = (state: GameState) =>
  edit(state, (s) => {
    s.round = 2;
    for (const side of s.sides) side.perceived = 1;
  });

const withDraft = (state: GameState, draft: string, room: SideIndex = 0) =>
  edit(state, (s) => {
    s.draft = draft;
    s.location = room;
  });

describe('editDraft', () => {
  const { c, state } = world();

  it('writes one revision: the items change and the version goes up once', () => {
    const { next } = apply(c, state, (d, ctx) =>
      editDraft(d, ctx, [
        [0, 2],
        [1, 1],
      ]),
    );
    expect(next.draft).toBe('212');
    expect(next.draftVersion).toBe(2);
    expect(acts(next)).toEqual([{ type: 'EDIT_DRAFT', version: 2, changes: [{ issue: 0, option: 2 }, { issue: 1, option: 1 }] }]);
    const { next: opened } = apply(c, next, (d, ctx) => editDraft(d, ctx, [[0, null]]));
    expect(opened.draft).toBe('-12');
    expect(opened.draftVersion).toBe(3);
    expect(acts(opened).at(-1)).toEqual({ type: 'EDIT_DRAFT', version: 3, changes: [{ issue: 0, option: null }] });
  });

  it('records only the items that changed', () => {
    const { next } = apply(c, state, (d, ctx) =>
      editDraft(d, ctx, [
        [0, 1],
        [2, 2],
      ]),
    );
    expect(acts(next)).toEqual([{ type: 'EDIT_DRAFT', version: 2, changes: [{ issue: 0, option: 1 }] }]);
  });

  it('an edit that changes nothing is no revision', () => {
    const { next, journal } = apply(c, state, (d, ctx) => editDraft(d, ctx, [[2, 2]]));
    expect(next.draft).toBe(state.draft);
    expect(next.draftVersion).toBe(1);
    expect(journal.transcript).toHaveLength(0);
  });

  it('clears both acceptances', () => {
    const accepted = edit(state, (s) => {
      s.draft = '222';
      s.sides[0].accepted = 1;
      s.sides[1].accepted = 1;
    });
    const { next } = apply(c, accepted, (d, ctx) => editDraft(d, ctx, [[0, 1]]));
    expect(next.sides[0].accepted).toBeNull();
    expect(next.sides[1].accepted).toBeNull();
  });
});

describe('presentDraft: refusal and criticism', () => {
  const { c, state } = world();

  it('a draft crossing a red line is refused, the red line named first and revealed', () => {
    const before = withDraft(state, '432', 0);
    expect(wouldAccept(c, before, 0, before.draft)).toBe(false);
    const { next } = apply(c, before, (d, ctx) => presentDraft(d, ctx, 0));
    expect(next.sides[0].accepted).toBeNull();
    // water (the red line) first, then border (loss .3) before arms (loss .2 * .67)
    expect(next.sides[0].criticised).toEqual([WATER, BORDER]);
    expect(next.sides[0].criticisedVersion).toBe(1);
    expect(next.sides[0].redLinesHeard).toEqual([0 * 16 + 4]);
    // its own positions on the items it names are heard
    expect(next.sides[0].heard).toBe('00?');
    expect(acts(next)).toEqual([{ type: 'PRESENT_DRAFT', version: 1, side: 0 }]);
    expect(situations(c, next, 0)).toEqual(['redLine']);
    const line = next.transcript.find((t) => t.said.kind === 'line')!;
    expect(line.said).toEqual({ kind: 'line', ref: expect.objectContaining({ issue: WATER, option: 4 }) });
    // it needs most a step back on water (.5 * .25 for North), and offers no condition across a red line
    expect(replies(next, 0)).toEqual([{ type: 'criticised', version: 1, items: [WATER, BORDER], need: WATER }]);
    expect(next.sides[0].pending!.items).toEqual([{ type: 'criticised', version: 1, items: [WATER, BORDER], need: WATER }]);
    // far below what it needs, the text is an insult
    expect(next.sides[0].patience).toBe(56);
  });

  it('South refuses border b0 the same way', () => {
    const before = withDraft(state, '202', 1);
    const { next } = apply(c, before, (d, ctx) => presentDraft(d, ctx, 1));
    expect(next.sides[1].accepted).toBeNull();
    expect(next.sides[1].criticised[0]).toBe(BORDER);
    expect(next.sides[1].redLinesHeard).toEqual([16]);
  });

  it('a red line heard before is not listed twice', () => {
    const before = edit(withDraft(state, '432', 0), (s) => {
      s.sides[0].redLinesHeard = [4];
    });
    const { next } = apply(c, before, (d, ctx) => presentDraft(d, ctx, 0));
    expect(next.sides[0].redLinesHeard).toEqual([4]);
  });

  it('a draft worth less than the threshold is criticised on its largest weighted losses against where it stands', () => {
    // North on '131': water w1 loses .5*.25 = .125, border b3 loses .3, arms parallel loses .2*.33 = .066
    const before = withDraft(state, '131', 0);
    expect(worstItems(before, 0, 3)).toEqual([BORDER, WATER, 2]);
    const { next } = apply(c, before, (d, ctx) => presentDraft(d, ctx, 0));
    expect(next.sides[0].accepted).toBeNull();
    expect(next.sides[0].criticised).toEqual([BORDER, WATER]);
    // its positions on those items are now heard; arms stays unknown
    expect(next.sides[0].heard).toBe('00?');
    expect(next.sides[0].redLinesHeard).toEqual([]);
    expect(situations(c, next, 0)).toEqual(['criticise']);
    expect(next.transcript.find((t) => t.said.kind === 'line')!.said).toEqual({ kind: 'line', ref: expect.objectContaining({ issue: BORDER, option: 3 }) });
    const patience = entries(next, 'patience', 0);
    expect(patience).toHaveLength(1);
    expect(patience[0]!.cause.rule).toBe('test');
  });

  it('losses are measured against its stated position, not its opening', () => {
    // North has already moved to border b2: a draft at b2 costs it nothing there
    const moved = edit(withDraft(state, '121', 0), (s) => void (s.sides[0].position = '020'));
    expect(worstItems(moved, 0, 3)).toEqual([WATER, 2]);
  });

  it('close to what it needs, it says what one step would make it enough: a condition', () => {
    // North on '010' (worth .901 against its own 1) needs only border back at b0
    const before = withDraft(state, '010', 0);
    const { next } = apply(c, before, (d, ctx) => presentDraft(d, ctx, 0));
    expect(next.sides[0].accepted).toBeNull();
    expect(next.sides[0].criticised).toEqual([BORDER]);
    expect(replies(next, 0)).toEqual([
      { type: 'criticised', version: 1, items: [BORDER], need: BORDER },
      { type: 'offer', offer: expect.objectContaining({ kind: 'condition', from: 0, give: [], want: [{ issue: BORDER, option: 0 }], version: 1 }) },
    ]);
    // near the bar, a refusal costs little patience
    expect(next.sides[0].patience).toBe(59);
  });

  it('a side with many hardliners points to them (tied hands), and the other side hears it', () => {
    const hard = edit(withDraft(state, '131', 0), (s) => void (s.sides[0].hardliners = TIED_HANDS));
    const { next } = apply(c, hard, (d, ctx) => presentDraft(d, ctx, 0));
    expect(replies(next, 0).at(-1)).toEqual({ type: 'tiedHands' });
    expect(situations(c, next, 0)).toEqual(['criticise', 'tiedHands']);
    expect(next.sides[0].pending!.items.at(-1)).toEqual({ type: 'tiedHands' });
    const soft = apply(c, withDraft(state, '131', 0), (d, ctx) => presentDraft(d, ctx, 0)).next;
    expect(replies(soft, 0).some((r) => r.type === 'tiedHands')).toBe(false);
  });

  it('open items are never criticised (they cost nothing)', () => {
    const before = withDraft(state, '3--', 0);
    expect(worstItems(before, 0, 3)).toEqual([WATER]);
  });

  it('a text with no core item settled is never accepted, however good', () => {
    const before = withDraft(state, '--0', 0);
    expect(settledCore(before, { c })).toBe(0);
    const { next } = apply(c, before, (d, ctx) => presentDraft(d, ctx, 0));
    expect(next.sides[0].accepted).toBeNull();
  });
});

describe('presentDraft: acceptance', () => {
  it('a good enough draft is accepted: the version is recorded and credibility rises', () => {
    const { c, state } = world(wholeSlack);
    const before = withDraft(ready(state), '222', 0);
    expect(acceptanceThreshold(c, before, 0)).toBeCloseTo(acceptanceFloor(c, before, 0), 12);
    // North: .5*.5 + .3*.33 + .2*.33 = .415 against its floor .39; border b3 would leave .316
    expect(wouldAccept(c, before, 0, '222')).toBe(true);
    expect(wouldAccept(c, before, 0, '232')).toBe(false);
    const { next } = apply(c, before, (d, ctx) => presentDraft(d, ctx, 0));
    expect(next.sides[0].accepted).toBe(1);
    expect(next.sides[0].credibility).toBe(62);
    expect(next.sides[0].criticised).toEqual([]);
    expect(replies(next, 0)).toEqual([{ type: 'accepted', version: 1 }]);
    expect(next.sides[0].pending!.items).toEqual([{ type: 'accepted', version: 1 }]);
    expect(situations(c, next, 0)).toEqual(['accept']);
  });

  it('before the other side has moved, the same draft is refused', () => {
    const { c, state } = world(wholeSlack);
    const before = withDraft(edit(ready(state), (s) => void (s.sides[0].perceived = 0)), '222', 0);
    expect(wouldAccept(c, before, 0, '222')).toBe(false);
    expect(apply(c, before, (d, ctx) => presentDraft(d, ctx, 0)).next.sides[0].accepted).toBeNull();
  });

  it('public concessions bind: a text as good as the side\'s own stated position is accepted', () => {
    const { c, state } = world();
    const conceded = withDraft(
      edit(state, (s) => void (s.sides[0].position = '111')),
      '111',
      0,
    );
    const { next } = apply(c, conceded, (d, ctx) => presentDraft(d, ctx, 0));
    expect(next.sides[0].accepted).toBe(1);
    const worse = apply(c, withDraft(conceded, '112', 0), (d, ctx) => presentDraft(d, ctx, 0)).next;
    expect(worse.sides[0].accepted).toBeNull();
  });

  it('both accepting the same version that covers every core issue ends in a framework', () => {
    const { c, state } = world(wholeSlack);
    let s = withDraft(ready(state), '222', 0);
    s = apply(c, s, (d, ctx) => presentDraft(d, ctx, 0)).next;
    expect(immediateOutcome(c, s)).toBeNull();
    s = edit(s, (x) => {
      x.location = 1;
    });
    s = apply(c, s, (d, ctx) => presentDraft(d, ctx, 1)).next;
    expect(s.sides[0].accepted).toBe(1);
    expect(s.sides[1].accepted).toBe(1);
    expect(fullTextAgreed(c, s)).toBe(true);
    expect(immediateOutcome(c, s)?.id).toBe('framework');
    // a full text is not banked as an interim package
    expect(s.banked).toBeNull();
  });

  it('editing the draft after both accepted clears the acceptances and the framework', () => {
    const { c, state } = world(wholeSlack);
    const agreed = edit(withDraft(ready(state), '222', 1), (s) => {
      s.sides[0].accepted = 1;
      s.sides[1].accepted = 1;
    });
    expect(immediateOutcome(c, agreed)?.id).toBe('framework');
    const { next } = apply(c, agreed, (d, ctx) => editDraft(d, ctx, [[0, 1]]));
    expect(next.sides[0].accepted).toBeNull();
    expect(next.sides[1].accepted).toBeNull();
    expect(immediateOutcome(c, next)).toBeNull();
  });

  it('acceptances of different versions are no agreement', () => {
    const { c, state } = world(wholeSlack);
    const s = edit(withDraft(ready(state), '222', 1), (x) => {
      x.draftVersion = 2;
      x.sides[0].accepted = 1;
    });
    const { next } = apply(c, s, (d, ctx) => presentDraft(d, ctx, 1));
    expect(next.sides[1].accepted).toBe(2);
    expect(fullTextAgreed(c, next)).toBe(false);
    expect(immediateOutcome(c, next)).toBeNull();
  });

  it('both accepting a partial text with at least interimMinimum core items banks it', () => {
    const { c, state } = world(wholeSlack);
    // water set, border open (counted at the reservation value): North .25 + .3*.35 + .066 = .421
    let s = withDraft(ready(state), '2-2', 0);
    s = apply(c, s, (d, ctx) => presentDraft(d, ctx, 0)).next;
    expect(s.banked).toBeNull();
    s = edit(s, (x) => {
      x.location = 1;
    });
    s = apply(c, s, (d, ctx) => presentDraft(d, ctx, 1)).next;
    expect(s.sides[0].accepted).toBe(1);
    expect(s.sides[1].accepted).toBe(1);
    expect(fullTextAgreed(c, s)).toBe(false);
    expect(s.banked).toBe('2-2');
    expect(s.sides[0].wayOut).toBe(35);
    expect(s.sides[1].wayOut).toBe(35);
    expect(s.transcript.flatMap((t) => (t.said.kind === 'notice' ? [t.said.notice] : []))).toEqual([{ type: 'banked', version: 1 }]);
    // banking adds its bonus to visible progress, and the ledger says so
    expect(s.progress).toBe(progressOf(c, s));
    expect(s.progress - progressOf(c, edit(s, (x) => void (x.banked = null)))).toBe(BANKED_PROGRESS);
    expect(entries(s, 'progress').at(-1)!.to).toBe(s.progress);
  });

  it('a partial text below interimMinimum is not banked', () => {
    const { c, state } = world((i) => {
      wholeSlack(i);
      i.rules.interimMinimum = 2;
    });
    const s = edit(withDraft(ready(state), '2-2', 1), (x) => {
      x.sides[0].accepted = 1;
    });
    const { next } = apply(c, s, (d, ctx) => presentDraft(d, ctx, 1));
    expect(next.sides[1].accepted).toBe(1);
    expect(next.banked).toBeNull();
  });

  it('presenting an already banked text again does not bank it again', () => {
    const { c, state } = world(wholeSlack);
    let s = withDraft(ready(state), '2-2', 0);
    s = apply(c, s, (d, ctx) => presentDraft(d, ctx, 0)).next;
    s = edit(s, (x) => void (x.location = 1));
    s = apply(c, s, (d, ctx) => presentDraft(d, ctx, 1)).next;
    expect(s.banked).toBe('2-2');
    expect(s.sides[0].wayOut).toBe(35);
    const again = apply(c, s, (d, ctx) => presentDraft(d, ctx, 1)).next;
    expect(again.sides[0].wayOut).toBe(35);
    expect(again.sides[1].wayOut).toBe(35);
    expect(entries(again, 'wayOut')).toHaveLength(2);
  });

  it('presenting the same accepted version again does not raise credibility again', () => {
    const { c, state } = world(wholeSlack);
    const once = apply(c, withDraft(ready(state), '222', 0), (d, ctx) => presentDraft(d, ctx, 0)).next;
    expect(once.sides[0].credibility).toBe(62);
    const twice = apply(c, once, (d, ctx) => presentDraft(d, ctx, 0)).next;
    expect(twice.sides[0].accepted).toBe(1);
    expect(twice.sides[0].credibility).toBe(62);
    // it says yes again, but nothing new goes to the other side
    expect(twice.sides[0].pending!.items).toEqual([{ type: 'accepted', version: 1 }]);
  });
});

describe('editing the draft in the machine', () => {
  it('only in the majlis, only draftable (non-scope) items, and only when something changes', () => {
    const { c, state } = world();
    expect(allowedInTalks(c, state, { type: 'EDIT_DRAFT', items: { water: 'w1' } })).toBe(true);
    expect(allowedInTalks(c, state, { type: 'EDIT_DRAFT', items: { arms: 'inside' } })).toBe(false);
    expect(allowedInTalks(c, state, { type: 'EDIT_DRAFT', items: { water: 'w9' } })).toBe(false);
    expect(allowedInTalks(c, state, { type: 'EDIT_DRAFT', items: { fish: 'f1' } })).toBe(false);
    expect(allowedInTalks(c, state, { type: 'EDIT_DRAFT', items: { water: null } })).toBe(false);
    expect(allowedInTalks(c, edit(state, (s) => void (s.location = 0)), { type: 'EDIT_DRAFT', items: { water: 'w1' } })).toBe(false);
  });
});
