// How the real talks ended, for the debrief's historical line and the compare against history:
// the scenario's `ending` when it gives one, else its last history entry (files written before
// the field existed), else nothing. The last entry can be years later (a treaty, a return of
// land), which is why a file may say how the talks themselves ended.
import type { Ending, Scenario } from './schema.ts';

export function realEnding(s: Pick<Scenario, 'ending' | 'history'>): Ending | null {
  if (s.ending) return s.ending;
  const last = s.history[s.history.length - 1];
  return last ? { date: last.date, headline: last.headline, body: last.body, sources: last.sources, reported: last.reported } : null;
}
