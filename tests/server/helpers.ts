// The class server as the tests see it: a real server process (so it can be killed and started
// again), classes opened over HTTP, and devices connected with the browser's own SDK, each
// recording every message it receives.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import { Mirror, type Ack, type OpenClass, type OpenedClass, type Refused, type SeatTaken, type StudentRole, type Welcome, type Update } from '../../src/net/index.ts';
import type { GameEvent } from '../../src/machine/index.ts';

export interface ServerProcess {
  base: string;
  port: number;
  child: ChildProcess;
  dataDir: string;
  output: string[];
  stop(): Promise<void>;
  kill9(): Promise<void>;
}

/** Starts `bin/class-server.mjs` on a free port (or the given one) with its own data folder. */
export async function startServerProcess(opts: { env?: Record<string, string>; dataDir?: string; port?: number } = {}): Promise<ServerProcess> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'shuttle-class-'));
  const child = spawn(process.execPath, ['bin/class-server.mjs'], {
    env: { ...process.env, PORT: String(opts.port ?? 0), DATA_DIR: dataDir, STATIC_DIR: join(dataDir, 'no-build'), ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output.join('')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const m = /class server on http:\/\/[^:]+:(\d+)\//.exec(output.join(''));
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output.join('')}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    child,
    dataDir,
    output,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export function removeData(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

async function json<T>(res: Response): Promise<T> {
  const body = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new Error(`${res.status}: ${body.error}`);
  return body;
}

export async function openClass(base: string, setup: Partial<OpenClass> = {}): Promise<OpenedClass> {
  const body = { scenario: 'muscat-2026', games: 1, aiPaceMs: 0, ...setup };
  return json(await fetch(`${base}/api/classes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
}

export async function takeSeat(base: string, code: string, game: number, role: StudentRole, team?: string): Promise<SeatTaken> {
  return json(await fetch(`${base}/api/join/${code}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ game, role, ...(team ? { team } : {}) }) }));
}

export async function teacherInfo<T>(base: string, opened: OpenedClass, path = ''): Promise<T> {
  return json(await fetch(`${base}/api/classes/${opened.classId}${path}`, { headers: { authorization: `Bearer ${opened.teacherToken}` } }));
}

export type Received = [type: string, payload: unknown];

/** One device in a game: every message it received, its mirror of the game, and its acts. */
export class Device {
  readonly received: Received[] = [];
  mirror!: Mirror;
  private waiters: (() => void)[] = [];

  constructor(readonly room: Room) {
    room.onMessage('*', (type, payload) => {
      this.received.push([String(type), payload]);
      if (type === 'welcome' || type === 'resync') {
        if (this.mirror) this.mirror.reset(payload as Welcome);
        else this.mirror = new Mirror(payload as Welcome);
      }
      if (type === 'refused' && this.mirror) this.mirror.refused(payload as Refused);
      if (type === 'ack' && this.mirror) this.mirror.acked(payload as Ack);
      if (type === 'update' && this.mirror) {
        const r = this.mirror.update(payload as Update);
        if (r === 'gap') room.send('sync', { since: this.mirror.seq });
      }
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static async connect(base: string, roomId: string, token: string): Promise<Device> {
    const client = new Client(base);
    const room = await client.joinById(roomId, { token });
    // Reconnect even right after joining (the SDK waits 5 s of uptime by default).
    room.reconnection.minUptime = 0;
    const device = new Device(room);
    await device.until(() => device.mirror !== undefined);
    return device;
  }

  /** Waits until the condition holds (checked on every message), or fails after a while. */
  until(condition: () => boolean, ms = 10_000): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out; last messages: ${JSON.stringify(this.received.slice(-3)).slice(0, 800)}`)), ms);
      const check = () => {
        if (condition()) {
          clearTimeout(timer);
          resolve();
        } else this.waiters.push(check);
      };
      this.waiters.push(check);
    });
  }

  /** Asks for the whole view again (and so the server's count of this token's acts). */
  async resync(): Promise<void> {
    const n = this.count('resync');
    this.room.send('sync', { since: this.mirror.seq });
    await this.until(() => this.count('resync') === n + 1);
  }

  count(type: string): number {
    return this.received.filter(([t]) => t === type).length;
  }

  /** Sends a raw message and waits for the next ack or refusal. */
  async sendRaw(type: string, payload: unknown): Promise<Ack | Refused> {
    const before = this.received.length;
    this.room.send(type, payload);
    await this.until(() => this.received.slice(before).some(([t]) => t === 'ack' || t === 'refused'));
    const [, reply] = this.received.slice(before).find(([t]) => t === 'ack' || t === 'refused')!;
    return reply as Ack | Refused;
  }

  /** Acts as the game stands on this device and waits for the answer (an ack also waits for its update). */
  async act(event: GameEvent): Promise<Ack | Refused> {
    const reply = await this.sendRaw('act', this.mirror.act(event));
    if ('seq' in reply && !('reason' in reply)) await this.until(() => this.mirror.seq >= reply.seq);
    return reply;
  }

  /** Resolves when the server closes this device's connection (the SDK's own listeners are cleared before ours would run). */
  async closedByServer(ms = 10_000): Promise<void> {
    const start = Date.now();
    while (this.room.connection.isOpen) {
      if (Date.now() - start > ms) throw new Error('the connection is still open');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  leave(): Promise<number> {
    return this.room.leave(true);
  }
}

export function isAck(r: Ack | Refused): r is Ack {
  return !('reason' in r);
}
