// The English words of the debrief's analysis (src/classroom): the moves of the meters, the
// escalations and the blame, what each side hid, the game beside history, the turning points.
import { fmt } from './formatters.ts';
import { cap, count, midSentence, num, rungInText, worth100 } from './en-forms.ts';

const u2 = (x: number) => fmt().decimal(x, 2);
// A meter (0 to 100), to a tenth at most.
const v = (x: number) => num(x, 1);

export const analysis = {
  rung: (n: number) => `rung ${num(n)}`,
  /** A meter's value: a fallback (0–1) on the 0–100 scale of the debrief's worths, the rest (already 0–100) to a tenth at most. */
  value: (p: { reservation: boolean; value: number }) => (p.reservation ? worth100(p.value) : num(p.value, 1)),
  move: (p: { side: string | null; meter: string; from: string; to: string; hidden: boolean }) => `${p.side === null ? '' : `${cap(p.side)}'s `}${p.meter.toLowerCase()} ${p.from} → ${p.to}${p.hidden ? ' (hidden)' : ''}`,
  news: 'News',
  aPerson: (side: string) => `${cap(side)} (a person)`,
  unfinished: 'The game was not finished.',
  turningPoint: (p: { round: number; cause: string; moves: readonly string[] }) => `Round ${num(p.round)}: ${p.cause}: ${p.moves.join('; ')}.`,

  escalations: {
    discovered: (p: { side: string; mode: string; round: number }) => `Before it, ${p.side} had found out that a message was ${p.mode} (round ${num(p.round)}), and its trust in the mediator fell.`,
    lowProgress: (p: { progress: number; odds: number; rung: string; best: number }) =>
      `Visible progress was ${num(p.progress)} of 100 when the odds were drawn: a ${fmt().percent(p.odds)} chance of an incident at ${p.rung}, where full progress would have cut it to ${fmt().percent(p.best)}.`,
    mediatorRaised: "The mediator's own action raised the pressure.",
    collapsed: (p: { sides: readonly string[]; found: number }) =>
      `The talks ended with the mediator: ${fmt().list(p.sides)} stopped trusting the channel${p.found ? ` after discovering ${p.found === 1 ? 'a distorted message' : `${num(p.found)} distorted messages`}` : ''}.`,
    walkedOut: (side: string) => `${cap(side)} ended the talks by walking out.`,
    incidentsLowProgress: (n: number) => `${num(n)} of the incidents came while the talks showed little visible progress, which would have damped their odds.`,
    discoveredDuring: (p: { side: string; mode: string; round: number }) => `${cap(p.side)} discovered a ${p.mode} message (round ${num(p.round)}), and trust in the mediator fell.`,
    sharpened: (n: number) => `You sharpened ${count(n, { one: 'message', other: 'messages' })}, raising the temperature in the room.`,
    lastStep: (p: { rung: string; actor: string }) => ` The last step, to ${rungInText(p.rung)}, came from ${midSentence(p.actor)}.`,
    deadline: (p: { side: string; worth: number | null; fallback: number }) =>
      ` At the deadline ${p.side} judged it was better off without the deal${p.worth === null ? '' : `: the text on the table was worth ${worth100(p.worth)} to it, against a fallback of ${worth100(p.fallback)}`}.`,
    deadlineFactor: (side: string) => `The text on the table at the deadline did not beat ${side}'s fallback.`,
    climbed: (p: { from: string; to: string }) => `Pressure climbed from ${rungInText(p.from)} to ${rungInText(p.to)}`,
    neverRose: (rung: string) => `Pressure never rose above ${rungInText(rung)}`,
    stepsFrom: (actors: readonly { actor: string; rungs: number }[]) => (actors.length ? `; the steps up came from ${actors.map((a) => `${midSentence(a.actor)} (${num(a.rungs)})`).join(', ')}` : ''),
    eased: (p: { removed: number; end: string }) =>
      p.removed > 0 ? ` It eased by ${count(p.removed, { one: 'rung', other: 'rungs' })} along the way and ended at ${rungInText(p.end)}.` : ` It ended at ${rungInText(p.end)}.`,
    shares: ' The mediator shares part of the blame for the climb.',
    notMediator: ' Nothing in the record puts the climb on the mediator.',
    verdict: (p: { climb: string; who: string; down: string; strike: string; mediator: string; ended: string }) => `${p.climb}${p.who}.${p.down}${p.strike}${p.mediator}${p.ended ? ` ${p.ended}` : ''}`,
  },

  /** Who climbed the ladder: a side's choice, chance, the scenario's events, the mediator, the deadline. */
  climb: {
    by: {
      coercion: (p: { side: string; what: string }) => `${p.side}’s coercive move “${p.what}” (its own choice)`,
      incident: (what: string | null) => `an incident drawn by chance${what ? ` (“${what}”)` : ''}`,
      event: (what: string | null) => `the scenario’s event${what ? ` “${what}”` : ''}`,
      mediator: 'the mediator’s own move',
      teacher: 'the teacher',
      deadline: (side: string) => `${side}, at the deadline`,
      other: (actor: string) => actor,
    },
    /** Who or what climbed, for the count of rungs beside it. */
    share: {
      coercion: (p: { side: string; what: readonly string[] }) => `${p.side}’s own coercive moves (${fmt().list(p.what.map((x) => `“${x}”`))})`,
      incident: 'incidents drawn by chance',
      event: 'the scenario’s events',
      mediator: 'the mediator’s own moves',
      teacher: 'the teacher',
      other: (what: readonly string[]) => fmt().list(what),
    },
    none: 'No one climbed the escalation ladder.',
    one: (who: string) => `The one rung climbed was taken by ${who}.`,
    climbed: (p: { rungs: number; parts: readonly { rungs: number; who: string }[] }) =>
      `Of the ${count(p.rungs, { one: 'rung', other: 'rungs' })} climbed, ${fmt().list(p.parts.map((x) => `${num(x.rungs)} by ${x.who}`))}.`,
    deadline: (p: { side: string; from: string; to: string }) =>
      ` At the deadline ${p.side} chose force: from ${p.from} straight to ${p.to}, not a step up the ladder but a choice, because no text on the table beat its fallback.`,
  },


  sides: {
    time: 'the passage of time',
    pressureAbove: (p: { pressure: string; rung: string }) => `${p.pressure.toLowerCase()} above ${p.rung}`,
    hurt: 'the hurt it felt',
    drift: (p: { actor: string; delta: number }) => `${midSentence(p.actor)} (${p.delta >= 0 ? '+' : '−'}${worth100(Math.abs(p.delta))})`,
    held: (p: { side: string; value: number }) => `${cap(p.side)}'s fallback (what no deal was worth to it) held at ${worth100(p.value)}.`,
    moved: (p: { side: string; rose: boolean; from: number; to: number; reasons: readonly string[] }) =>
      `${cap(p.side)}'s fallback (what no deal was worth to it) ${p.rose ? 'rose' : 'fell'} from ${worth100(p.from)} to ${worth100(p.to)}${p.reasons.length ? `: ${p.reasons.join(', ')}` : ''}. ${
        p.rose ? 'A rising fallback makes a deal harder to sell: no deal looks better.' : 'A falling fallback makes any deal look better by comparison.'
      }`,
    styles: {
      Boulware: 'a Boulware negotiator: it held out and would concede only late, as the deadline neared',
      conceder: 'a conceder: its demands fell early and fast',
      linear: 'a steady negotiator: its demands fell evenly with time',
    },
    concession: (p: { side: string; exponent: number; scenario: number; style: string; conceded: number }) =>
      `${cap(p.side)} drew a concession exponent of ${u2(p.exponent)} in this game (the scenario's figure is ${u2(p.scenario)}): ${p.style}. It gave up ${v(p.conceded)}% of what its opening position was worth to it, in its own values (the concessions bar in play measured something else: how far its position moved across the gap between the openings).`,
    ripeness: (p: { side: string; hurt: [number, number]; wayOut: [number, number]; ripeness: [number, number] }) =>
      `${cap(p.side)}'s hurt went ${v(p.hurt[0])} → ${v(p.hurt[1])} and its sense of a way out ${v(p.wayOut[0])} → ${v(p.wayOut[1])}, so its ripeness (hurt × way out, on the same 0–100 scale) went ${worth100(p.ripeness[0])} → ${worth100(p.ripeness[1])}.`,
    hardliners: (p: { capital: string; from: number; to: number; margin: number; side: string }) =>
      `Hardliners in ${p.capital} went ${v(p.from)} → ${v(p.to)}: by the end any deal had to be worth ${worth100(p.margin)} more than ${p.side}'s fallback to pass at home.`,
  },

  history: {
    /** A day of talks on the game’s track: its label and venue. */
    day: (p: { label: string; venue: string }) => `${p.label} (${p.venue})`,
    dayDetail: (p: { progress: [number, number]; pressure: string; from: string; to: string | null }) =>
      `Progress ${num(p.progress[0])} → ${num(p.progress[1])}; ${p.pressure.toLowerCase()} ${p.from}${p.to !== null ? ` → ${p.to}` : ', unchanged'}.`,
    newsDetail: (p: { body: string; cause: string }) => `${p.body} (Cause: ${p.cause}.)`,
    outcome: (label: string) => `Outcome: ${label}`,
    game: (p: { outcome: string; round: number; date: string; reason: string }) => `This game: ${p.outcome}, in round ${num(p.round)} (${fmt().shortDate(p.date)}). ${p.reason}`,
    line: (p: { headline: string; date: string; reported: boolean }) => `The historical line: ${p.headline} (${fmt().shortDate(p.date)}${p.reported ? ', reported' : ''}).`,
    none: 'The scenario gives no history track.',
  },
};
