// One SQL dialect for both databases: PGlite (Postgres in WebAssembly, in this process) by
// default, Postgres itself when several processes share the games.

export interface Sql {
  query<T>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Creates the tables (once, whichever process comes first). */
  migrate(schema: string): Promise<void>;
  close(): Promise<void>;
}

export const SCHEMA = `
create table if not exists classes (
  id text primary key,
  code text unique not null,
  teacher_hash text not null,
  scenario text not null,
  scenario_hash text not null,
  settings jsonb not null,
  seed integer not null,
  ended boolean not null default false,
  created_at timestamptz not null default now()
);
create table if not exists class_scenarios (
  class_id text primary key references classes(id),
  text text not null
);
create table if not exists seats (
  token_hash text primary key,
  class_id text not null references classes(id),
  game integer not null,
  role text not null,
  team text,
  created_at timestamptz not null default now()
);
create index if not exists seats_by_game on seats (class_id, game);
create table if not exists events (
  class_id text not null references classes(id),
  game integer not null,
  seq integer not null,
  event jsonb not null,
  author text not null,
  token_hash text,
  n integer,
  at timestamptz not null default now(),
  primary key (class_id, game, seq)
);
`;
