// Delegates speak lines from the scenario, so a game does not repeat itself until every line
// for a situation was heard.
import { Situation } from '../scenario/index.ts';
import { issuePhrase } from './phrase.ts';
import type { RuleContext } from './context.ts';
import type { GameState, MediatorAct, SideIndex } from './types.ts';

export interface LineVars {
  issue?: number;
  option?: number;
}

export function mediatorName(ctx: RuleContext): string {
  const m = ctx.c.scenario.mediator;
  return ctx.settings.names === 'names' ? m.name : m.title;
}

export function fillLine(ctx: RuleContext, side: SideIndex, text: string, vars: LineVars): string {
  const s = ctx.c.scenario;
  if (!text.includes('{')) return text;
  const issue = vars.issue === undefined ? undefined : s.issues[vars.issue];
  const option = issue && vars.option !== undefined ? issue.options[vars.option] : undefined;
  const values: Record<string, string> = {
    issue: issue ? issuePhrase(issue) : 'this point',
    option: option ? option.label : 'that',
    other: s.delegations[side === 0 ? 1 : 0]!.shortName,
    mediator: mediatorName(ctx),
  };
  // One pass: a value that itself contains braces is kept as it is.
  return text.replace(/\{(issue|option|other|mediator)\}/g, (_, key: string) => values[key]!);
}

const SITUATIONS = Situation.options;
const UNUSED = 32;
const FIRST = 48;

/** The line-use string has one character per side and situation: where its next line is. */
export function emptyLineUse(): string {
  return String.fromCharCode(UNUSED).repeat(2 * SITUATIONS.length);
}

function slot(side: SideIndex, situation: Situation): number {
  return side * SITUATIONS.length + SITUATIONS.indexOf(situation);
}

/** The index of the next line for this side and situation, or null before the first. */
export function lineCursor(lineUse: string, side: SideIndex, situation: Situation): number | null {
  const code = lineUse.charCodeAt(slot(side, situation));
  return code === UNUSED ? null : code - FIRST;
}

export function say(state: GameState, ctx: RuleContext, side: SideIndex, situation: Situation, vars: LineVars = {}): void {
  const list = ctx.c.lines.get(`${side}:${situation}`);
  if (!list || list.length === 0) return;
  // Walk the lines in order from a start drawn once per game and situation: every line is
  // heard before any repeats, and games differ. The cursors live in a string (no proxy to copy).
  const at = slot(side, situation);
  const use = ctx.journal.lineUse ?? ctx.base.lineUse;
  const code = use.charCodeAt(at);
  const next = code === UNUSED ? ctx.rng.int(list.length) : (code - FIRST) % list.length;
  const updated = use.slice(0, at) + String.fromCharCode(FIRST + ((next + 1) % list.length)) + use.slice(at + 1);
  ctx.journal.lineUse = updated;
  state.lineUse = updated;
  const chosen = list[next]!;
  const line = ctx.c.scenario.dialogue[chosen]!;
  ctx.journal.transcript.push({
    step: ctx.cause.step,
    round: ctx.base.round,
    where: state.location,
    speaker: side,
    text: fillLine(ctx, side, line.text, vars),
    simulated: line.simulated,
  });
}

/** What the mediator did, in the transcript (the game's own words, not a scenario line). */
export function narrate(state: GameState, ctx: RuleContext, text: string, act?: MediatorAct): void {
  ctx.journal.transcript.push({ step: ctx.cause.step, round: ctx.base.round, where: state.location, speaker: 'mediator', text, simulated: false, ...(act ? { act } : {}) });
}
