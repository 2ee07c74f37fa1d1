// PLACEHOLDER (being written by the what-if helper): simulated continuations from one step.
import type { Shell } from '../shell/shell.ts';
import type { ReplaySource } from './source.ts';

export function openWhatIf(shell: Shell, source: ReplaySource, line: string, step: number, back?: () => void): void {
  void source;
  void line;
  void step;
  void back;
  shell.notices.show('whatif', 'The what-if explorer is not built yet.');
}
