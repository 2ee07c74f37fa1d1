// What the live region reads after an action: where the mediator is, what was said (marked
// simulated where invented), which visible meters moved and why, and the time that passed.
import type { MediatorState, Phase } from '../../machine/index.ts';
import type { CompiledScenario } from '../../model/index.ts';
import { deltaText, newEntries } from './ledger.ts';
import { causePhrase } from '../words/causes.ts';
import { meterName } from '../words/quantities.ts';
import { hoursText, locationName, speakerLabel } from '../words/names.ts';

/** One move's effect on the game: the state before and after, and the phase it left. */
export interface StateChange {
  before: MediatorState;
  after: MediatorState;
  phaseBefore: Phase;
  phase: Phase;
}

export function announcement(c: CompiledScenario, change: StateChange): string {
  const { before, after } = change;
  const parts: string[] = [];
  if (change.phase === 'talks' && before.location !== after.location) parts.push(`You are in ${locationName(c, after.location)}.`);
  for (const line of after.transcript.slice(before.transcript.length)) {
    const who = speakerLabel(c, line.speaker);
    const mark = line.speaker === 'mediator' ? '' : line.simulated ? ' (simulated)' : ' (reported quote)';
    parts.push(line.speaker === 'mediator' ? `${line.text}` : `${who}: ${line.text}${mark}`);
  }
  const moved = newEntries(before, after);
  for (const e of moved.slice(0, 6)) parts.push(`${meterName(c, e.meter, e.side)} ${deltaText(c, e)}: ${causePhrase(c, e)}.`);
  if (moved.length > 6) parts.push(`${moved.length - 6} more changes.`);
  if (change.phase === 'talks' && before.round === after.round && after.hoursLeft !== before.hoursLeft) parts.push(`${hoursText(before.hoursLeft - after.hoursLeft)} passed; ${hoursText(after.hoursLeft)} left today.`);
  if (change.phase === 'interlude' && change.phaseBefore !== 'interlude') parts.push('The day is over. The news between rounds follows.');
  if (change.phase === 'over' && after.outcome) parts.push(`The talks are over. ${after.outcome.reason}`);
  return parts.join(' ');
}
