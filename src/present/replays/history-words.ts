// A line against what really happened, in sentences (the compare page's summary): the line's
// outcome and why, or where it stopped; what really happened on the day it ended (or next); and
// how the real talks ended. Reported claims say so; dates and counts through the formatters.
import type { CompiledScenario } from '../../model/index.ts';
import type { HistoryBeside, RealEvent } from '../../replay/index.ts';
import { fmt } from '../catalogue/index.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { reasonText } from '../words/said.ts';
import { outcomeName } from '../words/quantities.ts';

export function historySummary(c: CompiledScenario, h: Pick<HistoryBeside, 'end' | 'atLineEnd' | 'inTheEnd'>): string[] {
  const w = gameWords().compare.beside;
  const { end } = h;
  const date = fmt().shortDate(end.date);
  const headlines = (list: readonly RealEvent[]) => w.headlines(list.map((e) => ({ headline: e.headline, reported: e.reported })));
  const out = [
    end.outcome
      ? w.ended({ outcome: outcomeName(c, end.outcome.id), round: end.round, date, reason: reasonText(c, end.outcome.reason) })
      : w.unfinished({ round: end.round, date, events: end.events }),
  ];
  if (c.scenario.history.length === 0 && !c.scenario.ending) return [...out, w.noHistory];
  const first = h.atLineEnd[0];
  const last = h.inTheEnd[0];
  // The day's events are worth a line unless they are the very entries "in the end" repeats.
  if (first && (c.scenario.ending !== undefined || first.date !== last?.date)) {
    out.push(first.date === end.date ? w.thatDay(headlines(h.atLineEnd)) : w.next({ date: fmt().shortDate(first.date), headlines: headlines(h.atLineEnd) }));
  }
  if (last) out.push(w.inTheEnd({ date: fmt().shortDate(last.date), headlines: headlines(h.inTheEnd) }));
  return out;
}
