// PLACEHOLDER (being written by the compare helper): two lines of a save side by side.
import type { Shell } from '../shell/shell.ts';
import type { CompareTarget, ReplaySource } from './source.ts';

export function openCompare(shell: Shell, source: ReplaySource, line: string, other: CompareTarget, back?: () => void): void {
  void source;
  void line;
  void other;
  void back;
  shell.notices.show('compare', 'The compare view is not built yet.');
}
