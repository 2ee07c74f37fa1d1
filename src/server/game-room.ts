// One game of a class as a Colyseus room. The server holds the game (game-host.ts): a device
// sends acts; each is checked (act-check.ts), applied by the machine, written to the log, and
// only then acknowledged with its sequence number and sent to every device as its role's update.
// One act at a time, in arrival order. Dropped devices keep their seat for the class's grace; an
// absent team may be covered by the AI.
import { Room, type Client } from '@colyseus/core';
import type { GameEvent } from '../machine/index.ts';
import type { AiSeat } from '../model/index.ts';
import { settingsFor } from '../machine/index.ts';
import {
  ACT_RATE,
  FloorSchema,
  SyncSchema,
  sideOfRole,
  type Author,
  type Refusal,
  type Role,
  type ServerMessages,
  type Welcome,
  type Wire,
} from '../net/index.ts';
import { checkAct } from './act-check.ts';
import { Absences } from './absence.ts';
import { AiSeats } from './ai-seats.ts';
import { GameHost, patchesBetween, type Wires } from './game-host.ts';
import { RateLimit } from './rate-limit.ts';
import { Seats } from './seats.ts';
import { classChannel, roomIdOf, services } from './services.ts';
import type { ClassRecord } from './store/store.ts';
import { tokenHash } from './tokens.ts';

export interface GameRoomOptions {
  classId: string;
  game: number;
}

type Committed = { ok: true; seq: number } | { ok: false; refusal: 'not-allowed' | 'storage' };

interface SeatAuth {
  role: Role;
  tokenHash: string;
}

/** Far above the act rate: Colyseus cuts a connection that sends more than this in a second. */
const HARD_MESSAGE_CAP = 100;
/** Colyseus closes a connection with this code when it breaks the rules (the hard cap above). */
const CLOSED_WITH_ERROR = 4002;

export class GameRoom extends Room {
  private host!: GameHost;
  private record!: ClassRecord;
  private game = 0;
  private ai!: AiSeats;
  private readonly seats = new Seats();
  private readonly rates = new Map<string, RateLimit>();
  /** Per seat token, the last act number it used (taken or refused). */
  private readonly tokenN = new Map<string, number>();
  private absences!: Absences;
  private teams: Partial<Record<Role, string>> = {};
  private wires!: Wires;
  private queue: Promise<void> = Promise.resolve();
  private aiTimer: { clear(): void } | null = null;
  private ended = false;
  /** Connections cut for flooding: they do not get their seat back by reconnecting. */
  private readonly cut = new Set<string>();
  private savedSent = false;

  override async onCreate(options: GameRoomOptions): Promise<void> {
    const { store, shelf } = services();
    const record = await store.classById(String(options.classId));
    if (!record) throw new Error(`no class ${options.classId}`);
    const loaded = await shelf.forClass(record, store);
    if (!loaded) throw new Error(`scenario ${record.scenario} is not the one the class was opened on`);
    const game = Number(options.game);
    if (!Number.isInteger(game) || game < 0 || game >= record.settings.games) throw new Error(`no game ${options.game} in class ${record.id}`);
    this.roomId = roomIdOf(record.id, game);
    this.record = record;
    this.game = game;
    this.ended = record.ended;
    this.maxMessagesPerSecond = HARD_MESSAGE_CAP;
    this.setPatchRate(null);
    // The room's clock runs only when ticked: its timers (the AI's pace, an absent team's grace)
    // and Colyseus's per-second message count need it.
    this.setSimulationInterval(() => undefined, 100);
    const s = record.settings;
    const settings = settingsFor(record.seed, { rounds: s.rounds, difficulty: s.difficulty, names: s.names, allowDistortion: s.allowDistortion, people: s.people });
    this.host = new GameHost(loaded, settings, await store.events(record.id, game));
    this.ai = new AiSeats(this.host);
    this.absences = new Absences(
      {
        connected: (role) => this.seats.connected(role),
        aiHolds: (seat) => this.host.aiHolds(seat),
        people: (side) => this.host.settings.people[side] === true,
        open: () => !this.host.over && !this.ended,
        begun: () => this.host.seq > 0,
        handOver: (seat, to) =>
          new Promise((resolve) => this.enqueue(async () => resolve((await this.commit({ type: 'TEACHER_SEAT', seat: this.seatRef(seat), to }, 'server')).ok))),
        setTimeout: (run, ms) => this.clock.setTimeout(run, ms),
      },
      record.settings.absent === 'ai',
      record.settings.graceSeconds * 1000,
    );
    this.wires = this.host.wires();
    this.teams = await store.teams(record.id, game);
    await this.setMetadata({ classId: record.id, game });
    services().rooms.add(this.roomId);
    await this.presence.subscribe(classChannel(record.id), () => this.endClass());
    this.onMessage('act', (client, message) => {
      // The rate is judged as messages arrive, before they wait their turn.
      if (this.withinRate(client)) this.enqueue(() => this.onAct(client, message));
    });
    this.onMessage('floor', (client, message) => this.onFloor(client, message));
    this.onMessage('sync', (client, message) => this.onSync(client, message));
    // Anything else is refused (Colyseus would otherwise cut the connection without a word).
    this.onMessage('*', (client, type) => this.refuse(client, null, 'malformed', `unknown message ${String(type).slice(0, 40)}`));
    this.scheduleAi();
  }

  override async onAuth(_client: Client, options: { token?: unknown }): Promise<SeatAuth> {
    const token = typeof options?.token === 'string' && options.token.length <= 100 ? options.token : '';
    if (!token) throw new Error('no seat token');
    const hash = tokenHash(token);
    if (hash === this.record.teacherHash) return { role: 'teacher', tokenHash: hash };
    const seat = await services().store.seat(hash);
    if (!seat || seat.classId !== this.record.id || seat.game !== this.game) throw new Error('not a seat in this game');
    // A delegation's seat exists only for the delegations the scenario has.
    if (!this.host.roles().includes(seat.role)) throw new Error('not a seat in this game');
    return { role: seat.role, tokenHash: hash };
  }

  override async onJoin(client: Client, _options: unknown, auth: SeatAuth): Promise<void> {
    const lastN = Math.max(this.host.lastN(auth.tokenHash), this.tokenN.get(auth.tokenHash) ?? 0);
    this.tokenN.set(auth.tokenHash, lastN);
    this.seats.add({ sessionId: client.sessionId, role: auth.role, tokenHash: auth.tokenHash, lastN, connected: true });
    this.rates.set(client.sessionId, new RateLimit(ACT_RATE.perSecond, ACT_RATE.burst, Date.now()));
    this.teams = await services().store.teams(this.record.id, this.game);
    this.sendTo(client, 'welcome', this.welcomeFor(client));
    if (this.host.over || this.ended) this.sendTo(client, 'save', this.saveMessage());
    this.seatsChanged(auth.role);
  }

  override onDrop(client: Client, code?: number): void {
    const d = this.seats.get(client.sessionId);
    this.seats.setConnected(client.sessionId, false);
    if (d) this.seatsChanged(d.role);
    if (this.cut.delete(client.sessionId) || code === CLOSED_WITH_ERROR) return;
    // The seat waits for the same device for the class's grace (not awaited: Colyseus finishes
    // closing the old connection meanwhile; a device that does not come back simply leaves).
    this.allowReconnection(client, this.record.settings.graceSeconds).catch(() => undefined);
  }

  override onReconnect(client: Client): void {
    const d = this.seats.get(client.sessionId);
    this.seats.setConnected(client.sessionId, true);
    // Whatever was sent while it was away is lost: it gets the whole view again.
    this.sendTo(client, 'resync', this.welcomeFor(client));
    if (d) this.seatsChanged(d.role);
  }

  override onLeave(client: Client): void {
    const d = this.seats.get(client.sessionId);
    this.seats.remove(client.sessionId);
    this.rates.delete(client.sessionId);
    if (d) this.seatsChanged(d.role);
  }

  override onDispose(): void {
    services().rooms.delete(this.roomId);
    this.aiTimer?.clear();
    this.absences?.stop();
    this.host?.stop();
  }

  private sendTo<K extends keyof ServerMessages>(client: Client, type: K, message: ServerMessages[K]): void {
    client.send(type, message);
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((e: unknown) => console.error(`room ${this.roomId}:`, e));
  }

  private roleOf(client: Client): Role | null {
    return this.seats.get(client.sessionId)?.role ?? null;
  }

  private refuse(client: Client, n: number | null, reason: Refusal, detail?: string): void {
    const { refused, refusals } = services();
    refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
    refused({ roomId: this.roomId, role: this.roleOf(client), reason, detail });
    const d = this.seats.get(client.sessionId);
    this.sendTo(client, 'refused', { n, reason, seq: this.host.seq, lastN: d ? (this.tokenN.get(d.tokenHash) ?? 0) : 0 });
  }

  private withinRate(client: Client): boolean {
    const device = this.seats.get(client.sessionId);
    const rate = this.rates.get(client.sessionId)?.take(Date.now());
    if (!device || !rate) return false;
    if (rate === 'cut') {
      this.cut.add(client.sessionId);
      services().refused({ roomId: this.roomId, role: device.role, reason: 'rate', detail: 'flooding: connection cut' });
      client.leave(4408, 'flood');
      return false;
    }
    if (rate === 'refuse') this.refuse(client, null, 'rate');
    return rate === 'ok';
  }

  private async onAct(client: Client, message: unknown): Promise<void> {
    const device = this.seats.get(client.sessionId);
    if (!device) return;
    const state = this.host.snapshot.context;
    const side = sideOfRole(device.role);
    const seat: AiSeat | null = device.role === 'mediator' ? 'mediator' : side;
    const lastN = this.tokenN.get(device.tokenHash) ?? 0;
    const checked = checkAct(message, {
      role: device.role,
      lastN,
      ended: this.ended || this.host.over,
      aiHolds: seat !== null && this.host.aiHolds(seat),
      hasFloor: device.role === 'teacher' || this.seats.hasFloor(client.sessionId),
      seq: this.host.seq,
      state,
    });
    // A number once used is used up, whether its act was taken or not.
    if (checked.n !== null && checked.n === lastN + 1) this.tokenN.set(device.tokenHash, checked.n);
    if (!checked.ok) return this.refuse(client, checked.n, checked.reason, checked.detail);
    const done = await this.commit(checked.event, device.role, { hash: device.tokenHash, n: checked.n });
    if (!done.ok) return this.refuse(client, checked.n, done.refusal);
    this.sendTo(client, 'ack', { n: checked.n, seq: done.seq });
  }

  /**
   * Applies an event, writes it to the log, then sends every device its update. Refused when
   * the machine does not allow it or the log could not be written (then nothing changed).
   */
  private async commit(event: GameEvent, by: Author, token?: { hash: string; n: number }): Promise<Committed> {
    const line = this.host.apply(event, by, token);
    if (!line) return { ok: false, refusal: 'not-allowed' };
    try {
      await services().store.append(this.record.id, this.game, { seq: line.seq, event, by, tokenHash: token?.hash ?? null, n: token?.n ?? null });
    } catch (e) {
      console.error(`room ${this.roomId}: the log could not be written`, e);
      this.host.undoLast();
      this.wires = this.host.wires();
      return { ok: false, refusal: 'storage' };
    }
    this.broadcastLine(line);
    this.afterChange(event);
    return { ok: true, seq: line.seq };
  }

  private broadcastLine(line: Parameters<GameHost['lineFor']>[0]): void {
    const next = this.host.wires();
    const patches = patchesBetween(this.wires, next);
    this.wires = next;
    for (const client of this.clients) {
      const role = this.roleOf(client);
      if (!role) continue;
      const side = sideOfRole(role);
      this.sendTo(client, 'update', { seq: line.seq, line: this.host.lineFor(line, role), patch: side === null ? patches.mediator : (patches.sides[side] ?? null) });
    }
  }

  private afterChange(event: GameEvent): void {
    if (this.host.over) this.sendSaves();
    if (event.type === 'TEACHER_SEAT') this.broadcastSeats();
    this.scheduleAi();
  }

  private wireFor(role: Role): Wire {
    const side = sideOfRole(role);
    // Once the game is over, every device sees the mediator's view with the hidden values revealed.
    return side === null || this.host.over ? this.wires.mediator : this.wires.sides[side]!;
  }

  private welcomeFor(client: Client): Welcome {
    const d = this.seats.get(client.sessionId)!;
    const { seed: _seed, ...settings } = this.host.settings;
    return {
      role: d.role,
      classId: this.record.id,
      game: this.game,
      scenario: { id: this.host.loaded.scenario.id, hash: this.host.loaded.hash },
      settings,
      seq: this.host.seq,
      lastN: this.tokenN.get(d.tokenHash) ?? 0,
      log: this.host.logFor(d.role),
      view: this.wireFor(d.role),
      seats: this.seatStatus(),
      holdsFloor: this.seats.hasFloor(client.sessionId),
      ended: this.ended,
    };
  }

  private seatStatus() {
    return this.seats.status(this.host.roles(), (role) => {
      const side = sideOfRole(role);
      const seat: AiSeat | null = role === 'mediator' ? 'mediator' : side;
      return seat !== null && this.host.aiHolds(seat);
    }, this.teams);
  }

  private seatsChanged(role: Role): void {
    this.broadcastSeats();
    this.absences.changed(role);
  }

  private broadcastSeats(): void {
    const seats = this.seatStatus();
    for (const client of this.clients) {
      this.sendTo(client, 'seats', seats);
      this.sendTo(client, 'floor', { yours: this.seats.hasFloor(client.sessionId) });
    }
  }

  private onFloor(client: Client, message: unknown): void {
    const d = this.seats.get(client.sessionId);
    if (!d || !FloorSchema.safeParse(message).success) return this.refuse(client, null, 'malformed');
    if (d.role === 'observer') return this.refuse(client, null, 'role');
    this.seats.takeFloor(client.sessionId);
    this.seatsChanged(d.role);
  }

  private onSync(client: Client, message: unknown): void {
    if (!SyncSchema.safeParse(message).success) return this.refuse(client, null, 'malformed');
    this.sendTo(client, 'resync', this.welcomeFor(client));
  }

  private seatRef(seat: AiSeat): string {
    return seat === 'mediator' ? 'mediator' : this.host.loaded.scenario.delegations[seat]!.id;
  }

  /** The AI moves when it holds the seat whose turn it is, at the class's pace. */
  private scheduleAi(): void {
    this.aiTimer?.clear();
    this.aiTimer = null;
    if (this.ended || this.host.over) return;
    if (!this.ai.due()) return;
    this.aiTimer = this.clock.setTimeout(() => {
      this.aiTimer = null;
      this.enqueue(async () => {
        const event = this.ai.next();
        if (!event) return;
        const by: Author = 'ai';
        const done = await this.commit(event, by);
        if (!done.ok && done.refusal === 'not-allowed') await this.commit(this.ai.fallback(), by);
      });
    }, this.record.settings.aiPaceMs);
  }

  private endClass(): void {
    this.ended = true;
    this.aiTimer?.clear();
    this.sendSaves();
  }

  /** Everyone gets the whole save when the game is over or the class ends: replays, the debrief and the class comparison read it. */
  private sendSaves(): void {
    if (this.savedSent) return;
    this.savedSent = true;
    const message = this.saveMessage();
    for (const client of this.clients) this.sendTo(client, 'save', message);
  }

  private saveMessage(): ServerMessages['save'] {
    const { teacher: _teacher, ...teams } = this.teams;
    return { save: this.host.save(), teams };
  }
}
