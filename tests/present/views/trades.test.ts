// Trades in the talks' screens: the form offers exactly the legal PROPOSE_TRADE events, each step
// named by where it goes; an offer made is shown in its maker's words with where it stands; and
// writing it into the draft is one EDIT_DRAFT with the offer's items, allowed only in the hall.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../../src/machine/events.ts';
import { persist, resumeGame, sendEvent, settingsFor, startGame, type PersistedGame } from '../../../src/machine/game.ts';
import { mediatorView } from '../../../src/machine/view.ts';
import type { Offer } from '../../../src/model/types.ts';
import { roomActions } from '../../../src/present/views/actions.ts';
import { offerCards, offerEdit, tradeEvent, tradeForm, tradeSummary } from '../../../src/present/views/trades.ts';
import { moveImperative, sceneOf } from '../../../src/present/words/moves.ts';
import { offerText } from '../../../src/present/words/said.ts';
import { loadMini } from '../../fixtures/mini.ts';

const scenario = loadMini();
const settings = settingsFor(7);

function gameAfter(events: GameEvent[]): PersistedGame {
  const actor = startGame(scenario, settings);
  for (const e of events) expect(sendEvent(actor, e), JSON.stringify(e)).toBe(true);
  const saved = persist(actor);
  actor.stop();
  return saved;
}

const viewOf = (saved: PersistedGame) => {
  const actor = resumeGame(scenario, saved);
  const view = mediatorView(scenario, actor.getSnapshot());
  return { actor, view };
};

const inNorth = gameAfter([{ type: 'BEGIN' }, { type: 'WALK', to: 'north' }]);

/** The first legal trade North says yes to, and the game just after it. */
function acceptedTrade(): { event: GameEvent; after: PersistedGame; offer: Offer } {
  const { view } = viewOf(inNorth);
  for (const event of view.legal.filter((e) => e.type === 'PROPOSE_TRADE')) {
    const actor = resumeGame(scenario, inNorth);
    expect(sendEvent(actor, event)).toBe(true);
    const offer = actor.getSnapshot().context.offers.find((o) => o.from === 0);
    const after = persist(actor);
    actor.stop();
    if (offer) return { event, after, offer };
  }
  throw new Error('North takes no trade in this game');
}

describe('the trade form', () => {
  it('offers exactly the legal trades, each step named by its issue and where it would go', () => {
    const { view } = viewOf(inNorth);
    const legal = view.legal.filter((e) => e.type === 'PROPOSE_TRADE');
    expect(legal.length).toBeGreaterThan(0);
    const form = tradeForm(view, 0);
    const pairs = form.gives.flatMap((g) => form.gets[g.id]!.map((x) => ({ type: 'PROPOSE_TRADE', give: g.id, get: x.id })));
    expect(pairs).toEqual(legal);
    expect(form.heading).toBe('Propose a trade to Northland');
    expect(form.giveLabel).toBe('Northland would move on');
    expect(form.getLabel).toBe('if Southland moves on');
    // North opens at w0 and moves up; South at w4 and moves down: one step each.
    const water = scenario.issues[0]!;
    expect(form.gives.find((g) => g.id === 'water')?.label).toBe(`${water.name}: to “${water.options[1]!.label}”`);
    for (const get of Object.values(form.gets).flat().filter((x) => x.id === 'water')) expect(get.label).toBe(`${water.name}: to “${water.options[3]!.label}”`);
  });

  it('turns a choice into its legal event, and names it as the action menu would', () => {
    const { view } = viewOf(inNorth);
    const form = tradeForm(view, 0);
    const give = form.gives[0]!.id;
    const get = form.gets[give]![0]!.id;
    const event = tradeEvent(view, give, get)!;
    expect(event).toEqual({ type: 'PROPOSE_TRADE', give, get });
    expect(tradeSummary(view, event)).toBe(moveImperative(event, sceneOf(view.c, view.state)));
    expect(tradeEvent(view, give, give)).toBeNull();
  });

  it('is empty, and its action says why, where no trade can be proposed', () => {
    const { view } = viewOf(gameAfter([{ type: 'BEGIN' }]));
    expect(tradeForm(view, 0).gives).toEqual([]);
    const { view: room } = viewOf(inNorth);
    const action = roomActions(room, 0).find((a) => a.id === 'trade')!;
    expect(action).toMatchObject({ ui: 'open-trade', enabled: true, key: 'x', hours: scenario.rules.actionHours.trade });
    const none = roomActions({ ...room, legal: room.legal.filter((e) => e.type !== 'PROPOSE_TRADE') }, 0).find((a) => a.id === 'trade')!;
    expect(none.enabled).toBe(false);
    expect(none.reason).toMatch(/^No trade can be framed now/);
  });
});

describe('offers on the table', () => {
  it('shows a trade the side made in its words, not yet carried, and the revision that writes it in', () => {
    const { after, offer } = acceptedTrade();
    const { view } = viewOf(after);
    const cards = offerCards(view);
    expect(cards).toHaveLength(1);
    const card = cards[0]!;
    expect(card).toMatchObject({ from: 0, kind: 'trade', text: offerText(view.c, offer), status: 'Not carried yet: it goes to Southland with your next message.' });
    expect(card.text).toMatch(/^Northland offers a trade: it would move on .+ if Southland moves on .+\.$/);
    // Both steps, the maker's and the one it asks for, in one revision.
    const items = Object.fromEntries([...offer.give, ...offer.want].map((i) => [view.c.issueIds[i.issue]!, view.c.optionIds[i.issue]![i.option]!]));
    expect(card.edit).toEqual({ type: 'EDIT_DRAFT', items });
    // In a room the draft cannot be written.
    expect(card.enabled).toBe(false);
    expect(card.reason).toBe(`The draft is written in ${scenario.mediator.hallName.replace(/^./, (x) => x.toUpperCase())}.`);
  });

  it('can be written into the draft from the hall, and then says the draft has it', () => {
    const { after, offer } = acceptedTrade();
    const { actor } = viewOf(after);
    expect(sendEvent(actor, { type: 'WALK', to: 'majlis' })).toBe(true);
    const card = offerCards(mediatorView(scenario, actor.getSnapshot()))[0]!;
    expect(card.enabled).toBe(true);
    expect(sendEvent(actor, card.edit!)).toBe(true);
    const draft = actor.getSnapshot().context.draft;
    for (const i of [...offer.give, ...offer.want]) expect(draft[i.issue]).toBe(String.fromCharCode(48 + i.option));
    const again = offerCards(mediatorView(scenario, actor.getSnapshot()))[0]!;
    expect(again).toMatchObject({ edit: null, enabled: false, reason: 'The draft already says this.' });
  });

  it('writes only the items the draft does not say yet', () => {
    const { view } = viewOf(inNorth);
    const c = view.c;
    const draft = view.state.draft;
    const same = [...draft].findIndex((ch) => ch !== '-');
    const items = same === -1 ? [] : [{ issue: same, option: draft.charCodeAt(same) - 48 }];
    expect(offerEdit(c, draft, items)).toBeNull();
    expect(offerEdit(c, '---', [{ issue: 1, option: 2 }])).toEqual({ type: 'EDIT_DRAFT', items: { [c.issueIds[1]!]: c.optionIds[1]![2]! } });
  });

  it('shows a condition put on the draft on the table, and drops it once the draft has changed', () => {
    const { view } = viewOf(inNorth);
    const condition: Offer = { kind: 'condition', from: 1, step: view.state.step, give: [], want: [{ issue: 1, option: 2 }], version: view.state.draftVersion };
    const said = { step: view.state.step, round: view.state.round, where: 1 as const, speaker: 1 as const, said: { kind: 'reply' as const, reply: { type: 'offer' as const, offer: condition } }, simulated: true };
    const withCondition = { ...view, state: { ...view.state, location: 'majlis' as const, transcript: [...view.state.transcript, said] } };
    const [card] = offerCards(withCondition);
    expect(card).toMatchObject({ kind: 'condition', from: 1, text: offerText(view.c, condition), status: `About draft ${view.state.draftVersion}, the one on the table.` });
    expect(card!.edit).toEqual({ type: 'EDIT_DRAFT', items: { [view.c.issueIds[1]!]: view.c.optionIds[1]![2]! } });
    expect(offerCards({ ...withCondition, state: { ...withCondition.state, draftVersion: view.state.draftVersion + 1 } })).toEqual([]);
  });

  it('is empty when nothing was offered', () => {
    expect(offerCards(viewOf(inNorth).view)).toEqual([]);
  });
});
