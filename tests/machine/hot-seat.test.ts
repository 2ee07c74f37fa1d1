// Delegations played by people: the mediator's question waits for the person's ANSWER, which
// is in the event log, so a game with people replays like any other.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../src/machine/events.ts';
import { compiledFor, phaseOf, sendEvent, settingsFor, startGame, machineView, type ShuttleActor } from '../../src/machine/game.ts';
import type { GameState, Reply, SideIndex, TranscriptEntry } from '../../src/model/types.ts';
import { issuePhrase } from '../../src/model/phrase.ts';
import { messageText, replyText, saidText } from '../../src/present/words/said.ts';
import { replay, stateHash } from '../../src/replay/replay.ts';
import { createSave, parseSave, settingsOf } from '../../src/replay/save.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import { legalEvents } from '../../src/machine/legal.ts';
import { POLICIES } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { loadMini, miniInput } from '../fixtures/mini.ts';

const scenario = loadMini();
const southByPerson = settingsFor(4, { people: [false, true] });

function game(events: GameEvent[], settings = southByPerson): ShuttleActor {
  const actor = startGame(scenario, settings);
  for (const e of events) expect(sendEvent(actor, e), JSON.stringify(e)).toBe(true);
  return actor;
}

const c = compiledFor(scenario, southByPerson);

/** What a delegation said at a step, as structured replies. */
function repliesAt(state: GameState, side: SideIndex, step = state.step): Reply[] {
  return state.transcript.flatMap((t) => (t.step === step && t.speaker === side && t.said.kind === 'reply' ? [t.said.reply] : []));
}

/** The person's own words said at a step. */
function wordsAt(state: GameState, step = state.step): TranscriptEntry[] {
  return state.transcript.filter((t) => t.step === step && t.said.kind === 'words');
}

const toSouthWithDraft: GameEvent[] = [{ type: 'BEGIN' }, { type: 'EDIT_DRAFT', items: { water: 'w2', border: 'b2' } }, { type: 'WALK', to: 'south' }];

describe('a delegation played by a person', () => {
  it('answers the draft: while it decides, only an answer is taken', () => {
    const actor = game([...toSouthWithDraft, { type: 'PRESENT_DRAFT' }]);
    const snap = actor.getSnapshot();
    expect(phaseOf(snap)).toBe('answering');
    expect(snap.context.question).toEqual({ side: 1, kind: 'draft', issue: null, version: 2 });
    for (const e of [{ type: 'WALK', to: 'north' }, { type: 'RECESS' }, { type: 'LISTEN' }, { type: 'CONTINUE' }] as GameEvent[]) expect(sendEvent(actor, e)).toBe(false);
    expect([...legalEvents(machineView(scenario, snap)).keys()]).toEqual(['ANSWER']);
    expect(sendEvent(actor, { type: 'ANSWER', accept: true, message: 'We can live with <b>this</b>.' })).toBe(true);
    const after = actor.getSnapshot().context;
    expect(phaseOf(actor.getSnapshot())).toBe('talks');
    expect(after.question).toBeNull();
    expect(after.sides[1].accepted).toBe(2);
    // The person's own words, kept as text and carried to the other side; no scenario line put in their mouth.
    expect(wordsAt(after)).toEqual([expect.objectContaining({ speaker: 1, said: { kind: 'words', text: 'We can live with <b>this</b>.' }, person: true, simulated: false })]);
    expect(after.transcript.filter((t) => t.step === after.step && t.said.kind === 'line')).toEqual([]);
    // The game records the yes as a structured reply (its own account), beside the words.
    expect(repliesAt(after, 1)).toEqual([{ type: 'accepted', version: 2 }]);
    const pending = after.sides[1].pending!;
    expect(pending.items).toContainEqual({ type: 'words', text: 'We can live with <b>this</b>.' });
    expect(pending.items).toContainEqual({ type: 'accepted', version: 2 });
    expect(messageText(c, pending)).toContain('We can live with <b>this</b>.');
  });

  it('turns the draft down, naming its objections and stating its positions', () => {
    const actor = game([...toSouthWithDraft, { type: 'PRESENT_DRAFT' }, { type: 'ANSWER', accept: false, objections: ['border'], positions: { border: 'b3' } }]);
    const s = actor.getSnapshot().context.sides[1];
    expect(s.accepted).toBeNull();
    expect(s.criticised).toEqual([1]);
    expect(s.heard[1]).toBe('3');
    expect(s.position[1]).toBe('3');
  });

  it('refuses answers that do not fit (unknown issues or options), and takes a yes to a concession as one step', () => {
    const actor = game([...toSouthWithDraft, { type: 'PRESENT_DRAFT' }]);
    expect(sendEvent(actor, { type: 'ANSWER', accept: false, objections: ['nothing'] })).toBe(false);
    expect(sendEvent(actor, { type: 'ANSWER', accept: false, positions: { border: 'b9' } })).toBe(false);
    const asked = game([{ type: 'BEGIN' }, { type: 'WALK', to: 'south' }, { type: 'ASK_CONCESSION', issue: 'arms' }]);
    // South opens at its own end of the scale on arms (excluded): a yes moves it one step toward north.
    expect(sendEvent(asked, { type: 'ANSWER', accept: true })).toBe(true);
    expect(asked.getSnapshot().context.sides[1].position[2]).toBe('2');
  });

  it('cannot say yes to a step past the end of its scale', () => {
    const north = settingsFor(4, { people: [true, false] });
    const steps: GameEvent[] = [{ type: 'BEGIN' }, { type: 'WALK', to: 'north' }];
    for (let i = 0; i < 4; i++) steps.push({ type: 'ASK_CONCESSION', issue: 'water' }, { type: 'ANSWER', accept: true });
    const actor = game(steps, north);
    expect(actor.getSnapshot().context.sides[0].position[0]).toBe('4');
    expect(sendEvent(actor, { type: 'ASK_CONCESSION', issue: 'water' })).toBe(true);
    expect(sendEvent(actor, { type: 'ANSWER', accept: true })).toBe(false);
    expect(sendEvent(actor, { type: 'ANSWER', accept: false })).toBe(true);
  });

  it('concedes, or declines, when asked for a concession', () => {
    const base: GameEvent[] = [{ type: 'BEGIN' }, { type: 'WALK', to: 'south' }, { type: 'ASK_CONCESSION', issue: 'water' }];
    const yes = game([...base, { type: 'ANSWER', accept: true }]).getSnapshot().context;
    expect(yes.sides[1].position[0]).toBe('3');
    expect(yes.ledger.some((e) => e.meter === 'concession' && e.side === 1)).toBe(true);
    const no = game([...base, { type: 'ANSWER', accept: false }]).getSnapshot().context;
    expect(no.sides[1].position[0]).toBe('4');
    expect(no.ledger.some((e) => e.meter === 'concession' && e.side === 1)).toBe(false);
    // The refusal is recorded as the delegation's reply on the issue asked about, and worded with it.
    const refused = repliesAt(no, 1);
    expect(refused).toEqual([expect.objectContaining({ type: 'refused', issue: 0 })]);
    expect(replyText(c, 1, refused[0]!)).toContain(issuePhrase(scenario.issues[0]!));
    expect(repliesAt(yes, 1)).toEqual([{ type: 'conceded', issue: 0, from: 4, to: 3 }]);
  });

  it('states its position when listened to', () => {
    const s = game([{ type: 'BEGIN' }, { type: 'WALK', to: 'south' }, { type: 'LISTEN' }, { type: 'ANSWER', accept: true, positions: { water: 'w3' } }]).getSnapshot().context;
    expect(s.sides[1].heard[0]).toBe('3');
    expect(s.sides[1].position[0]).toBe('3');
    expect(s.progress).toBeGreaterThan(0);
  });

  it('keeps the day open until the answer comes, even with no hours left', () => {
    const input = miniInput();
    input.rounds = input.rounds.map((r) => ({ ...r, hours: 2 }));
    const short = loadScenarioValue(input);
    if (!short.ok) throw new Error(short.errors.join('\n'));
    const actor = startGame(short.scenario, southByPerson);
    for (const e of [{ type: 'BEGIN' }, { type: 'WALK', to: 'south' }, { type: 'LISTEN' }] as GameEvent[]) expect(sendEvent(actor, e)).toBe(true);
    expect(actor.getSnapshot().context.hoursLeft).toBe(0.5);
    expect(sendEvent(actor, { type: 'ASK_CONCESSION', issue: 'water' })).toBe(false);
    expect(sendEvent(actor, { type: 'ANSWER', accept: false })).toBe(true);
    expect(sendEvent(actor, { type: 'PRESENT_DRAFT' })).toBe(false);
  });

  it('plays whole games with people at both tables (simulated) and replays them from the log', () => {
    const settings = settingsFor(9, { people: [true, true] });
    for (const policy of POLICIES) {
      const g = playGame(scenario, policy, 9, settings);
      expect(g.refused).toBe(0);
      expect(g.snapshot.status).toBe('done');
      const again = replay(scenario, settings, g.events);
      expect(stateHash(again.snapshot.context)).toBe(stateHash(g.snapshot.context));
    }
    const g = playGame(scenario, POLICIES[4]!, 9, settings);
    expect(g.events.some((e) => e.type === 'ANSWER')).toBe(true);
    const loaded = loadScenarioValue(miniInput());
    if (!loaded.ok) throw new Error('mini');
    const parsed = parseSave(JSON.stringify(createSave(scenario, loaded.hash, settings, g.events)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(settingsOf(parsed.save).people).toEqual([true, true]);
  });
});

describe('a delegation played by a person answers a proposed trade', () => {
  // South gives one step on water (w4 to w3) if North gives one on the border (b0 to b1).
  const proposed: GameEvent[] = [{ type: 'BEGIN' }, { type: 'WALK', to: 'south' }, { type: 'PROPOSE_TRADE', give: 'water', get: 'border' }];
  const theTrade = { kind: 'trade', from: 1, give: [{ issue: 0, option: 3 }], want: [{ issue: 1, option: 1 }] };

  it('is asked, and while it decides only an answer is taken', () => {
    const actor = game(proposed);
    const snap = actor.getSnapshot();
    expect(phaseOf(snap)).toBe('answering');
    expect(snap.context.question).toEqual({ side: 1, kind: 'trade', issue: null, version: 1, trade: { give: 0, get: 1 } });
    expect([...legalEvents(machineView(scenario, snap)).keys()]).toEqual(['ANSWER']);
    for (const e of [{ type: 'WALK', to: 'north' }, { type: 'RECESS' }, { type: 'PROPOSE_TRADE', give: 'water', get: 'border' }] as GameEvent[]) expect(sendEvent(actor, e)).toBe(false);
    // Nothing has moved yet: the question costs the time a trade takes, no more.
    const before = game(proposed.slice(0, 2)).getSnapshot().context;
    expect(snap.context.hoursLeft).toBe(before.hoursLeft - scenario.rules.actionHours.trade);
    expect(snap.context.sides.map((x) => x.position)).toEqual(before.sides.map((x) => x.position));
    expect(snap.context.offers).toEqual([]);
  });

  it('accepts: the trade becomes its own offer, for the mediator to carry, and the other side answers it when carried', () => {
    const settings = southByPerson;
    const events: GameEvent[] = [...proposed, { type: 'ANSWER', accept: true }];
    const after = game(events).getSnapshot().context;
    expect(after.question).toBeNull();
    expect(after.offers).toEqual([expect.objectContaining(theTrade)]);
    expect(repliesAt(after, 1)).toEqual([{ type: 'offer', offer: after.offers[0] }]);
    expect(after.sides[1].pending?.items).toContainEqual({ type: 'offer', offer: after.offers[0] });
    // An offer moves nobody until the other side takes it.
    expect(after.sides[1].position[0]).toBe('4');
    expect(after.sides[0].position[1]).toBe('0');
    const act = after.transcript.filter((t) => t.step === after.step && t.said.kind === 'act').at(-1)!.said;
    expect(act).toMatchObject({ act: { type: 'ANSWER', answer: { side: 1, kind: 'trade', accept: true, issues: [0, 1] } } });

    // Carried to North (played by the model): it takes the trade or turns it down, and the offer is settled either way.
    const carried = [...events, { type: 'WALK', to: 'north' }, { type: 'RELAY', mode: 'faithful' }] as GameEvent[];
    const relayed = game(carried).getSnapshot().context;
    expect(relayed.offers).toEqual([]);
    const answered = repliesAt(relayed, 0);
    const took = answered.some((r) => r.type === 'tradeAccepted');
    expect(took || answered.some((r) => r.type === 'tradeDeclined')).toBe(true);
    expect(relayed.sides[1].position[0]).toBe(took ? '3' : '4');
    expect(relayed.sides[0].position[1]).toBe(took ? '1' : '0');
    // The game with the answer in its log replays to the same state.
    expect(stateHash(replay(scenario, settings, carried).snapshot.context)).toBe(stateHash(relayed));
  });

  it('declines: no offer is made, nothing moves, and the refusal is recorded', () => {
    const before = game(proposed).getSnapshot().context;
    const after = game([...proposed, { type: 'ANSWER', accept: false }]).getSnapshot().context;
    expect(after.question).toBeNull();
    expect(after.offers).toEqual([]);
    expect(repliesAt(after, 1)).toEqual([{ type: 'tradeDeclined', offer: expect.objectContaining(theTrade) }]);
    expect(after.sides.map((x) => x.position)).toEqual(before.sides.map((x) => x.position));
    expect(after.sides[1].pending?.items.some((i) => i.type === 'offer') ?? false).toBe(false);
    expect(after.transcript.filter((t) => t.step === after.step && t.said.kind === 'act').at(-1)!.said).toMatchObject({ act: { type: 'ANSWER', answer: { side: 1, kind: 'trade', accept: false } } });
  });

  it('is not asked a trade the guards refuse (a scope issue, the same issue twice, an unknown issue)', () => {
    const inSouth = game(proposed.slice(0, 2));
    for (const e of [
      { type: 'PROPOSE_TRADE', give: 'arms', get: 'border' },
      { type: 'PROPOSE_TRADE', give: 'water', get: 'water' },
      { type: 'PROPOSE_TRADE', give: 'water', get: 'nothing' },
    ] as GameEvent[])
      expect(sendEvent(inSouth, e), JSON.stringify(e)).toBe(false);
    expect(inSouth.getSnapshot().context.question).toBeNull();
  });
});

describe('a delegation played by a person takes the floor unasked', () => {
  const inSouth: GameEvent[] = [{ type: 'BEGIN' }, { type: 'WALK', to: 'south' }];

  it('states positions and words for the mediator to carry, in the listening time, with no question put', () => {
    const before = game(inSouth).getSnapshot().context;
    const actor = game([...inSouth, { type: 'SPEAK', positions: { border: 'b3' }, message: 'We came to <i>settle</i>.' }]);
    const snap = actor.getSnapshot();
    const after = snap.context;
    expect(phaseOf(snap)).toBe('talks');
    expect(after.question).toBeNull();
    expect(after.hoursLeft).toBe(before.hoursLeft - scenario.rules.actionHours.listen);
    expect(after.sides[1].heard[1]).toBe('3');
    expect(after.transcript.filter((t) => t.step === after.step && t.person)).toEqual([expect.objectContaining({ speaker: 1, said: { kind: 'words', text: 'We came to <i>settle</i>.' } })]);
    const pending = after.sides[1].pending!;
    expect(pending.items).toContainEqual({ type: 'words', text: 'We came to <i>settle</i>.' });
    expect(pending.items).toContainEqual({ type: 'stated', issue: 1, option: 3 });
    expect(messageText(c, pending)).toContain('We came to <i>settle</i>.');
    // The record says it took the floor: it answered no question.
    const acts = after.transcript.filter((t) => t.step === after.step && t.said.kind === 'act');
    expect(acts).toHaveLength(1);
    expect(acts[0]!.said).toMatchObject({ act: { type: 'ANSWER', answer: { side: 1, kind: 'listen', issues: [1], unasked: true } } });
    const told = saidText(c, acts[0]!, southByPerson);
    expect(told).toMatch(/took the floor/);
    expect(told).not.toMatch(/answered/);
    // What it moved is in the ledger as the delegation's doing (a person's), not the mediator's.
    const moved = after.ledger.filter((e) => e.step === after.step);
    expect(moved.length).toBeGreaterThan(0);
    for (const e of moved) expect(e.cause).toMatchObject({ source: 'SPEAK', actor: 'person:1' });
  });

  it('is refused with nothing to say, outside a person’s room, while a question waits, and for unknown items', () => {
    expect(sendEvent(game(inSouth), { type: 'SPEAK' })).toBe(false);
    expect(sendEvent(game(inSouth), { type: 'SPEAK', message: '   ' })).toBe(false);
    expect(sendEvent(game(inSouth), { type: 'SPEAK', positions: { border: 'b9' } })).toBe(false);
    expect(sendEvent(game([{ type: 'BEGIN' }, { type: 'WALK', to: 'north' }]), { type: 'SPEAK', message: 'Hello' })).toBe(false);
    expect(sendEvent(game([{ type: 'BEGIN' }]), { type: 'SPEAK', message: 'Hello' })).toBe(false);
    expect(sendEvent(game([...inSouth, { type: 'LISTEN' }]), { type: 'SPEAK', message: 'Hello' })).toBe(false);
    expect(sendEvent(game([...inSouth, { type: 'TEACHER_PAUSE' }]), { type: 'SPEAK', message: 'Hello' })).toBe(false);
  });

  it('is kept in the log: the save replays to the same state', () => {
    const events: GameEvent[] = [...inSouth, { type: 'SPEAK', message: 'Our border first.' }, { type: 'WALK', to: 'north' }, { type: 'RELAY', mode: 'faithful' }];
    const actor = game(events);
    const save = createSave(scenario, '0123456789abcdef', southByPerson, events);
    const parsed = parseSave(JSON.stringify(save));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(stateHash(replay(scenario, settingsOf(parsed.save), parsed.save.events).snapshot.context)).toBe(stateHash(actor.getSnapshot().context));
  });
});
