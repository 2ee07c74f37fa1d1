// The class server's game with three and four delegations, without a process or a network (fast):
// the game host built on an already loaded scenario gives a seat and a view per delegation, a
// patch per delegation on every change, each log line to the delegations that may see it; the
// seat lists, the roles open to students, the AI covering a third or fourth delegation's seat,
// and the act checks for it. One server process checks the class API's `people` against the
// scenario (its shelf has two-delegation scenarios only for now).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/machine/game.ts';
import { applyPatch, roleOfSide, rolesOf, sideOfRole, type Role } from '../../src/net/index.ts';
import { replay } from '../../src/replay/index.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { Absences } from '../../src/server/absence.ts';
import { checkAct } from '../../src/server/act-check.ts';
import { AiSeats } from '../../src/server/ai-seats.ts';
import { GameHost, patchesBetween } from '../../src/server/game-host.ts';
import { gameSeats, Seats } from '../../src/server/seats.ts';
import { nPartyInput } from '../fixtures/n-party.ts';
import { openClass, removeData, startServerProcess, teacherInfo, type ServerProcess } from './helpers.ts';

const plain = (v: unknown) => v as Record<string, unknown>;

for (const count of [3, 4] as const) {
  describe(`a class game of ${count} delegations`, () => {
    const loaded = loadScenarioValue(nPartyInput(count));
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const seed = 2;
    const settings = settingsFor(seed, { people: Array.from({ length: count }, () => true) });
    const events = playGame(loaded.scenario, policyByName('broker')!, seed, settings).events;
    const delegationRoles = Array.from({ length: count }, (_, s) => roleOfSide(s));

    it('has a role, a view and a patch for every delegation at every step', () => {
      const host = new GameHost(loaded, settings);
      expect(host.roles()).toEqual(rolesOf(count));
      let wires = host.wires();
      expect(wires.sides).toHaveLength(count);
      const seen = delegationRoles.map(() => 0);
      for (const e of events) {
        const line = host.apply(e, 'mediator');
        expect(line, JSON.stringify(e)).not.toBeNull();
        expect(line!.audience).toHaveLength(count);
        const next = host.wires();
        const patches = patchesBetween(wires, next);
        expect(patches.sides).toHaveLength(count);
        // Each delegation's devices get to its next view by its own patch alone.
        patches.sides.forEach((p, s) => expect(p ? applyPatch(plain(wires.sides[s]), p) : plain(wires.sides[s])).toEqual(plain(next.sides[s])));
        expect(patches.mediator ? applyPatch(plain(wires.mediator), patches.mediator) : plain(wires.mediator)).toEqual(plain(next.mediator));
        wires = next;
        delegationRoles.forEach((role, s) => {
          const shown = host.lineFor(line!, role);
          if (!host.over) expect(shown.event !== null).toBe(line!.audience[s]);
          if (shown.event) seen[s]!++;
        });
      }
      expect(host.over).toBe(true);
      // Every delegation saw something of its own room, and no more than the mediator.
      for (const n of seen) expect(n).toBeGreaterThan(0);
      for (const role of delegationRoles) expect(host.logFor(role).filter((l) => l.event).length).toBe(events.length);
      wires.sides.forEach((w, s) => expect(w.side).toBe(s));
      const save = host.save();
      expect(save.settings.people).toHaveLength(count);
      expect(replay(loaded.scenario, settings, save.events).snapshot.context.outcome).toEqual(host.snapshot.context.outcome);
      host.stop();
    });

    it('hides another delegation’s room while the game runs', () => {
      const host = new GameHost(loaded, settings);
      const last = roleOfSide(count - 1);
      let hidden = 0;
      for (const e of events.slice(0, 60)) {
        const line = host.apply(e, 'mediator')!;
        const here = host.lineFor(line, last);
        if (line.audience[count - 1] === false) {
          expect(here.event).toBeNull();
          hidden++;
        }
        expect(host.lineFor(line, 'mediator').event).toEqual(e);
      }
      expect(hidden).toBeGreaterThan(0);
      host.stop();
    });

    it('lists a seat per delegation, and opens to students the ones people play', () => {
      const seats = new Seats();
      seats.add({ sessionId: 'a', role: roleOfSide(count - 1), tokenHash: 't', lastN: 0, connected: true });
      const status = seats.status(rolesOf(count), () => false, { [roleOfSide(count - 1)]: 'Last team' });
      expect(status.map((s) => s.role)).toEqual(rolesOf(count));
      expect(status.find((s) => s.role === roleOfSide(count - 1))).toMatchObject({ devices: 1, team: 'Last team' });

      const people = Array.from({ length: count }, (_, i) => i !== 0);
      const { seats: listed, open } = gameSeats({ people }, [{ game: 0, role: roleOfSide(count - 1), devices: 8, team: null }], 0);
      expect(listed.map((s) => s.role)).toEqual(rolesOf(count));
      // The first is the model's; the last is full (eight devices).
      expect(open).toEqual(['mediator', ...delegationRoles.slice(1, -1), 'observer']);
      // Two delegations: the seats as before.
      expect(gameSeats({ people: [true, true] }, [], 0).seats.map((s) => s.role)).toEqual(['mediator', 'delegation0', 'delegation1', 'observer', 'teacher']);
    });

    it('covers an absent third or fourth delegation with the AI, which then answers for it', async () => {
      const host = new GameHost(loaded, settings);
      const side = count - 1;
      const handed: [number | 'mediator', 'ai' | 'people'][] = [];
      const absences = new Absences(
        {
          connected: () => 0,
          aiHolds: (seat) => host.aiHolds(seat),
          people: (s) => host.settings.people[s] === true,
          open: () => !host.over,
          begun: () => true,
          handOver: async (seat, to) => {
            handed.push([seat, to]);
            const id = seat === 'mediator' ? 'mediator' : loaded.scenario.delegations[seat]!.id;
            return host.apply({ type: 'TEACHER_SEAT', seat: id, to }, 'server') !== null;
          },
          setTimeout: (run) => {
            run();
            return { clear: () => undefined };
          },
        },
        true,
        0,
      );
      // A seat is covered once the game has begun.
      expect(host.apply(events[0]!, 'mediator')).not.toBeNull();
      absences.changed(roleOfSide(side));
      await Promise.resolve();
      expect(handed).toEqual([[side, 'ai']]);
      expect(host.aiHolds(side)).toBe(true);

      // Play on until the AI's delegation is asked: the AI answers it; a person's device may not.
      const ai = new AiSeats(host);
      let answered = false;
      for (const e of events.slice(1)) {
        const q = host.snapshot.context.question;
        if (host.phase === 'answering' && q?.side === side) {
          expect(ai.due()).toBe(true);
          const refused = checkAct({ n: 1, at: host.seq, event: { type: 'ANSWER', accept: true } }, actContext(host, roleOfSide(side)));
          expect(refused).toMatchObject({ ok: false, reason: 'ai-holds' });
          const answer = ai.next()!;
          expect(answer.type).toBe('ANSWER');
          expect(host.apply(answer, 'ai')).not.toBeNull();
          answered = true;
          break;
        }
        // The rest of the log as it was played (the seat's handover changes no rule's outcome).
        if (!host.apply(e, 'mediator')) break;
      }
      expect(answered).toBe(true);
      absences.stop();
      host.stop();
    });

    it('takes an answer from the delegation asked, and refuses every other delegation’s', () => {
      const host = new GameHost(loaded, settings);
      for (const e of events) {
        const q = host.snapshot.context.question;
        if (host.phase === 'answering' && q !== null && q.side >= 2) {
          const event = { type: 'ANSWER', accept: true };
          for (let s = 0; s < count; s++) {
            const checked = checkAct({ n: 1, at: host.seq, event }, actContext(host, roleOfSide(s)));
            if (s === q.side) expect(checked.ok).toBe(true);
            else expect(checked).toMatchObject({ ok: false, reason: 'role' });
          }
          host.stop();
          return;
        }
        host.apply(e, 'mediator');
      }
      host.stop();
      throw new Error('no question was put to the third or fourth delegation');
    });
  });
}

function actContext(host: GameHost, role: Role): Parameters<typeof checkAct>[1] {
  const side = sideOfRole(role);
  return { role, lastN: 0, ended: host.over, aiHolds: side !== null && host.aiHolds(side), hasFloor: true, seq: host.seq, state: host.snapshot.context };
}

describe('the class API’s people, against a two-delegation scenario', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess();
  });
  afterAll(async () => {
    await server?.stop();
    if (server) removeData(server.dataDir);
  });

  it('refuses a list of the wrong length, naming the field, and fills in every delegation when absent', async () => {
    await expect(openClass(server.base, { people: [true, true, true] })).rejects.toThrow(/^400: people: the scenario has 2 delegations: give one entry for each, not 3$/);
    const tooMany = [true, true, true, true, true];
    await expect(openClass(server.base, { people: tooMany })).rejects.toThrow(/^400: people: must have one entry per delegation \(2 to 4\)$/);
    const opened = await openClass(server.base, {});
    const info = await teacherInfo<{ people: boolean[]; settings: { people: boolean[] }; games: { seats: { role: string }[]; open: string[] }[] }>(server.base, opened);
    expect(info.people).toEqual([true, true]);
    expect(info.settings.people).toEqual([true, true]);
    expect(info.games[0]!.seats.map((s) => s.role)).toEqual(['mediator', 'delegation0', 'delegation1', 'observer', 'teacher']);
    expect(info.games[0]!.open).toEqual(['mediator', 'delegation0', 'delegation1', 'observer']);
  });
});
