// The class server's protocol with three and four delegations: a seat (role) per delegation,
// who sees each event, the class's `people` checked against the scenario, and each delegation's
// own view kept in step by patches, with only its own room's words in it.
import { describe, expect, it } from 'vitest';
import { sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import type { Package } from '../../src/model/index.ts';
import {
  Mirror,
  OpenClassSchema,
  ROLES,
  STUDENT_ROLES,
  audienceOf,
  delegationWire,
  mediatorWire,
  patchOf,
  peopleOf,
  peopleProblem,
  roleMay,
  roleOfSide,
  rolesOf,
  sideOfRole,
  studentRoles,
  type DelegationWire,
  type Welcome,
} from '../../src/net/index.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { loadNParty } from '../fixtures/n-party.ts';

describe('roles', () => {
  it('keeps the two-delegation game’s roles, in order', () => {
    expect(rolesOf(2)).toEqual(['mediator', 'delegation0', 'delegation1', 'observer', 'teacher']);
    expect(studentRoles([true, true])).toEqual(['mediator', 'delegation0', 'delegation1', 'observer']);
    expect(studentRoles([false, true])).toEqual(['mediator', 'delegation1', 'observer']);
  });

  for (const count of [3, 4]) {
    it(`gives each of ${count} delegations a seat of its own`, () => {
      const roles = rolesOf(count);
      expect(roles).toHaveLength(count + 3);
      const delegations = roles.filter((r) => sideOfRole(r) !== null);
      expect(delegations.map(sideOfRole)).toEqual(Array.from({ length: count }, (_, i) => i));
      for (let s = 0; s < count; s++) {
        expect(sideOfRole(roleOfSide(s))).toBe(s);
        expect(ROLES).toContain(roleOfSide(s));
        expect(STUDENT_ROLES).toContain(roleOfSide(s));
      }
      const people = Array.from({ length: count }, (_, i) => i !== 1);
      const open = studentRoles(people);
      expect(open).toEqual(['mediator', ...Array.from({ length: count }, (_, i) => i).filter((i) => i !== 1).map(roleOfSide), 'observer']);
    });
  }

  it('has no seat past the fourth delegation', () => {
    expect(() => roleOfSide(4)).toThrow(RangeError);
    expect(sideOfRole('observer')).toBeNull();
  });

  it('lets the third and fourth delegations answer their own questions and speak in their own rooms only', () => {
    const asked = { location: 3 as const, question: { side: 3 } };
    expect(roleMay('delegation3', { type: 'ANSWER', accept: true }, asked)).toBe(true);
    expect(roleMay('delegation2', { type: 'ANSWER', accept: true }, asked)).toBe(false);
    expect(roleMay('delegation3', { type: 'SPEAK', message: 'x' }, asked)).toBe(true);
    expect(roleMay('delegation2', { type: 'SPEAK', message: 'x' }, asked)).toBe(false);
    expect(roleMay('delegation2', { type: 'RECESS' }, asked)).toBe(false);
  });
});

describe('audience', () => {
  const sides = (n: number) => Array.from({ length: n }, () => ({}));

  it('keeps two entries when the state names no delegations (two-party)', () => {
    expect(audienceOf({ type: 'LISTEN' }, { location: 1, question: null })).toEqual([false, true]);
    expect(audienceOf({ type: 'RECESS' }, { location: 1, question: null })).toEqual([true, true]);
  });

  for (const count of [3, 4]) {
    it(`has one entry per delegation with ${count}`, () => {
      const last = count - 1;
      const only = Array.from({ length: count }, (_, i) => i === last);
      expect(audienceOf({ type: 'LISTEN' }, { location: last, question: null, sides: sides(count) })).toEqual(only);
      expect(audienceOf({ type: 'SPEAK', message: 'x' }, { location: last, question: null, sides: sides(count) })).toEqual(only);
      expect(audienceOf({ type: 'ANSWER', accept: true }, { location: last, question: { side: last }, sides: sides(count) })).toEqual(only);
      expect(audienceOf({ type: 'EDIT_DRAFT', items: {} }, { location: 'majlis', question: null, sides: sides(count) })).toEqual(Array(count).fill(false));
      expect(audienceOf({ type: 'RECESS' }, { location: 0, question: null, sides: sides(count) })).toEqual(Array(count).fill(true));
    });
  }
});

describe('opening a class: people', () => {
  const base = { scenario: 'mini-3', games: 1 };

  it('takes one entry per delegation, two to four', () => {
    for (const people of [[true, false], [true, false, true], [false, true, true, false]]) {
      const parsed = OpenClassSchema.safeParse({ ...base, people });
      expect(parsed.success).toBe(true);
      expect(parsed.data?.people).toEqual(people);
    }
  });

  it('refuses fewer than two or more than four, naming the field', () => {
    for (const people of [[], [true], [true, true, true, true, true]]) {
      const parsed = OpenClassSchema.safeParse({ ...base, people });
      expect(parsed.success).toBe(false);
      const issue = parsed.error!.issues[0]!;
      expect(issue.path).toEqual(['people']);
      expect(issue.message).toMatch(/one entry per delegation \(2 to 4\)/);
    }
  });

  it('checks the length against the scenario, and fills in every delegation when absent', () => {
    expect(peopleProblem([true, true, false], 3)).toBeNull();
    expect(peopleProblem([true, true], 3)).toBe('people: the scenario has 3 delegations: give one entry for each, not 2');
    expect(peopleProblem([true, true, true], 4)).toMatch(/^people: /);
    expect(OpenClassSchema.parse(base).people).toBeUndefined();
    expect(peopleOf(undefined, 2)).toEqual([true, true]);
    expect(peopleOf(undefined, 4)).toEqual([true, true, true, true]);
    expect(peopleOf([false, true, false], 3)).toEqual([false, true, false]);
  });
});

for (const count of [3, 4] as const) {
  describe(`each delegation's view with ${count} delegations`, () => {
    const scenario = loadNParty(count);
    const seed = 2;
    const settings = settingsFor(seed, { people: Array.from({ length: count }, () => true) });
    // The broker plays; the delegations' answers are the model's, as a person's would be events.
    const events = playGame(scenario, policyByName('broker')!, seed, settings).events;

    it('keeps every delegation’s mirror in step by its own patches, and shows it its own room only', () => {
      const actor = startGame(scenario, settings);
      const drafts: (Package | undefined)[] = [];
      const note = () => {
        const s = actor.getSnapshot().context;
        drafts[s.draftVersion] ??= s.draft;
      };
      note();
      const wires = (): DelegationWire[] => scenario.delegations.map((_, s) => delegationWire(scenario, actor.getSnapshot(), s, drafts));
      let sent = wires();
      expect(sent).toHaveLength(count);
      const { seed: _seed, ...shown } = settings;
      const welcome = (view: DelegationWire, s: number): Welcome => ({ role: roleOfSide(s), classId: 'c', game: 0, scenario: { id: scenario.id, hash: 'h' }, settings: shown, seq: 0, lastN: 0, log: [], view, seats: [], holdsFloor: true, ended: false });
      const mirrors = sent.map((view, s) => new Mirror(welcome(view, s)));
      const questioned = new Set<number>();
      events.forEach((e: GameEvent, i) => {
        expect(sendEvent(actor, e)).toBe(true);
        note();
        const next = wires();
        next.forEach((view, s) => {
          const patch = patchOf(sent[s]! as unknown as Record<string, unknown>, view as unknown as Record<string, unknown>);
          expect(mirrors[s]!.update({ seq: i + 1, line: { seq: i + 1, event: null, by: 'mediator' }, patch })).toBe('applied');
          if (view.question) questioned.add(s);
        });
        sent = next;
      });
      const end = wires();
      for (let s = 0; s < count; s++) {
        const view = mirrors[s]!.view as DelegationWire;
        expect(view).toEqual(end[s]);
        expect(view.side).toBe(s);
        expect(view.own).toBeDefined();
        expect(view.transcript.length).toBeGreaterThan(0);
        for (const t of view.transcript) expect(t.where).toBe(s);
        // Another delegation's words never reach this one.
        const others = actor.getSnapshot().context.transcript.filter((t) => t.where !== s && t.where !== 'majlis');
        for (const t of others) expect(view.transcript).not.toContain(t);
      }
      // Every delegation was asked something on its own device.
      expect(questioned.size).toBe(count);
      expect(mediatorWire(scenario, actor.getSnapshot()).state.sides).toHaveLength(count);
      actor.stop();
    });
  });
}
