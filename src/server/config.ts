// The class server's settings, from the environment: one process with PGlite by default;
// Postgres when DATABASE_URL is set and Redis presence and driver when REDIS_URL is set (several
// processes or machines share the games).
import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  /** Where PGlite keeps its files (one process only). */
  dataDir: string;
  databaseUrl: string | null;
  redisUrl: string | null;
  /** How other processes' clients reach this one (host:port), when there are several. */
  publicAddress: string | null;
  /** The game's static build, served beside the rooms. */
  staticDir: string;
  /** Print each refused message. */
  logRefusals: boolean;
}

export function configFrom(env: NodeJS.ProcessEnv, root: string): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT: not a port number: ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(root, env.DATA_DIR ?? 'class-data'),
    databaseUrl: env.DATABASE_URL || null,
    redisUrl: env.REDIS_URL || null,
    publicAddress: env.PUBLIC_ADDRESS || null,
    staticDir: resolve(root, env.STATIC_DIR ?? 'dist'),
    logRefusals: env.LOG_REFUSALS !== '0',
  };
}
