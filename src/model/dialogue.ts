// Delegates speak lines from the scenario. The least-used line for the situation is chosen
// (ties broken by the generator), so a game does not repeat itself until every line was heard.
import type { Situation } from '../scenario/schema.ts';
import type { RuleContext } from './context.ts';
import type { GameState, SideIndex } from './types.ts';

export interface LineVars {
  issue?: number;
  option?: number;
}

export function mediatorName(ctx: RuleContext, state: GameState): string {
  const m = ctx.c.scenario.mediator;
  return state.settings.names === 'names' ? m.name : m.title;
}

export function fillLine(ctx: RuleContext, state: GameState, side: SideIndex, text: string, vars: LineVars): string {
  const s = ctx.c.scenario;
  const issue = vars.issue === undefined ? undefined : s.issues[vars.issue];
  const option = issue && vars.option !== undefined ? issue.options[vars.option] : undefined;
  return text
    .replaceAll('{issue}', issue ? issue.name.toLowerCase() : 'this point')
    .replaceAll('{option}', option ? option.label : 'that')
    .replaceAll('{other}', s.delegations[side === 0 ? 1 : 0]!.shortName)
    .replaceAll('{mediator}', mediatorName(ctx, state));
}

export function say(state: GameState, ctx: RuleContext, side: SideIndex, situation: Situation, vars: LineVars = {}): void {
  const list = ctx.c.lines.get(`${side}:${situation}`);
  if (!list || list.length === 0) return;
  let least = Infinity;
  for (const i of list) least = Math.min(least, state.lineUse[i] ?? 0);
  const candidates = list.filter((i) => (state.lineUse[i] ?? 0) === least);
  const chosen = candidates[ctx.rng.int(candidates.length)]!;
  state.lineUse[chosen] = least + 1;
  const line = ctx.c.scenario.dialogue[chosen]!;
  state.transcript.push({
    step: state.step,
    round: state.round,
    where: state.location,
    speaker: side,
    text: fillLine(ctx, state, side, line.text, vars),
    simulated: line.simulated,
  });
}

/** What the mediator did, in the transcript (the game's own words, not a scenario line). */
export function narrate(state: GameState, text: string): void {
  state.transcript.push({ step: state.step, round: state.round, where: state.location, speaker: 'mediator', text, simulated: false });
}
