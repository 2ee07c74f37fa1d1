// The class server in one process: the game's static build and the rooms behind one port.
// Alone it keeps the logs in PGlite; given DATABASE_URL and REDIS_URL, several processes share
// the games through Postgres and Colyseus's Redis presence and driver.
import { existsSync } from 'node:fs';
import { WebSocket } from 'ws';
import express from 'express';
import { LocalDriver, LocalPresence, Server, matchMaker, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import type { Refusal } from '../net/index.ts';
import { classRoutes } from './class-api.ts';
import type { ServerConfig } from './config.ts';
import { GameRoom } from './game-room.ts';
import { ScenarioShelf } from './scenarios.ts';
import { setServices, type RefusalNote } from './services.ts';
import { openPglite } from './store/pglite.ts';
import { openPostgres } from './store/postgres.ts';
import { Store } from './store/store.ts';

// Colyseus checks a reconnected socket against the global WebSocket's OPEN, which Node 20 does
// not define (Node 22 does).
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

/** Bytes a device may send in one frame: a bigger one closes its connection. */
const MAX_FRAME_BYTES = 16 * 1024;

/**
 * The process that opens a game: a class's games dealt round the processes in turn (Colyseus's
 * default, the process with the fewest rooms, reads counts shared once a second: a class opened
 * at once would land on one process).
 */
async function processForGame(_room: string, options: { game?: unknown }): Promise<string> {
  const processes = (await matchMaker.stats.fetchAll()).map((p) => p.processId).sort();
  const game = Number(options.game);
  return processes.length === 0 ? matchMaker.processId : processes[(Number.isInteger(game) ? game : 0) % processes.length]!;
}

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

export async function startServer(config: ServerConfig, scenarioDir: string): Promise<RunningServer> {
  const sql = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir);
  const store = new Store(sql);
  await store.init();
  const refusals = new Map<Refusal, number>();
  setServices({
    store,
    shelf: new ScenarioShelf(scenarioDir),
    refusals,
    rooms: new Set(),
    refused: (note: RefusalNote) => {
      if (config.logRefusals) console.warn(`refused ${note.reason} from ${note.role ?? 'unknown'} in ${note.roomId}${note.detail ? `: ${note.detail}` : ''}`);
    },
  });
  const presence: Presence = config.redisUrl ? new RedisPresence(config.redisUrl) : new LocalPresence();
  const driver = config.redisUrl ? new RedisDriver(config.redisUrl) : new LocalDriver();
  const server = new Server({
    greet: false,
    gracefullyShutdown: false,
    presence,
    driver,
    publicAddress: config.publicAddress ?? undefined,
    selectProcessIdToCreateRoom: processForGame,
    transport: new WebSocketTransport({ maxPayload: MAX_FRAME_BYTES }),
    express: (app) => {
      app.disable('x-powered-by');
      // The client's address (the limits per address) from the proxies the operator trusts, if any.
      app.set('trust proxy', config.trustProxy);
      app.use('/api', classRoutes());
      if (existsSync(config.staticDir)) app.use(express.static(config.staticDir, { index: 'index.html' }));
    },
  });
  server.define('game', GameRoom);
  await server.listen(config.port, config.host);
  const address = server.transport.server?.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    port,
    async stop() {
      await server.gracefullyShutdown(false);
      await store.close();
    },
  };
}
