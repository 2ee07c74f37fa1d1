// kill -9 in mid-game and a restart: every acknowledged event is in the log, in order, once; the
// devices find their game again with their seat tokens, and it goes on from where it was.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GameEvent } from '../../src/machine/index.ts';
import type { ClassSave } from '../../src/net/index.ts';
import { Device, isAck, openClass, removeData, startServerProcess, takeSeat, teacherInfo, type ServerProcess } from './helpers.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'shuttle-restart-'));
let server: ServerProcess | null = null;

afterAll(async () => {
  await server?.stop();
  removeData(dataDir);
});

async function roomOf(base: string, token: string): Promise<string> {
  const res = await fetch(`${base}/api/seat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
  return ((await res.json()) as { roomId: string }).roomId;
}

describe('a hard kill and a restart', () => {
  it('keeps every acknowledged event and goes on from it', async () => {
    server = await startServerProcess({ dataDir });
    const opened = await openClass(server.base, { games: 2, people: [false, false] });
    const seats = await Promise.all([0, 1].map((g) => takeSeat(server!.base, opened.code, g, 'mediator')));
    const devices = await Promise.all(seats.map((s) => Device.connect(server!.base, s.roomId, s.token)));
    const walks: GameEvent[] = [{ type: 'WALK', to: 'us' }, { type: 'WALK', to: 'majlis' }, { type: 'WALK', to: 'iran' }, { type: 'WALK', to: 'majlis' }];
    const acked: GameEvent[][] = [[], []];
    for (const [g, d] of devices.entries()) {
      expect(isAck(await d.act({ type: 'BEGIN' }))).toBe(true);
      acked[g]!.push({ type: 'BEGIN' });
    }
    // Both games move as fast as they can; the server is killed while acts are in flight.
    let killed = false;
    const play = async (g: number) => {
      for (let i = 0; !killed && i < 200; i++) {
        const e = walks[i % walks.length]!;
        const r = await Promise.race([devices[g]!.act(e), new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000))]);
        if (r && isAck(r)) acked[g]!.push(e);
        else break;
      }
    };
    const playing = [play(0), play(1)];
    await new Promise((r) => setTimeout(r, 1500));
    killed = true;
    await server.kill9();
    await Promise.all(playing);
    expect(acked[0]!.length + acked[1]!.length).toBeGreaterThan(6);

    server = await startServerProcess({ dataDir });
    const [saves] = [await teacherInfo<ClassSave[]>(server.base, opened, '/saves')];
    for (const g of [0, 1]) {
      const logged = saves[g]!.save.events;
      // Everything acknowledged is there, in order; at most the one act in flight was also taken.
      expect(logged.slice(0, acked[g]!.length)).toEqual(acked[g]);
      expect(logged.length - acked[g]!.length).toBeLessThanOrEqual(1);
    }
    // The devices come back with their tokens, at the step the log holds, and play on.
    const back = await Device.connect(server.base, await roomOf(server.base, seats[0]!.token), seats[0]!.token);
    expect(back.mirror.seq).toBe(saves[0]!.save.events.length);
    expect(back.mirror.info.lastN).toBe(back.mirror.seq);
    const view = back.mirror.view;
    if (view.kind !== 'mediator') throw new Error('not the mediator’s view');
    const at = back.mirror.seq;
    expect(await back.act(view.legal[0]!)).toEqual({ n: at + 1, seq: at + 1 });
  });
});
