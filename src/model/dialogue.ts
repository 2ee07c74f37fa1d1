// What is said, as data in the transcript: the scenario's lines for each delegation (which do not
// repeat until every line for a situation was heard, and which may belong to the first day or to
// a later one), the mediator's own moves, and the delegations' structured replies. The words are
// the present layer's: it fills a line's {issue} and {option} and words every reply.
import { Situation } from '../scenario/index.ts';
import type { CompiledScenario } from './compile.ts';
import type { RuleContext } from './context.ts';
import type { GameState, MediatorAct, Notice, Reply, SideIndex } from './types.ts';

export interface LineVars {
  issue?: number;
  option?: number;
}

const SITUATIONS = Situation.options;
const DAYS = ['first', 'later'] as const;
const UNUSED = 32;
const FIRST = 48;

/** The line-use string has one character per side, situation and kind of day: where its next line is. */
export function emptyLineUse(sides: number): string {
  return String.fromCharCode(UNUSED).repeat(sides * SITUATIONS.length * DAYS.length);
}

const SITUATION_INDEX: ReadonlyMap<Situation, number> = new Map(SITUATIONS.map((s, i) => [s, i]));

function slot(side: SideIndex, situation: Situation, day: (typeof DAYS)[number]): number {
  return (side * SITUATIONS.length + SITUATION_INDEX.get(situation)!) * DAYS.length + DAYS.indexOf(day);
}

// The compiled lines by slot, made once per compiled scenario: a line is said at most events, and
// a key string built and hashed for each would cost more than the rest of say().
const slotLines = new WeakMap<CompiledScenario, readonly (readonly number[] | undefined)[]>();

function linesAt(c: CompiledScenario, at: number): readonly number[] | undefined {
  let table = slotLines.get(c);
  if (!table) {
    const built: (readonly number[] | undefined)[] = [];
    for (const side of c.sideIndices) for (const situation of SITUATIONS) for (const day of DAYS) built[slot(side, situation, day)] = c.lines.get(linesKey(side, situation, day));
    slotLines.set(c, (table = built));
  }
  return table[at];
}

export function dayOf(round: number): (typeof DAYS)[number] {
  return round === 0 ? 'first' : 'later';
}

/** The key of the compiled lines for a side, situation and day (see compile.ts). */
export function linesKey(side: SideIndex, situation: Situation, day: (typeof DAYS)[number]): string {
  return `${side}:${situation}:${day}`;
}

export function say(state: GameState, ctx: RuleContext, side: SideIndex, situation: Situation, vars: LineVars = {}): void {
  if (ctx.journal.quiet) return;
  const at = slot(side, situation, dayOf(ctx.base.round));
  const list = linesAt(ctx.c, at);
  if (!list || list.length === 0) return;
  // Walk the lines in order from a start drawn once per game and situation: every line is
  // heard before any repeats, and games differ. The cursors live in a string (no proxy to copy).
  const use = ctx.journal.lineUse ?? ctx.base.lineUse;
  const code = use.charCodeAt(at);
  const next = code === UNUSED ? ctx.rng.int(list.length) : (code - FIRST) % list.length;
  const updated = use.slice(0, at) + String.fromCharCode(FIRST + ((next + 1) % list.length)) + use.slice(at + 1);
  ctx.journal.lineUse = updated;
  state.lineUse = updated;
  if (!ctx.journal.recorded) return;
  const line = list[next]!;
  ctx.journal.transcript.push({
    step: ctx.cause.step,
    round: ctx.base.round,
    where: state.location,
    speaker: side,
    said: { kind: 'line', ref: { line, ...vars } },
    simulated: ctx.c.scenario.dialogue[line]!.simulated,
  });
}

/** What the mediator did, in the transcript. */
export function narrate(state: GameState, ctx: RuleContext, act: MediatorAct): void {
  if (!ctx.journal.recorded) return;
  ctx.journal.transcript.push({ step: ctx.cause.step, round: ctx.base.round, where: state.location, speaker: 'mediator', said: { kind: 'act', act }, simulated: false });
}

/** What a delegation said, as data (the notebook reads it; the present layer words it). */
export function reply(state: GameState, ctx: RuleContext, side: SideIndex, r: Reply): void {
  if (!ctx.journal.recorded) return;
  // The game's own account of what the delegation said: invented, like a scenario line.
  ctx.journal.transcript.push({ step: ctx.cause.step, round: ctx.base.round, where: state.location, speaker: side, said: { kind: 'reply', reply: r }, simulated: true });
}

/** What the narrator says (outside the talks: the teacher, a deal banked, a vote at home). */
export function notice(state: GameState, ctx: RuleContext, n: Notice): void {
  if (!ctx.journal.recorded) return;
  ctx.journal.transcript.push({ step: ctx.cause.step, round: ctx.base.round, where: state.location, speaker: 'news', said: { kind: 'notice', notice: n }, simulated: true });
}
