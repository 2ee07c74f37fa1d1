// The class server's HTTP requests: open a class (the teacher alone gets the teacher's token),
// look a join code up, take a seat (a random token per device), end the class, collect the saves.
import express, { type Request, type Response } from 'express';
import { matchMaker } from '@colyseus/core';
import { createSave } from '../replay/index.ts';
import { settingsFor } from '../machine/index.ts';
import {
  MAX_DEVICES_PER_SEAT,
  OpenClassSchema,
  TakeSeatSchema,
  normaliseJoinCode,
  studentRoles,
  type ClassInfo,
  type ClassSave,
  type JoinInfo,
  type OpenedClass,
  type SeatTaken,
  type SeatStatus,
  ROLES,
} from '../net/index.ts';
import { ensureRoom } from './rooms.ts';
import { classChannel, roomIdOf, services } from './services.ts';
import type { ClassRecord } from './store/store.ts';
import { newClassId, newJoinCode, newSeed, newToken, tokenHash } from './tokens.ts';

function fail(res: Response, status: number, error: string): void {
  res.status(status).json({ error });
}

function bearer(req: Request): string {
  const h = req.get('authorization') ?? '';
  return h.startsWith('Bearer ') ? h.slice(7) : '';
}

async function joinInfo(record: ClassRecord): Promise<JoinInfo> {
  const counts = await services().store.seatCounts(record.id);
  const roles = studentRoles(record.settings.people);
  const games = Array.from({ length: record.settings.games }, (_, game) => {
    const seats: SeatStatus[] = ROLES.map((role) => {
      const row = counts.find((c) => c.game === game && c.role === role);
      return { role, devices: row?.devices ?? 0, ai: false, team: row?.team ?? null };
    });
    const open = roles.filter((r) => (seats.find((s) => s.role === r)?.devices ?? 0) < MAX_DEVICES_PER_SEAT);
    return { game, roomId: roomIdOf(record.id, game), seats, open };
  });
  const delegations = services().shelf.get(record.scenario)?.scenario.delegations.map((d) => d.name) ?? [];
  return { classId: record.id, scenario: record.scenario, people: record.settings.people, delegations, ended: record.ended, games };
}

/** The teacher's class, when the request carries its token. */
async function teachersClass(req: Request, res: Response): Promise<ClassRecord | null> {
  const record = await services().store.classById(String(req.params.id));
  if (!record || tokenHash(bearer(req)) !== record.teacherHash) {
    fail(res, 403, 'not your class');
    return null;
  }
  return record;
}

export function classRoutes(): express.Router {
  const r = express.Router();
  r.use(express.json({ limit: '4kb' }));

  r.post('/classes', async (req, res) => {
    const parsed = OpenClassSchema.safeParse(req.body);
    if (!parsed.success) return fail(res, 400, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const { store, shelf } = services();
    const loaded = shelf.get(parsed.data.scenario);
    if (!loaded) return fail(res, 400, `scenario: no scenario "${parsed.data.scenario}"`);
    const teacherToken = newToken();
    const record: ClassRecord = { id: newClassId(), code: '', teacherHash: tokenHash(teacherToken), scenario: loaded.scenario.id, scenarioHash: loaded.hash, settings: parsed.data, seed: newSeed(), ended: false };
    // A code already in use by another class is drawn again.
    for (let tries = 0; ; tries++) {
      record.code = newJoinCode();
      if (!(await store.classByCode(record.code))) break;
      if (tries > 20) return fail(res, 503, 'no join code free');
    }
    await store.addClass(record);
    const opened: OpenedClass = { classId: record.id, code: record.code, teacherToken };
    res.status(201).json(opened);
  });

  r.get('/classes/:id', async (req, res) => {
    const record = await teachersClass(req, res);
    if (!record) return;
    for (let g = 0; g < record.settings.games; g++) await ensureRoom(record.id, g);
    const info: ClassInfo = { ...(await joinInfo(record)), code: record.code, settings: record.settings };
    res.json(info);
  });

  r.post('/classes/:id/end', async (req, res) => {
    const record = await teachersClass(req, res);
    if (!record) return;
    await services().store.endClass(record.id);
    // Every room of the class, on whichever process, hears it.
    matchMaker.presence.publish(classChannel(record.id), true);
    res.json({ ended: true });
  });

  r.get('/classes/:id/saves', async (req, res) => {
    const record = await teachersClass(req, res);
    if (!record) return;
    const { store, shelf } = services();
    const loaded = shelf.get(record.scenario)!;
    const s = record.settings;
    const settings = settingsFor(record.seed, { rounds: s.rounds, difficulty: s.difficulty, names: s.names, allowDistortion: s.allowDistortion, people: s.people });
    const saves: ClassSave[] = [];
    for (let game = 0; game < s.games; game++) {
      const events = (await store.events(record.id, game)).map((e) => e.event);
      const { teacher: _t, ...teams } = await store.teams(record.id, game);
      saves.push({ game, teams, save: createSave(loaded.scenario, loaded.hash, settings, events) });
    }
    res.json(saves);
  });

  r.get('/join/:code', async (req, res) => {
    const code = normaliseJoinCode(String(req.params.code));
    const record = code ? await services().store.classByCode(code) : null;
    if (!record) return fail(res, 404, 'no class with this code');
    res.json(await joinInfo(record));
  });

  r.post('/join/:code', async (req, res) => {
    const code = normaliseJoinCode(String(req.params.code));
    const { store } = services();
    const record = code ? await store.classByCode(code) : null;
    if (!record) return fail(res, 404, 'no class with this code');
    if (record.ended) return fail(res, 409, 'the class has ended');
    const parsed = TakeSeatSchema.safeParse(req.body);
    if (!parsed.success) return fail(res, 400, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const { game, role, team } = parsed.data;
    if (game >= record.settings.games) return fail(res, 400, `game: the class has ${record.settings.games} games`);
    const info = await joinInfo(record);
    if (!info.games[game]!.open.includes(role)) return fail(res, 409, `role: ${role} is not open in game ${game + 1}`);
    const token = newToken();
    await store.addSeat({ tokenHash: tokenHash(token), classId: record.id, game, role, team: team ?? null });
    const roomId = await ensureRoom(record.id, game);
    const taken: SeatTaken = { token, roomId, role, game, classId: record.id };
    res.status(201).json(taken);
  });

  // A device with a seat token finds its game's room again (after a restart, the room is reopened from its log).
  r.post('/seat', async (req, res) => {
    const token = typeof req.body?.token === 'string' && req.body.token.length <= 100 ? req.body.token : '';
    const seat = token ? await services().store.seat(tokenHash(token)) : null;
    if (!seat) return fail(res, 404, 'no such seat');
    const roomId = await ensureRoom(seat.classId, seat.game);
    res.json({ roomId, role: seat.role, game: seat.game, classId: seat.classId });
  });

  r.get('/health', (req, res) => {
    // The benchmark starts the server with --expose-gc to read the memory the games hold.
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc && req.query.gc !== undefined) gc();
    const { heapUsed, rss } = process.memoryUsage();
    res.json({ ok: true, refusals: Object.fromEntries(services().refusals), rooms: [...services().rooms], memory: { heapUsed, rss } });
  });

  return r;
}
