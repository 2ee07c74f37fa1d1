// One device's connection to one game on the class server: the Colyseus room, the device's
// mirror of its role's view (updates in order; a gap asks for what was missed), its seat token,
// and its acts, one at a time, each answered by an ack or a refusal. A dropped connection comes
// back by itself (Colyseus's reconnection); if the server restarted, the seat token finds the
// game again.
import { Client, type Room } from '@colyseus/sdk';
import type { GameEvent } from '../../machine/index.ts';
import { Mirror, type Ack, type Refused, type Refusal, type SeatStatus, type ServerMessages, type Update, type Welcome } from '../../net/index.ts';
import { classApi } from './api.ts';

export type Status = 'connected' | 'reconnecting' | 'lost';

/** How long Colyseus's own reconnection is given before the seat token looks the game up again. */
const REJOIN_AFTER_MS = 6000;
export type ActResult = { ok: true; seq: number } | { ok: false; refusal: Refusal };

export class ClassConnection {
  mirror: Mirror;
  seats: SeatStatus[];
  holdsFloor: boolean;
  save: ServerMessages['save'] | null = null;
  status: Status = 'connected';
  private room: Room;
  private pending: ((r: ActResult) => void) | null = null;
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly origin: string,
    readonly token: string,
    room: Room,
    welcome: Welcome,
  ) {
    this.room = room;
    this.mirror = new Mirror(welcome);
    this.seats = welcome.seats;
    this.holdsFloor = welcome.holdsFloor;
    this.wire(room);
  }

  /** Joins the game this seat token belongs to (found again after a restart). */
  static async open(origin: string, token: string, roomId?: string): Promise<ClassConnection> {
    const id = roomId ?? (await ClassConnection.roomOf(token));
    const room = await new Client(origin).joinById(id, { token });
    const welcome = await new Promise<Welcome>((resolve) => room.onMessage('welcome', (w: Welcome) => resolve(w)));
    return new ClassConnection(origin, token, room, welcome);
  }

  private static async roomOf(token: string): Promise<string> {
    const seat = await classApi.seat(token);
    if (!seat.ok) throw new Error(seat.error);
    return seat.value.roomId;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends an event as this device's next act; one at a time. */
  act(event: GameEvent): Promise<ActResult> {
    if (this.pending) return Promise.resolve({ ok: false, refusal: 'rate' });
    return new Promise((resolve) => {
      this.pending = resolve;
      this.room.send('act', this.mirror.act(event));
    });
  }

  takeFloor(): void {
    this.room.send('floor', {});
  }

  close(): void {
    void this.room.leave(true);
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }

  private settle(r: ActResult): void {
    const p = this.pending;
    this.pending = null;
    p?.(r);
  }

  private wire(room: Room): void {
    // A drop right after joining is still worth reconnecting (the SDK waits 5 s by default).
    room.reconnection.minUptime = 0;
    room.onMessage('welcome', (w: Welcome) => this.reset(w));
    room.onMessage('resync', (w: Welcome) => this.reset(w));
    room.onMessage('update', (u: Update) => {
      if (this.mirror.update(u) === 'gap') room.send('sync', { since: this.mirror.seq });
      this.changed();
    });
    room.onMessage('ack', (a: Ack) => {
      this.mirror.acked(a);
      // Settled once the update it made has arrived, so the screen shows the move's effect.
      const seq = a.seq;
      const wait = () => (this.mirror.seq >= seq ? this.settle({ ok: true, seq }) : setTimeout(wait, 20));
      wait();
    });
    room.onMessage('refused', (r: Refused) => {
      this.mirror.refused(r);
      this.settle({ ok: false, refusal: r.reason });
      this.changed();
    });
    room.onMessage('seats', (s: SeatStatus[]) => {
      this.seats = s;
      this.changed();
    });
    room.onMessage('floor', (f: { yours: boolean }) => {
      this.holdsFloor = f.yours;
      this.changed();
    });
    room.onMessage('save', (s: ServerMessages['save']) => {
      this.save = s;
      this.changed();
    });
    room.onDrop(() => {
      this.status = 'reconnecting';
      this.settle({ ok: false, refusal: 'stale' });
      this.changed();
      // Not back soon: the room may be gone (a restart), and the seat token finds the game again.
      clearTimeout(this.watchdog);
      this.watchdog = setTimeout(() => {
        if (this.status === 'reconnecting' && this.room === room) void this.rejoin(0);
      }, REJOIN_AFTER_MS);
    });
    room.onReconnect(() => {
      clearTimeout(this.watchdog);
      this.status = 'connected';
      this.changed();
    });
  }

  private watchdog: ReturnType<typeof setTimeout> | undefined;

  private async rejoin(attempt: number): Promise<void> {
    try {
      const id = await ClassConnection.roomOf(this.token);
      const room = await new Client(this.origin).joinById(id, { token: this.token });
      void this.room.leave(true).catch(() => undefined);
      this.room = room;
      this.wire(room);
      this.status = 'connected';
      this.changed();
    } catch {
      if (attempt >= 8) {
        this.status = 'lost';
        this.changed();
        return;
      }
      setTimeout(() => void this.rejoin(attempt + 1), Math.min(8000, 500 * 2 ** attempt));
    }
  }

  private reset(w: Welcome): void {
    this.mirror.reset(w);
    this.seats = w.seats;
    this.holdsFloor = w.holdsFloor;
    this.status = 'connected';
    this.changed();
  }
}
