// The class server's HTTP requests: open a class (the teacher alone gets the teacher's token),
// on a shipped scenario or the teacher's own file (a class pack), look a join code up, take a
// seat (a random token per device), end the class, collect the saves, and hand a class's own
// scenario file to the teacher's dashboard or a seat whose copy of the game lacks it.
import express, { type NextFunction, type Request, type Response } from 'express';
import { matchMaker } from '@colyseus/core';
import { createSave } from '../replay/index.ts';
import { loadScenarioText } from '../scenario/index.ts';
import { settingsFor } from '../machine/index.ts';
import {
  OpenClassSchema,
  TakeSeatSchema,
  normaliseJoinCode,
  peopleOf,
  peopleProblem,
  type ClassSettings,
  type ClassInfo,
  type ClassSave,
  type JoinInfo,
  type OpenClass,
  type OpenedClass,
  type SeatTaken,
  MAX_PACK_BYTES,
  type SentScenarioText,
} from '../net/index.ts';
import { RateLimit } from './rate-limit.ts';
import { ensureRoom } from './rooms.ts';
import { gameSeats } from './seats.ts';
import { classChannel, roomIdOf, services } from './services.ts';
import type { ClassRecord } from './store/store.ts';
import type { LoadedScenario } from '../scenario/index.ts';
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
  const games = Array.from({ length: record.settings.games }, (_, game) => ({ game, roomId: roomIdOf(record.id, game), ...gameSeats(record.settings, counts, game) }));
  const { shelf, store } = services();
  const delegations = (await shelf.forClass(record, store))?.scenario.delegations.map((d) => d.name) ?? [];
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

/** The scenario a class is opened on: one the server ships, or the teacher's own file (checked as untrusted). */
function scenarioToOpen(data: OpenClass): { loaded: LoadedScenario; own: string | null } | string {
  const { shelf } = services();
  const shipped = shelf.get(data.scenario);
  const text = data.scenarioText;
  // The very file the server ships needs no copy.
  if (text === undefined || shelf.isShipped(data.scenario, text)) return shipped ? { loaded: shipped, own: null } : `scenario: no scenario "${data.scenario}" on this server (send the file's text as scenarioText)`;
  const loaded = loadScenarioText(text, data.scenario);
  if (!loaded.ok) return `scenarioText: not a valid scenario: ${loaded.errors.slice(0, 3).join('; ')}${loaded.errors.length > 3 ? ` (and ${loaded.errors.length - 3} more)` : ''}`;
  if (loaded.scenario.id !== data.scenario) return `scenarioText: the file is the scenario "${loaded.scenario.id}", not "${data.scenario}"`;
  return { loaded, own: text };
}

// Requests are small, but for opening a class, which may carry a scenario file (its text in JSON
// may be longer than the file by its escapes).
const smallJson = express.json({ limit: '4kb' });
const openJson = express.json({ limit: MAX_PACK_BYTES * 2 });

// Reading a teacher's file takes the process a while: a few per address, then one a minute.
const PACKS = { perSecond: 1 / 60, burst: 5, addresses: 10_000 };
const packRates = new Map<string, RateLimit>();

function packAllowed(address: string): boolean {
  let rate = packRates.get(address);
  if (!rate) {
    if (packRates.size >= PACKS.addresses) packRates.clear();
    packRates.set(address, (rate = new RateLimit(PACKS.perSecond, PACKS.burst, Date.now())));
  }
  return rate.take(Date.now()) === 'ok';
}

export function classRoutes(): express.Router {
  const r = express.Router();
  r.use((req: Request, res: Response, next: NextFunction) => (req.method === 'POST' && req.path === '/classes' ? openJson : smallJson)(req, res, next));
  // A body the parser refuses (too large, not JSON) is answered in JSON like every refusal.
  r.use((error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (!error || typeof error.status !== 'number') return next(error);
    fail(res, error.status, error.type === 'entity.too.large' ? `the request is too large (a scenario file may be at most ${MAX_PACK_BYTES / 1024} KB)` : 'the request is not valid JSON');
  });

  r.post('/classes', async (req, res) => {
    const parsed = OpenClassSchema.safeParse(req.body);
    if (!parsed.success) return fail(res, 400, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const { store } = services();
    if (parsed.data.scenarioText !== undefined && !packAllowed(req.ip ?? '')) return fail(res, 429, 'too many classes opened on a file from this address: wait a minute');
    const chosen = scenarioToOpen(parsed.data);
    if (typeof chosen === 'string') return fail(res, 400, chosen);
    const { loaded, own } = chosen;
    const count = loaded.scenario.delegations.length;
    const problem = parsed.data.people ? peopleProblem(parsed.data.people, count) : null;
    if (problem) return fail(res, 400, problem);
    const teacherToken = newToken();
    const { scenarioText: _text, people, ...rest } = parsed.data;
    const settings: ClassSettings = { ...rest, people: peopleOf(people, count) };
    const record: ClassRecord = { id: newClassId(), code: '', teacherHash: tokenHash(teacherToken), scenario: loaded.scenario.id, scenarioHash: loaded.hash, settings, seed: newSeed(), ended: false };
    // A code already in use by another class is drawn again.
    for (let tries = 0; ; tries++) {
      record.code = newJoinCode();
      if (!(await store.classByCode(record.code))) break;
      if (tries > 20) return fail(res, 503, 'no join code free');
    }
    await store.addClass(record, own);
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

  // The class's own scenario file (a class pack), for the teacher's dashboard on a device that lacks it.
  r.get('/classes/:id/scenario', async (req, res) => {
    const record = await teachersClass(req, res);
    if (!record) return;
    const text = await services().store.classScenario(record.id);
    if (text === null) return fail(res, 404, 'the class is on a scenario shipped with the game');
    const sent: SentScenarioText = { text };
    res.json(sent);
  });

  r.get('/classes/:id/saves', async (req, res) => {
    const record = await teachersClass(req, res);
    if (!record) return;
    const { store, shelf } = services();
    const loaded = await shelf.forClass(record, store);
    if (!loaded) return fail(res, 500, `scenario: ${record.scenario} is not on this server`);
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

  // A seat's device fetches the class's own scenario (a class pack) when its copy of the game lacks it.
  r.post('/seat/scenario', async (req, res) => {
    const token = typeof req.body?.token === 'string' && req.body.token.length <= 100 ? req.body.token : '';
    const { store } = services();
    const seat = token ? await store.seat(tokenHash(token)) : null;
    if (!seat) return fail(res, 404, 'no such seat');
    const text = await store.classScenario(seat.classId);
    if (text === null) return fail(res, 404, 'the class is on a scenario shipped with the game');
    const sent: SentScenarioText = { text };
    res.json(sent);
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
