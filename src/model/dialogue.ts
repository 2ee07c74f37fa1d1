// Delegates speak lines from the scenario, so a game does not repeat itself until every line
// for a situation was heard.
import type { Situation } from '../scenario/schema.ts';
import { issuePhrase } from './phrase.ts';
import type { RuleContext } from './context.ts';
import type { GameState, SideIndex } from './types.ts';

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

export function say(state: GameState, ctx: RuleContext, side: SideIndex, situation: Situation, vars: LineVars = {}): void {
  const key = `${side}:${situation}`;
  const list = ctx.c.lines.get(key);
  if (!list || list.length === 0) return;
  // Walk the lines in order from a start drawn once per game and situation: every line is
  // heard before any repeats, and games differ.
  const used = ctx.journal.lineUse[key] ?? ctx.base.lineUse[key];
  const next = used === undefined ? ctx.rng.int(list.length) : used % list.length;
  const count = used === undefined ? next + 1 : used + 1;
  ctx.journal.lineUse[key] = count;
  state.lineUse[key] = count;
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
export function narrate(state: GameState, ctx: RuleContext, text: string): void {
  ctx.journal.transcript.push({ step: ctx.cause.step, round: ctx.base.round, where: state.location, speaker: 'mediator', text, simulated: false });
}
