// The games' logs and the class's seats, in whichever database the server was given. An event
// is written here before it is acknowledged; the (class, game, seq) key refuses a second event
// at the same step, whichever process tries.
import type { GameEvent } from '../../machine/index.ts';
import type { Author, ClassSettings, Role } from '../../net/index.ts';
import { SCHEMA, type Sql } from './sql.ts';

export interface ClassRecord {
  id: string;
  code: string;
  teacherHash: string;
  scenario: string;
  scenarioHash: string;
  settings: ClassSettings;
  seed: number;
  ended: boolean;
}

export interface SeatRecord {
  tokenHash: string;
  classId: string;
  game: number;
  role: Role;
  team: string | null;
}

export interface StoredEvent {
  seq: number;
  event: GameEvent;
  by: Author;
  tokenHash: string | null;
  n: number | null;
}

interface ClassRow {
  id: string;
  code: string;
  teacher_hash: string;
  scenario: string;
  scenario_hash: string;
  settings: ClassSettings;
  seed: number;
  ended: boolean;
}

const classOf = (r: ClassRow): ClassRecord => ({ id: r.id, code: r.code, teacherHash: r.teacher_hash, scenario: r.scenario, scenarioHash: r.scenario_hash, settings: r.settings, seed: r.seed, ended: r.ended });

export class Store {
  constructor(private readonly sql: Sql) {}

  async init(): Promise<void> {
    await this.sql.migrate(SCHEMA);
  }

  close(): Promise<void> {
    return this.sql.close();
  }

  /** A class, with its own scenario file when it was opened on one (a class pack): in one statement, so there is never one without the other. */
  async addClass(c: ClassRecord, ownScenario: string | null = null): Promise<void> {
    const values = [c.id, c.code, c.teacherHash, c.scenario, c.scenarioHash, JSON.stringify(c.settings), c.seed];
    const insert = 'insert into classes (id, code, teacher_hash, scenario, scenario_hash, settings, seed) values ($1, $2, $3, $4, $5, $6, $7)';
    if (ownScenario === null) await this.sql.query(insert, values);
    else await this.sql.query(`with added as (${insert} returning id) insert into class_scenarios (class_id, text) select id, $8 from added`, [...values, ownScenario]);
  }

  async classScenario(classId: string): Promise<string | null> {
    const rows = await this.sql.query<{ text: string }>('select text from class_scenarios where class_id = $1', [classId]);
    return rows[0]?.text ?? null;
  }

  async classById(id: string): Promise<ClassRecord | null> {
    const rows = await this.sql.query<ClassRow>('select * from classes where id = $1', [id]);
    return rows[0] ? classOf(rows[0]) : null;
  }

  async classByCode(code: string): Promise<ClassRecord | null> {
    const rows = await this.sql.query<ClassRow>('select * from classes where code = $1', [code]);
    return rows[0] ? classOf(rows[0]) : null;
  }

  async endClass(id: string): Promise<void> {
    await this.sql.query('update classes set ended = true where id = $1', [id]);
  }

  async addSeat(s: SeatRecord): Promise<void> {
    await this.sql.query('insert into seats (token_hash, class_id, game, role, team) values ($1, $2, $3, $4, $5)', [s.tokenHash, s.classId, s.game, s.role, s.team]);
  }

  async seat(tokenHash: string): Promise<SeatRecord | null> {
    const rows = await this.sql.query<{ token_hash: string; class_id: string; game: number; role: Role; team: string | null }>('select * from seats where token_hash = $1', [tokenHash]);
    const r = rows[0];
    return r ? { tokenHash: r.token_hash, classId: r.class_id, game: r.game, role: r.role, team: r.team } : null;
  }

  /** Each role's team name in a game (the first name its devices gave). */
  async teams(classId: string, game: number): Promise<Partial<Record<Role, string>>> {
    const rows = await this.sql.query<{ role: Role; team: string }>('select role, team from seats where class_id = $1 and game = $2 and team is not null order by created_at', [classId, game]);
    const teams: Partial<Record<Role, string>> = {};
    for (const r of rows) teams[r.role] ??= r.team;
    return teams;
  }

  /** How many devices took each role in each game of a class. */
  async seatCounts(classId: string): Promise<{ game: number; role: Role; devices: number; team: string | null }[]> {
    const rows = await this.sql.query<{ game: number; role: Role; devices: string | number; team: string | null }>(
      'select game, role, count(*) as devices, min(team) as team from seats where class_id = $1 group by game, role order by game, role',
      [classId],
    );
    return rows.map((r) => ({ game: r.game, role: r.role, devices: Number(r.devices), team: r.team }));
  }

  async append(classId: string, game: number, e: StoredEvent): Promise<void> {
    await this.sql.query('insert into events (class_id, game, seq, event, author, token_hash, n) values ($1, $2, $3, $4, $5, $6, $7)', [
      classId,
      game,
      e.seq,
      JSON.stringify(e.event),
      e.by,
      e.tokenHash,
      e.n,
    ]);
  }

  async events(classId: string, game: number): Promise<StoredEvent[]> {
    const rows = await this.sql.query<{ seq: number; event: GameEvent; author: Author; token_hash: string | null; n: number | null }>(
      'select seq, event, author, token_hash, n from events where class_id = $1 and game = $2 order by seq',
      [classId, game],
    );
    return rows.map((r) => ({ seq: r.seq, event: r.event, by: r.author, tokenHash: r.token_hash, n: r.n }));
  }
}
