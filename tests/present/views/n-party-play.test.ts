// The play screens' views with three and four delegations: a walk to every room, a relay per
// sender naming it, a trade form that names its counterpart and offers exactly the legal trades
// with it, the messages waiting listed by sender and addressee, each delegation's concessions, and
// words that name the addressee ("Eastland to Northland") and the others ("Southland and
// Eastland"). With two delegations the same functions give what they always gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../../src/machine/events.ts';
import { persist, resumeGame, sendEvent, settingsFor, startGame, type PersistedGame } from '../../../src/machine/game.ts';
import { mediatorView } from '../../../src/machine/view.ts';
import { compile, offerTo, waitingFor, type CompiledScenario } from '../../../src/model/index.ts';
import { hallActions, roomActions, type ActionSpec } from '../../../src/present/views/actions.ts';
import { concededShares } from '../../../src/present/views/conceded.ts';
import { gapView } from '../../../src/present/views/concessions.ts';
import { waitingMessages } from '../../../src/present/views/mail.ts';
import { offerCards, tradeEvent, tradeForm } from '../../../src/present/views/trades.ts';
import { othersName } from '../../../src/present/words/names.ts';
import { messageText, lineText } from '../../../src/present/words/said.ts';
import { moveImperative, sceneOf } from '../../../src/present/words/moves.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { policyByName } from '../../../src/sim/policies/index.ts';
import { playGame } from '../../../src/sim/play.ts';
import { loadMini } from '../../fixtures/mini.ts';
import { loadNParty } from '../../fixtures/n-party.ts';

const settings = settingsFor(3);

function gameAfter(scenario: Scenario, events: GameEvent[]): PersistedGame {
  const actor = startGame(scenario, settings);
  for (const e of events) expect(sendEvent(actor, e), JSON.stringify(e)).toBe(true);
  const saved = persist(actor);
  actor.stop();
  return saved;
}

function viewOf(scenario: Scenario, saved: PersistedGame) {
  const actor = resumeGame(scenario, saved);
  const view = mediatorView(scenario, actor.getSnapshot());
  actor.stop();
  return view;
}

const flat = (specs: readonly ActionSpec[]): ActionSpec[] => specs.flatMap((s) => [s, ...(s.children ? flat(s.children) : [])]);

describe.each([3, 4] as const)('%i delegations on the play screens', (count) => {
  const scenario = loadNParty(count);
  const ids = scenario.delegations.map((d) => d.id);
  // Listen in every room but the last, then walk into the last: a message from each waits there.
  const events: GameEvent[] = [{ type: 'BEGIN' }, ...ids.slice(0, -1).flatMap((id): GameEvent[] => [{ type: 'WALK', to: id }, { type: 'LISTEN' }]), { type: 'WALK', to: ids.at(-1)! }];
  const saved = gameAfter(scenario, events);
  const view = viewOf(scenario, saved);
  const c = view.c;
  const last = count - 1;

  it('walks from the hall to every room, keys 1 to N', () => {
    const start = viewOf(scenario, gameAfter(scenario, [{ type: 'BEGIN' }]));
    const walks = hallActions(start).filter((a) => a.id.startsWith('walk-'));
    expect(walks.map((a) => a.key)).toEqual(ids.map((_, i) => String(i + 1)));
    expect(walks.map((a) => a.event)).toEqual(ids.map((id) => ({ type: 'WALK', to: id })));
    expect(walks.every((a) => a.enabled)).toBe(true);
  });

  it('offers a relay for every other delegation, naming the sender; the ones with a message waiting are enabled and legal', () => {
    const actions = roomActions(view, last);
    const relays = actions.filter((a) => a.id.startsWith('relay-'));
    expect(relays.map((a) => a.id)).toEqual(ids.slice(0, -1).map((id) => `relay-${id}`));
    // Every group has a key of its own; C is the first sender's with a message waiting here.
    expect(relays.filter((a) => a.key === 'c')).toHaveLength(1);
    expect(new Set(relays.map((a) => a.key)).size).toBe(relays.length);
    expect(relays.every((a) => a.key !== undefined)).toBe(true);
    expect(relays.find((a) => a.key === 'c')!.enabled).toBe(true);
    const legal = new Set(view.legal.map((e) => JSON.stringify(e)));
    for (const [i, group] of relays.entries()) {
      const waiting = waitingFor(view.state, i, last) !== null;
      expect(group.enabled).toBe(waiting);
      for (const child of group.children!) {
        expect(child.event).toMatchObject({ type: 'RELAY', from: ids[i] });
        expect(child.enabled).toBe(legal.has(JSON.stringify(child.event)));
      }
      expect(group.label).toContain(c.scenario.delegations[i]!.shortName);
    }
    expect(relays.some((r) => r.enabled)).toBe(true);
  });

  it('lists the messages waiting by sender and addressee, and words each with both', () => {
    const all = waitingMessages(c, view.state);
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) {
      expect(waitingFor(view.state, m.from, m.to)).toBe(m);
      const text = messageText(c, m);
      expect(text.startsWith(`${c.scenario.delegations[m.from]!.shortName} to ${c.scenario.delegations[m.to]!.shortName}:`)).toBe(true);
    }
    const here = waitingMessages(c, view.state, { to: last });
    expect(here.every((m) => m.to === last)).toBe(true);
    expect(here.length).toBe(all.filter((m) => m.to === last).length);
  });

  it('frames a trade with a chosen counterpart from exactly the legal trades with it', () => {
    const legal = view.legal.filter((e): e is Extract<GameEvent, { type: 'PROPOSE_TRADE' }> => e.type === 'PROPOSE_TRADE');
    const withIds = [...new Set(legal.map((e) => e.with))];
    expect(withIds.length).toBeGreaterThan(0);
    expect(withIds.every((id) => id !== undefined && ids.includes(id))).toBe(true);
    for (const id of withIds) {
      const form = tradeForm(view, last, id);
      expect(form.counterpart).toBe(id);
      expect(form.counterparts.map((x) => x.id)).toEqual(withIds);
      const pairs = form.gives.flatMap((g) => form.gets[g.id]!.map((x) => ({ type: 'PROPOSE_TRADE', give: g.id, get: x.id, with: id })));
      expect(pairs).toEqual(legal.filter((e) => e.with === id));
      const first = pairs[0]!;
      expect(tradeEvent(view, first.give, first.get, id)).toEqual(first);
      // The move names the counterpart.
      const name = c.scenario.delegations[ids.indexOf(id!)]!.shortName;
      expect(moveImperative(first as GameEvent, sceneOf(c, view.state))).toContain(name);
    }
    // Without a counterpart (or an unknown one) the form takes the first.
    expect(tradeForm(view, last).counterpart).toBe(withIds[0]);
    expect(tradeForm(view, last, 'nobody').counterpart).toBe(withIds[0]);
    expect(tradeEvent(view, legal[0]!.give, legal[0]!.get, null)).toBeNull();
  });

  it('names every other delegation where a line or a reply means "the other side"', () => {
    const others = othersName(c, 0);
    for (const d of scenario.delegations.slice(1)) expect(others).toContain(d.shortName);
    expect(others).toMatch(/ and /);
    const line = c.scenario.dialogue.findIndex((l) => l.text.includes('{other}') && l.delegation === ids[0]);
    if (line >= 0) expect(lineText(c, 0, { line }, { names: 'names' })).toContain(others);
  });

  it('gives each delegation its share of the moves, within 0 to 100, every one named', () => {
    const game = playGame(scenario, policyByName('broker')!, 2);
    const shares = concededShares(c, mediatorView(scenario, game.snapshot).state);
    expect(shares).toHaveLength(count);
    for (const s of shares) expect(s).toBeGreaterThanOrEqual(0);
    for (const s of shares) expect(s).toBeLessThanOrEqual(100);
    expect(shares.some((s) => s > 0)).toBe(true);
  });

  it('addresses a trade offer to its counterpart and a trade’s answer to the offerer, at every step of played games', () => {
    let offers = 0;
    for (const seed of [1, 2, 3]) {
      const game = playGame(scenario, policyByName('broker')!, seed);
      const actor = startGame(scenario, settingsFor(seed));
      for (const event of game.events) {
        sendEvent(actor, event);
        const view = mediatorView(scenario, actor.getSnapshot());
        for (const m of waitingMessages(c, view.state)) {
          for (const item of m.items) {
            if (item.type === 'offer') expect(m.to).toBe(offerTo(item.offer));
            if (item.type === 'tradeAccepted' || item.type === 'tradeDeclined') expect(m.to).toBe(item.offer.from);
            if (item.type === 'offer' || item.type === 'tradeAccepted' || item.type === 'tradeDeclined') offers++;
          }
        }
        for (const card of offerCards(view)) expect(card.text).not.toMatch(/undefined|NaN/);
      }
      actor.stop();
    }
    expect(offers).toBeGreaterThan(0);
  });
});

describe('with two delegations, as before', () => {
  const scenario = loadMini();
  const c: CompiledScenario = compile(scenario);
  it('the shares are the gap bars\' figures, over any stated positions', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }), (picks) => {
        const game = playGame(scenario, policyByName('random')!, picks.reduce((a, b) => a * 5 + b, 1));
        const state = mediatorView(scenario, game.snapshot).state;
        expect(concededShares(c, state)).toEqual(gapView(c, state).conceded);
      }),
      { numRuns: 25 },
    );
  });

  it('names the other side alone, a message by its sender alone, and a relay with no sender', () => {
    expect(othersName(c, 0)).toBe('Southland');
    const view = viewOf(scenario, gameAfter(scenario, [{ type: 'BEGIN' }, { type: 'WALK', to: 'north' }, { type: 'LISTEN' }, { type: 'WALK', to: 'south' }]));
    const relay = roomActions(view, 1).filter((a) => a.id.startsWith('relay'));
    expect(relay.map((a) => a.id)).toEqual(['relay']);
    expect(relay[0]!.children!.map((ch) => ch.event)).toEqual(['faithful', 'softened', 'sharpened', 'withheld'].map((mode) => ({ type: 'RELAY', mode })));
    const [m] = waitingMessages(view.c, view.state);
    expect(messageText(view.c, m!)).toMatch(/^Northland: /);
    expect(tradeForm(view, 1).counterparts).toEqual([]);
  });
});
