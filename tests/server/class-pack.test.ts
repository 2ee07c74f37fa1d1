// A class opened on the teacher's own scenario file (a class pack over the server): the server
// reads the file as untrusted, keeps it with the class, plays its games on it (after a restart
// too), and hands it to a seat whose copy of the game lacks it; bad files are refused with the
// field named, and a shipped scenario is never sent over the network.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES, type ClassSave, type JoinInfo } from '../../src/net/index.ts';
import { loadScenarioText } from '../../src/scenario/index.ts';
import { Device, isAck, openClass, removeData, startServerProcess, takeSeat, teacherInfo, type ServerProcess } from './helpers.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'shuttle-pack-'));
let server: ServerProcess | null = null;

afterAll(async () => {
  await server?.stop();
  removeData(dataDir);
});

// The teacher's own scenario: Muscat under another id and title, so the server does not ship it.
const own = readFileSync('scenarios/muscat-2026.yaml', 'utf8').replace(/^id: muscat-2026$/m, 'id: muscat-class-pack').replace(/^title: .*$/m, 'title: "Muscat, the class\'s own version"');
const ownHash = (() => {
  const r = loadScenarioText(own, 'muscat-class-pack.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.hash;
})();

const post = (base: string, path: string, body: unknown) => fetch(`${base}/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function sentScenario(base: string, token: string): Promise<{ status: number; body: { text?: string; error?: string } }> {
  const res = await post(base, '/seat/scenario', { token });
  return { status: res.status, body: (await res.json()) as { text?: string; error?: string } };
}

describe('a class on the teacher\'s own scenario file', () => {
  it('plays on the file, hands it to a seat, and keeps it through a restart', async () => {
    server = await startServerProcess({ dataDir });
    const opened = await openClass(server.base, { scenario: 'muscat-class-pack', scenarioText: own, people: [false, false] });
    const info = (await (await fetch(`${server.base}/api/join/${opened.code}`)).json()) as JoinInfo;
    expect(info.scenario).toBe('muscat-class-pack');
    expect(info.delegations.length).toBe(2);
    const seat = await takeSeat(server.base, opened.code, 0, 'mediator');
    const device = await Device.connect(server.base, seat.roomId, seat.token);
    expect(device.mirror.info.scenario).toEqual({ id: 'muscat-class-pack', hash: ownHash });
    expect(isAck(await device.act({ type: 'BEGIN' }))).toBe(true);
    // The seat's device gets the very file the teacher sent.
    const sent = await sentScenario(server.base, seat.token);
    expect(sent.status).toBe(200);
    expect(sent.body.text).toBe(own);
    // And so does the teacher's dashboard, with the teacher's token.
    expect((await teacherInfo<{ text: string }>(server.base, opened, '/scenario')).text).toBe(own);
    await device.leave();

    // After a restart the class's games reopen on the same file, read from the database.
    await server.stop();
    server = await startServerProcess({ dataDir });
    const again = await post(server.base, '/seat', { token: seat.token });
    const { roomId } = (await again.json()) as { roomId: string };
    const back = await Device.connect(server.base, roomId, seat.token);
    expect(back.mirror.info.scenario.id).toBe('muscat-class-pack');
    expect(isAck(await back.act({ type: 'WALK', to: 'us' }))).toBe(true);
    const saves = await teacherInfo<ClassSave[]>(server.base, opened, '/saves');
    expect(saves[0]!.save.scenario).toEqual({ id: 'muscat-class-pack', hash: ownHash });
    expect(saves[0]!.save.events).toEqual([{ type: 'BEGIN' }, { type: 'WALK', to: 'us' }]);
    await back.leave();
  }, 90_000);

  it('refuses a file that is not a valid scenario, or not the one named, with the field named', async () => {
    server ??= await startServerProcess({ dataDir });
    const open = async (body: Record<string, unknown>) => {
      const res = await post(server!.base, '/classes', { games: 1, ...body });
      return { status: res.status, error: ((await res.json()) as { error?: string }).error ?? '' };
    };
    const broken = await open({ scenario: 'muscat-class-pack', scenarioText: own.replace(/^rounds:/m, 'roundz:') });
    expect(broken.status).toBe(400);
    expect(broken.error).toMatch(/^scenarioText: not a valid scenario: /);
    const other = await open({ scenario: 'another-id', scenarioText: own });
    expect(other).toEqual({ status: 400, error: 'scenarioText: the file is the scenario "muscat-class-pack", not "another-id"' });
    const missing = await open({ scenario: 'not-shipped' });
    expect(missing.status).toBe(400);
    expect(missing.error).toContain('scenarioText');
    // Over the size a class may carry: refused in words, whether the body is read or not.
    const large = await open({ scenario: 'muscat-class-pack', scenarioText: 'x'.repeat(MAX_PACK_BYTES + 1) });
    expect(large).toEqual({ status: 400, error: `scenarioText: must be at most ${MAX_PACK_BYTES / 1024} KB` });
    const huge = await open({ scenario: 'muscat-class-pack', scenarioText: 'x'.repeat(3 * MAX_PACK_BYTES) });
    expect(huge).toEqual({ status: 413, error: `the request is too large (a scenario file may be at most ${MAX_PACK_BYTES / 1024} KB)` });
    // Other requests stay small.
    const join = await post(server.base, '/join/ABCDEF', { game: 0, role: 'observer', team: 'x'.repeat(5000) });
    expect(join.status).toBe(413);
  }, 60_000);

  it('sends nothing for a class on a shipped scenario, nor to a token without a seat or the class', async () => {
    server ??= await startServerProcess({ dataDir });
    const shipped = readFileSync('scenarios/muscat-2026.yaml', 'utf8');
    // The shipped file sent as the class's own is recognised as shipped: nothing kept, nothing sent.
    const opened = await openClass(server.base, { scenario: 'muscat-2026', scenarioText: shipped });
    const seat = await takeSeat(server.base, opened.code, 0, 'observer');
    expect((await sentScenario(server.base, seat.token)).status).toBe(404);
    expect((await sentScenario(server.base, 'no-such-token')).status).toBe(404);
    const teachers = (token: string) => fetch(`${server!.base}/api/classes/${opened.classId}/scenario`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    expect(await teachers(opened.teacherToken)).toBe(404);
    expect(await teachers('not-the-teacher')).toBe(403);
  }, 60_000);

  it('opens only a few classes on files a minute from one address', async () => {
    server ??= await startServerProcess({ dataDir });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await post(server.base, '/classes', { scenario: 'muscat-class-pack', scenarioText: own, games: 1 });
      statuses.push(res.status);
      if (res.status === 429) expect(((await res.json()) as { error: string }).error).toBe('too many classes opened on a file from this address: wait a minute');
    }
    expect(statuses.slice(0, 2)).toEqual([201, 201]);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 201 || s === 429)).toBe(true);
    // A class on a shipped scenario is not a file to read: still opened.
    expect((await post(server.base, '/classes', { scenario: 'muscat-2026', games: 1 })).status).toBe(201);
  }, 60_000);

  it('counts addresses behind a proxy it is told to trust, and believes no forwarded address otherwise', async () => {
    server ??= await startServerProcess({ dataDir });
    const from = (base: string, address: string) =>
      fetch(`${base}/api/classes`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify({ scenario: 'muscat-class-pack', scenarioText: own, games: 1 }) }).then((r) => r.status);
    // Not trusted: once this address has spent its burst, a forged header does not make it many.
    for (let i = 0; i < 6 && (await from(server.base, '127.0.0.1')) !== 429; i++);
    const forged: number[] = [];
    for (let i = 0; i < 3; i++) forged.push(await from(server.base, `203.0.113.${i + 1}`));
    expect(forged).toEqual([429, 429, 429]);
    // Behind a trusted proxy (here, on loopback): each school device its own limit, one device limited.
    const proxied = await startServerProcess({ env: { TRUST_PROXY: 'loopback' } });
    try {
      const devices: number[] = [];
      for (let i = 0; i < 8; i++) devices.push(await from(proxied.base, `198.51.100.${i + 1}`));
      expect(devices).toEqual(Array(8).fill(201));
      const one: number[] = [];
      for (let i = 0; i < 8; i++) one.push(await from(proxied.base, '198.51.100.200'));
      expect(one.slice(0, 5)).toEqual(Array(5).fill(201));
      expect(one.slice(5)).toEqual([429, 429, 429]);
    } finally {
      await proxied.stop();
      removeData(proxied.dataDir);
    }
  }, 90_000);
});
