// Runs the balance bench's jobs in child processes, as many at once as there are cores, with a
// progress bar on a terminal. Each job's rows come back as one line of JSON.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GameRow, JobSpec } from './job.ts';

const ENTRY = fileURLToPath(new URL('./job-main.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Finished jobs are kept here (not committed), named by their spec and the code that played them. */
const CACHE = join(ROOT, 'bench/.cache/balance');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let code: string | null = null;
/** A digest of everything a job's rows depend on: the sources, the scenarios and the job itself. */
function codeVersion(): string {
  if (code) return code;
  const hash = createHash('sha256');
  for (const file of [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'scenarios')), join(ROOT, 'bench/balance/job.ts')].sort()) {
    hash.update(file.slice(ROOT.length));
    hash.update(readFileSync(file));
  }
  return (code = hash.digest('hex').slice(0, 16));
}

function cached(spec: JobSpec): string {
  return join(CACHE, `${createHash('sha256').update(codeVersion()).update(JSON.stringify(spec)).digest('hex').slice(0, 24)}.json`);
}

/** A job's rows: from the cache when the same code already played it, else played in a child process. */
async function rowsOf(spec: JobSpec): Promise<GameRow[]> {
  const file = cached(spec);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as GameRow[];
  const rows = await runChild(spec);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify(rows));
  return rows;
}

function runChild(spec: JobSpec): Promise<GameRow[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`balance job ${JSON.stringify(spec)} failed (${code}): ${err.trim()}`));
      else resolve(JSON.parse(out) as GameRow[]);
    });
  });
}

function progress(label: string, done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((width * done) / Math.max(1, total));
  process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} games`);
  if (done === total) process.stderr.write('\n');
}

/** Every job's rows, in the order of the jobs. */
export async function runJobs(label: string, jobs: JobSpec[], threads = availableParallelism()): Promise<GameRow[][]> {
  const results: GameRow[][] = new Array(jobs.length);
  const total = jobs.reduce((n, j) => n + j.count, 0);
  let done = 0;
  let next = 0;
  progress(label, 0, total);
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await rowsOf(jobs[i]!);
      done += jobs[i]!.count;
      progress(label, done, total);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, jobs.length)) }, worker));
  return results;
}

/** A job split into slices of seeds, so that the slices spread over the cores. */
export function sliced(spec: Omit<JobSpec, 'first' | 'count'>, first: number, count: number, slice = 100): JobSpec[] {
  const out: JobSpec[] = [];
  for (let s = first; s < first + count; s += slice) out.push({ ...spec, first: s, count: Math.min(slice, first + count - s) });
  return out;
}
