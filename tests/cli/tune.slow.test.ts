// `shuttle tune` as other tools run it: a process, every number of a shipped scenario, on worker
// threads and in one thread with the same figures. (Slow: each run loads the sources afresh and
// plays some 600 games.)
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import type { TuneReport } from '../../src/cli/tune-report.ts';

function tune(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/shuttle.mjs', 'tune', 'scenarios/camp-david-1978.yaml', '--games', '4', '--planner-games', '1', '--sensitivity-games', '1', ...args], { encoding: 'utf8', timeout: 170_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The report without the figures that differ from run to run. */
const figures = ({ seconds: _s, threads: _t, ...rest }: TuneReport) => rest;

describe('shuttle tune, run as a process', () => {
  it('measures every number of the file, the same on two threads as on one', () => {
    const one = tune('--workers', '1', '--json');
    expect(one.code).toBe(0);
    expect(one.err).toBe('');
    const report = JSON.parse(one.out) as TuneReport;
    expect(report.scenario.id).toBe('camp-david-1978');
    const rows = new Map(report.sensitivity.rows.map((r) => [r.number, r]));
    for (const name of ['delegations[0].reservation.initial', 'delegations[1].concession.exponent', 'rules.negotiation.timeSlack', 'escalation.deescalationOdds', 'rounds[0].hours']) expect(rows.has(name), name).toBe(true);
    expect(report.skipped.some((s) => s.number === 'escalation.strikeRung' && s.reason === 'position')).toBe(true);
    const effects = report.sensitivity.rows.map((r) => r.effect);
    expect(effects).toEqual([...effects].sort((a, b) => b - a));

    const two = tune('--workers', '2', '--json');
    expect(two.code).toBe(0);
    expect(figures(JSON.parse(two.out) as TuneReport)).toEqual(figures(report));
  }, 170_000);

  it('prints a table for people, with what to do for more precise figures', () => {
    const r = tune('--workers', '1');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Tuning camp-david-1978 \(hash [0-9a-f]{16}\)/);
    expect(r.out).toMatch(/\nbroker\s+[\d.]+%/);
    expect(r.out).toMatch(/\nrepeat:present_draft\s+[\d.]+%/);
    expect(r.out).toMatch(/Sensitivity of \S+ \(the strongest quick policy/);
    expect(r.out).toContain('More precise: --games 1000');
  }, 170_000);
});
