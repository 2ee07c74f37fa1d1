// Postgres through node-postgres, for several server processes sharing the games' logs.
import pg from 'pg';
import type { Sql } from './sql.ts';

export async function openPostgres(url: string): Promise<Sql> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  await pool.query('select 1');
  return {
    async query<T>(text: string, params: readonly unknown[] = []) {
      const r = await pool.query(text, [...params]);
      return r.rows as T[];
    },
    async migrate(schema: string) {
      // Two processes starting together would race to create the same tables: a lock orders them.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(7411)');
        await client.query(schema);
      } finally {
        await client.query('select pg_advisory_unlock(7411)').catch(() => undefined);
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
