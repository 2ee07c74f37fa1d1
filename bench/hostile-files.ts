// The hostile-file fuzz of the test suite (tests/fuzz), run here to print its numbers: files
// read, refused, crashes, hangs over 2 s, tampered saves accepted, refusals naming no field or
// place, control characters accepted, harmless saves refused, the slowest file, files a second.
import { failureLines, HANG_MS, runHostileFiles, type FuzzReport } from '../tests/fuzz/hostile-files.ts';

export function benchHostileFiles(seed: number, scenarios: number, saves: number): FuzzReport {
  return runHostileFiles({ seed, scenarios, saves });
}

export function hostileFileLines(r: FuzzReport): string[] {
  const files = r.scenarios + r.saves;
  return [
    `${files} files (${r.scenarios} scenarios, ${r.saves} saves), base seed ${r.seed}: ${r.refused} refused, in ${r.seconds.toFixed(1)} s (${Math.round(files / r.seconds)} files/s; slowest ${Math.round(r.slowestMs)} ms)`,
    `crashes ${r.crashes} · hangs over ${HANG_MS / 1000} s ${r.hangs} · tampered saves accepted ${r.tamperedAccepted} · refusals without a field or place ${r.unplaced} · control characters accepted ${r.controlsAccepted} · harmless saves refused ${r.goodRefused} (all must be 0)`,
    ...failureLines(r).slice(0, 10),
  ];
}
