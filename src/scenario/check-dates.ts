// Dates in an order the game relies on. Days of talks run forward (the history track and the
// debrief place dated entries between them, replay/history.ts); a scripted event is news between
// the round it follows and the next (model/rules/recess.ts shows it then, whatever its date), so
// it cannot be dated after the next round has begun; and the debrief names the last history
// entry as how the talks really ended (classroom/history.ts), so the history runs in date order.
// Impossible dates (the 31st of November) are refused by the schema (calendar.ts).
import type { Scenario } from './schema.ts';
import { collector, type CheckProblem } from './check-problem.ts';

export type DateProblem = CheckProblem;

export function checkDates(s: Scenario): DateProblem[] {
  const { problems, add } = collector();

  s.rounds.forEach((round, r) => {
    const before = s.rounds[r - 1];
    if (before && round.date <= before.date) {
      add(['rounds', r, 'date'], `must come after the round before it (rounds[${r - 1}] is dated ${before.date}): rounds are days of talks, in order`);
    }
  });

  s.events.forEach((ev, i) => {
    // afterRound k is shown between rounds[k - 1] and rounds[k]; the last round has none after it.
    const next = s.rounds[ev.afterRound];
    if (next && ev.date > next.date) {
      add(['events', i, 'date'], `is after the next round: the event is shown after round ${ev.afterRound}, before round ${ev.afterRound + 1} (dated ${next.date}); give it a later afterRound or an earlier date`);
    }
  });

  s.history.forEach((h, i) => {
    const before = s.history[i - 1];
    if (before && h.date < before.date) {
      add(['history', i, 'date'], `is earlier than the entry before it (history[${i - 1}] is dated ${before.date}): list history in date order, since the debrief takes the last entry as how the talks ended`);
    }
  });
  return problems;
}
