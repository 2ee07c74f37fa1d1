// The class server's settings, from the environment: one process with PGlite by default;
// Postgres when DATABASE_URL is set and Redis presence and driver when REDIS_URL is set (several
// processes or machines share the games).
import { isIP } from 'node:net';
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
  /**
   * Which proxies in front of the server to believe about the client's address (Express's
   * `trust proxy`): false (the socket's address), a number of hops, or addresses and subnets.
   * Behind a reverse proxy every request comes from the proxy, and the limits per address
   * would count the whole school as one device.
   */
  trustProxy: boolean | number | string;
}

/** TRUST_PROXY: unset or 0 (believe no proxy), a number of hops, `true` (any), or addresses and subnets ("loopback, 10.0.0.0/8"). */
export function trustProxyFrom(value: string | undefined): boolean | number | string {
  const v = (value ?? '').trim();
  if (v === '' || v === '0' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  // Express reads the rest as addresses, subnets or the names loopback, linklocal, uniquelocal.
  for (const part of v.split(',').map((p) => p.trim())) {
    const [address, bits, extra] = part.split('/');
    const named = ['loopback', 'linklocal', 'uniquelocal'].includes(part);
    const subnet = isIP(address ?? '') !== 0 && extra === undefined && (bits === undefined || /^\d{1,3}$/.test(bits));
    if (!named && !subnet) throw new Error(`TRUST_PROXY: not a number of hops, an address, a subnet or loopback/linklocal/uniquelocal: ${part}`);
  }
  return v;
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
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
  };
}
