// Checks on a scenario's sources that the schema cannot express: every source opens the article
// that supports its claim (or, for a printed work, says where it is printed), and nothing rests
// on a participant's memoir alone while being shown as settled history.
import type { Scenario } from './schema.ts';
import { CITATION_KINDS } from './source-kinds.ts';
import { articleUrlProblem } from './source-url.ts';
import { collector, type CheckProblem } from './check-problem.ts';

export type SourceProblem = CheckProblem;

export function checkSources(s: Scenario): SourceProblem[] {
  const { problems, add } = collector();
  const byId = new Map(s.sources.map((x) => [x.id, x]));

  s.sources.forEach((src, i) => {
    if (src.url === undefined) {
      if (!CITATION_KINDS.has(src.kind)) add(['sources', i, 'url'], `is missing (only a book or a memoir may give a citation instead; this source is kind ${src.kind})`);
      else if (src.citation === undefined) add(['sources', i, 'url'], `a ${src.kind} needs a url or a citation`);
    } else {
      const problem = articleUrlProblem(src.url);
      if (problem) add(['sources', i, 'url'], problem);
    }
  });

  // A memoir is one side's account: what rests on memoirs alone is a report, not settled history.
  const memoirsOnly = (ids: readonly string[]) => ids.length > 0 && ids.every((id) => byId.get(id)?.kind === 'memoir');
  const partisan = (ids: readonly string[]) => `rests only on a participant's memoir (${ids.join(', ')}), which is partisan`;
  s.events.forEach((ev, i) => {
    if (!ev.reported && memoirsOnly(ev.sources)) add(['events', i, 'reported'], `${partisan(ev.sources)}: mark it reported: true or add another source`);
  });
  s.history.forEach((h, i) => {
    if (!h.reported && memoirsOnly(h.sources)) add(['history', i, 'reported'], `${partisan(h.sources)}: mark it reported: true or add another source`);
  });
  if (s.ending && !s.ending.reported && memoirsOnly(s.ending.sources)) add(['ending', 'reported'], `${partisan(s.ending.sources)}: mark it reported: true or add another source`);
  (s.glossary ?? []).forEach((t, i) => {
    if (t.kind === 'fact' && memoirsOnly(t.sources)) add(['glossary', i, 'sources'], `${partisan(t.sources)}: a fact needs another source as well`);
  });
  return problems;
}
