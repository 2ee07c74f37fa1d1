// What the live region reads after an action: where the mediator is, what was said (marked
// simulated where invented), which visible meters moved and why, and the time that passed.
import type { MediatorState, Phase } from '../../machine/index.ts';
import type { CompiledScenario } from '../../model/index.ts';
import { deltaText, newEntries } from './ledger.ts';
import { causePhrase } from '../words/causes.ts';
import { meterName } from '../words/quantities.ts';
import { hoursText, placeInText, entrySpeakerLabel } from '../words/names.ts';
import { gameWords } from '../catalogue/game-words.ts';
import { namesItsSpeaker, reasonText, saidMarkText, saidText } from '../words/said.ts';

/** One move's effect on the game: the state before and after, and the phase it left. */
export interface StateChange {
  before: MediatorState;
  after: MediatorState;
  phaseBefore: Phase;
  phase: Phase;
}

export function announcement(c: CompiledScenario, change: StateChange): string {
  const { before, after } = change;
  const w = gameWords().views.announce;
  const parts: string[] = [];
  if (change.phase === 'talks' && before.location !== after.location) parts.push(w.youAreIn(placeInText(c, after.location)));
  for (const line of after.transcript.slice(before.transcript.length)) {
    const text = saidText(c, line, after.settings, after.transcript);
    if (!text) continue;
    const mark = saidMarkText(c, line);
    parts.push(line.speaker === 'mediator' || line.speaker === 'news' || namesItsSpeaker(line) ? text : w.said({ who: entrySpeakerLabel(c, line), text, mark: mark ? ` (${mark})` : '' }));
  }
  const moved = newEntries(before, after);
  for (const e of moved.slice(0, 6)) parts.push(w.moved({ meter: meterName(c, e.meter, e.side), delta: deltaText(c, e), cause: causePhrase(c, e) }));
  if (moved.length > 6) parts.push(w.moreChanges(moved.length - 6));
  if (change.phase === 'talks' && before.round === after.round && after.hoursLeft !== before.hoursLeft) parts.push(w.timePassed({ passed: hoursText(before.hoursLeft - after.hoursLeft), left: hoursText(after.hoursLeft) }));
  if (change.phase === 'interlude' && change.phaseBefore !== 'interlude') parts.push(w.dayOver);
  if (change.phase === 'over' && after.outcome) parts.push(w.talksOver(reasonText(c, after.outcome.reason)));
  return parts.join(' ');
}
