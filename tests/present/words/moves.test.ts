// The one vocabulary: every event type has every form, in the scenario's own names, never raw
// data; the seven places that used to word moves their own way now say the same thing.
import { describe, expect, it } from 'vitest';
import { GameEventSchema, type GameEvent } from '../../../src/machine/events.ts';
import { compiledFor, settingsFor, startGame } from '../../../src/machine/game.ts';
import { candidateEvents } from '../../../src/machine/legal.ts';
import { MOVES, moveGist, moveImperative, movePast, moveShort, sceneOf } from '../../../src/present/words/moves.ts';
import { meterName, outcomeName } from '../../../src/present/words/quantities.ts';
import { messages } from '../../../src/present/catalogue/index.ts';
import { actText, namesItsSpeaker } from '../../../src/present/words/said.ts';
import { sideName } from '../../../src/present/words/names.ts';
import { OUTCOME_IDS } from '../../../src/model/types.ts';
import { shipped } from '../../fixtures/shipped.ts';

const r = shipped('camp-david-1978');
const scenario = r.scenario;
const c = compiledFor(scenario, settingsFor(1));
const start = startGame(scenario, settingsFor(1)).getSnapshot().context;
const inRoom = sceneOf(c, { ...start, location: 1 });

/** One event of every type, with data from the scenario. */
function oneOfEach(): GameEvent[] {
  const types = GameEventSchema.options.map((o) => o.shape.type.value);
  return types.map((type): GameEvent => {
    const candidates = candidateEvents({ c, phase: 'talks', state: start }, type);
    if (candidates.length) return candidates[candidates.length - 1]!;
    switch (type) {
      case 'SPEAK':
        return { type };
      case 'TEACHER_PAUSE':
      case 'TEACHER_RESUME':
        return { type };
      case 'TEACHER_INJECT':
        return { type, event: scenario.events[0]!.id };
      case 'TEACHER_EXTEND':
        return { type, hours: 2 };
      case 'TEACHER_SEAT':
        return { type, seat: scenario.delegations[0]!.id, to: 'ai' };
      default:
        throw new Error(`no example for ${type}`);
    }
  });
}

describe('the vocabulary of moves', () => {
  it('names every event type of the machine (the record is over the event types)', () => {
    const types = GameEventSchema.options.map((o) => o.shape.type.value).sort();
    expect(Object.keys(MOVES).sort()).toEqual(types);
  });

  it('gives every event every form, in words: no raw type, id, brace or undefined', () => {
    for (const e of oneOfEach()) {
      const forms = [moveImperative(e, inRoom), movePast(e, inRoom, 'you'), movePast(e, inRoom, 'mediator'), moveShort(e, inRoom), moveGist(e.type) ?? ''];
      for (const words of forms) {
        expect(words.length, `${e.type}: "${words}"`).toBeGreaterThan(3);
        expect(words, e.type).not.toMatch(/[{}"]|undefined|null|_/);
        // The old fallback wrote an unnamed event as its type ("teacher extend"): never again.
        if (e.type.includes('_')) expect(words.toLowerCase(), e.type).not.toBe(e.type.toLowerCase().replace(/_/g, ' '));
      }
    }
  });

  it('uses the scenario’s names for places, issues, options and guarantees', () => {
    const issue = scenario.issues[0]!;
    const option = issue.options[0]!;
    const side = scenario.delegations[1]!.shortName;
    expect(moveImperative({ type: 'EDIT_DRAFT', items: { [issue.id]: option.id } }, inRoom)).toBe(`Work on the draft: ${issue.name}: “${option.label}”`);
    expect(moveImperative({ type: 'EDIT_DRAFT', items: { [issue.id]: null } }, inRoom)).toBe(`Work on the draft: leave ${issue.name.replace(/^The /, 'the ')} open`);
    expect(moveImperative({ type: 'WALK', to: scenario.delegations[1]!.id }, inRoom)).toBe(`Walk to ${side}’s room`);
    expect(moveImperative({ type: 'WALK', to: 'majlis' }, inRoom)).toBe(`Walk to ${scenario.mediator.hallName}`);
    expect(movePast({ type: 'LISTEN' }, inRoom)).toBe(`you listened to ${side}`);
    expect(movePast({ type: 'LISTEN' }, inRoom, 'mediator')).toBe(`the mediator listened to ${side}`);
    expect(moveImperative({ type: 'RELAY', mode: 'softened' }, inRoom)).toBe(`Carry ${scenario.delegations[0]!.shortName}’s message, softened`);
    expect(moveShort({ type: 'RELAY', mode: 'faithful' }, inRoom)).toBe('Carry the message (as given)');
    expect(moveImperative({ type: 'TEACHER_EXTEND', hours: 1 }, inRoom)).toBe('Give the day 1 hour more');
    expect(moveImperative({ type: 'TEACHER_EXTEND', hours: 3 }, inRoom)).toBe('Give the day 3 hours more');
    expect(movePast({ type: 'TEACHER_INJECT', event: scenario.events[0]!.id }, inRoom)).toBe(`the teacher brought forward “${scenario.events[0]!.headline}”`);
  });

  it('keeps an acronym at the start of an issue phrase in a sentence', () => {
    const acronym = { ...c, scenario: { ...scenario, issues: scenario.issues.map((i, k) => (k === 0 ? { ...i, name: 'IAEA access', phrase: undefined } : i)) } };
    expect(movePast({ type: 'ASK_CONCESSION', issue: scenario.issues[0]!.id }, { ...inRoom, c: acronym })).toMatch(/concession on IAEA access$/);
  });
});

describe('the names of quantities', () => {
  it('names each meter once, the pressure by the scenario, a side’s meter with its name', () => {
    expect(meterName(c, 'pressure')).toBe(scenario.labels.pressure);
    expect(meterName(c, 'credibility', 0)).toBe(`${messages().meters.credibility}: ${scenario.delegations[0]!.shortName}`);
    expect(messages().meters.reservation).toBe('Fallback (value of no deal)');
  });

  it('names every outcome, the scenario’s name first', () => {
    for (const id of OUTCOME_IDS) expect(outcomeName(c, id)).toBe(scenario.labels.outcomes[id]);
    const unnamed = { scenario: { ...scenario, labels: { ...scenario.labels, outcomes: {} as typeof scenario.labels.outcomes } } };
    for (const id of OUTCOME_IDS) expect(outcomeName(unnamed, id)).toBe(messages().outcomes[id]);
  });
});

describe('a delegation’s answer, as the record keeps it', () => {
  const answer = (kind: 'draft' | 'concession' | 'listen' | 'trade', accept: boolean) =>
    actText(c, { type: 'ANSWER', ...(kind === 'draft' ? { version: 2 } : {}), answer: { side: 1, kind, accept, issues: [] } }, 0);
  const side = sideName(c, 1);

  it('says what was answered: a yes to a draft is not a yes to “where do you stand?”', () => {
    expect(answer('listen', true)).toBe(`${side} said where it stands.`);
    expect(answer('draft', true)).toBe(`${side} answered yes to the draft.`);
    expect(answer('draft', false)).toBe(`${side} answered no to the draft.`);
    expect(answer('concession', false)).toBe(`${side} declined to move.`);
    expect(answer('trade', true)).toBe(`${side} took the trade.`);
  });

  it('is shown as the delegation’s report, not under the mediator’s name', () => {
    const act = { type: 'ANSWER' as const, answer: { side: 1 as const, kind: 'listen' as const, accept: true, issues: [] } };
    expect(namesItsSpeaker({ said: { kind: 'act', act } })).toBe(true);
    // As is every act the record keeps: "You listened to …" names its subject.
    expect(namesItsSpeaker({ said: { kind: 'act', act: { type: 'LISTEN', side: 1 } } })).toBe(true);
    expect(namesItsSpeaker({ said: { kind: 'line', ref: { line: 0 } } })).toBe(false);
  });
});
