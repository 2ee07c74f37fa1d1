// The meters' names in words, one list for the transcript, the debrief and the reports. The
// pressure meter is named by the scenario (its ladder is not always military).
import type { CompiledScenario } from './compile.ts';
import type { MeterKey } from './types.ts';

export const METER_LABELS: Record<MeterKey, string> = {
  scope: 'Agenda scope',
  pressure: 'Pressure',
  progress: 'Progress',
  patience: 'Patience',
  credibility: 'Credibility',
  closeness: 'Closeness',
  concession: 'Concessions made (%)',
  hurt: 'Hurt',
  wayOut: 'Way out',
  hardliners: 'Hardliners',
  reservation: 'Fallback (reservation value)',
  hours: 'Hours left today',
  paused: 'Paused by the teacher',
  ai: 'Played by the AI',
};

export function meterLabel(c: CompiledScenario, meter: MeterKey): string {
  return meter === 'pressure' ? c.scenario.labels.pressure : METER_LABELS[meter];
}
