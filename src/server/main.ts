// `npm run class`: the class server on one machine (the build and the rooms, PGlite for the
// logs). Environment: PORT (8080), HOST (127.0.0.1), DATA_DIR (class-data), and to scale out
// DATABASE_URL (Postgres), REDIS_URL (Redis) and PUBLIC_ADDRESS (host:port others reach this one at).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFrom } from './config.ts';
import { startServer } from './app.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const config = configFrom(process.env, root);
const running = await startServer(config, resolve(root, 'scenarios'));
console.log(`class server on http://${config.host}:${running.port}/ (${config.databaseUrl ? 'Postgres' : `PGlite in ${config.dataDir}`}${config.redisUrl ? ', Redis' : ''})`);
const stop = () => void running.stop().finally(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
