// PGlite: Postgres compiled to WebAssembly, its files in a folder, in this process. Each commit
// is on disk before the query returns, so an acknowledged event survives a kill -9.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Sql } from './sql.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One process at a time uses the folder: our own lock file says which. A process killed hard
 * leaves Postgres's postmaster.pid behind, which would stop the next start: when the process
 * that held our lock is gone, that file is stale and removed.
 */
function lockFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'shuttle-server.lock');
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (pid !== process.pid && alive(pid)) throw new Error(`${dir} is in use by the class server with process id ${pid}`);
    rmSync(join(dir, 'postmaster.pid'), { force: true });
  }
  writeFileSync(lock, String(process.pid));
}

export async function openPglite(dir: string): Promise<Sql> {
  lockFolder(dir);
  const db = await PGlite.create(dir);
  return {
    async query<T>(text: string, params: readonly unknown[] = []) {
      const r = await db.query<T>(text, [...params]);
      return r.rows;
    },
    async migrate(schema: string) {
      await db.exec(schema);
    },
    async close() {
      await db.close();
      rmSync(join(dir, 'shuttle-server.lock'), { force: true });
    },
  };
}
