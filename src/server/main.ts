// `npm run class`: the class server on one machine (the build and the rooms, PGlite for the
// logs). Environment: PORT (8080), HOST (127.0.0.1), DATA_DIR (class-data), and to scale out
// DATABASE_URL (Postgres), REDIS_URL (Redis) and PUBLIC_ADDRESS (host:port others reach this one at);
// behind a reverse proxy, TRUST_PROXY (which proxies to believe about the client's address).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFrom } from './config.ts';
import { startServer } from './app.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const config = (() => {
  try {
    return configFrom(process.env, root);
  } catch (error) {
    // A setting that cannot be read: said in one line, not a stack trace.
    console.error(`class server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
})();
const running = await startServer(config, resolve(root, 'scenarios'));
console.log(`class server on http://${config.host}:${running.port}/ (${config.databaseUrl ? 'Postgres' : `PGlite in ${config.dataDir}`}${config.redisUrl ? ', Redis' : ''})`);
const stop = () => void running.stop().finally(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
