// The hostile-file fuzz: thousands of generated scenario and save files read by the one reader
// the command line and the browser share, counting crashes, hangs (over 2 s), tampered saves
// accepted, refusals that name no field and no place, and control characters let through. Seeded:
// each file has its own seed, named in a failure, which makes the same file again.
import { loadScenarioFile, loadScenarioValue } from '../../src/scenario/load.ts';
import { openSave, type FoundScenario } from '../../src/replay/index.ts';
import { saveRefusalLines } from '../../src/present/index.ts';
import { controlStrings, inconsistency, placed } from './oracle.ts';
import { rngOf } from './random.ts';
import { hostileSave, saveBases } from './save-files.ts';
import { hostileScenario, smallScenario } from './scenario-files.ts';

export const HANG_MS = 2000;

export interface FuzzFailure {
  seed: number;
  file: 'scenario' | 'save';
  kind: string;
  what: string;
}

export interface FuzzReport {
  seed: number;
  scenarios: number;
  saves: number;
  refused: number;
  crashes: number;
  hangs: number;
  tamperedAccepted: number;
  unplaced: number;
  controlsAccepted: number;
  goodRefused: number;
  slowestMs: number;
  seconds: number;
  failures: FuzzFailure[];
}

export interface FuzzOptions {
  seed: number;
  scenarios: number;
  saves: number;
}

/** Seeds of save files follow those of scenario files, so every file of a run has a seed of its own. */
export const SAVE_SEED_OFFSET = 1_000_000;

export function runHostileFiles(options: FuzzOptions): FuzzReport {
  const started = performance.now();
  const base = loadScenarioValue(smallScenario());
  if (!base.ok) throw new Error(base.errors.join('\n'));
  const { scenario, hash } = base;
  const lookup = (id: string, h: string): FoundScenario => (id === scenario.id && h === hash ? { scenario, hash } : id === scenario.id ? { missing: 'version', available: hash } : { missing: 'id' });
  const bases = saveBases(scenario, hash);
  const report: FuzzReport = { seed: options.seed, scenarios: 0, saves: 0, refused: 0, crashes: 0, hangs: 0, tamperedAccepted: 0, unplaced: 0, controlsAccepted: 0, goodRefused: 0, slowestMs: 0, seconds: 0, failures: [] };
  const fail = (f: FuzzFailure) => {
    if (report.failures.length < 50) report.failures.push(f);
  };
  const timed = <T>(work: () => T): { value: T; ms: number } => {
    const t0 = performance.now();
    const value = work();
    return { value, ms: performance.now() - t0 };
  };

  for (let i = 0; i < options.scenarios; i++) {
    const seed = options.seed + i;
    const file = hostileScenario(rngOf(seed));
    report.scenarios++;
    try {
      const { value: result, ms } = timed(() => loadScenarioFile(file.bytes, file.name));
      report.slowestMs = Math.max(report.slowestMs, ms);
      if (ms > HANG_MS) (report.hangs++, fail({ seed, file: 'scenario', kind: file.kind, what: `took ${Math.round(ms)} ms` }));
      if (!result.ok) {
        report.refused++;
        const bad = result.errors.find((line) => !placed(line));
        if (bad !== undefined) (report.unplaced++, fail({ seed, file: 'scenario', kind: file.kind, what: `no field or place: ${bad.slice(0, 160)}` }));
      } else {
        const controls = controlStrings(result.scenario);
        if (controls.length) (report.controlsAccepted++, fail({ seed, file: 'scenario', kind: file.kind, what: `accepted control characters: ${controls[0]}` }));
      }
    } catch (error) {
      report.crashes++;
      fail({ seed, file: 'scenario', kind: file.kind, what: `threw: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  for (let i = 0; i < options.saves; i++) {
    const seed = options.seed + SAVE_SEED_OFFSET + i;
    const file = hostileSave(rngOf(seed), bases);
    report.saves++;
    try {
      const { value: verdict, ms } = timed(() => openSave(file.bytes, lookup));
      report.slowestMs = Math.max(report.slowestMs, ms);
      if (ms > HANG_MS) (report.hangs++, fail({ seed, file: 'save', kind: file.kind, what: `took ${Math.round(ms)} ms` }));
      if (!verdict.ok) {
        report.refused++;
        const lines = saveRefusalLines(verdict.refusal);
        const bad = lines.find((line) => !placed(line));
        if (bad !== undefined) (report.unplaced++, fail({ seed, file: 'save', kind: file.kind, what: `no field or place: ${bad.slice(0, 160)}` }));
        if (file.group === 'benign') (report.goodRefused++, fail({ seed, file: 'save', kind: file.kind, what: `refused: ${lines[0]?.slice(0, 160)}` }));
      } else {
        const why = inconsistency(verdict.save, scenario, hash);
        if (why) (report.tamperedAccepted++, fail({ seed, file: 'save', kind: file.kind, what: `accepted, yet ${why}` }));
      }
    } catch (error) {
      report.crashes++;
      fail({ seed, file: 'save', kind: file.kind, what: `threw: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** One line per failure, each naming the seed that makes its file again. */
export function failureLines(report: FuzzReport): string[] {
  return report.failures.map((f) => `seed ${f.seed} (${f.file}, ${f.kind}): ${f.what}`);
}
