// Delegations played by people (hot-seat): the mediator's question waits for the person's
// answer, which then has the same consequences as the model's own decision would.
import type { RuleContext } from '../context.ts';
import { narrate } from '../dialogue.ts';
import { addSide } from '../meters.ts';
import { optionAt, withItem } from '../package.ts';
import { issuePhrase } from '../phrase.ts';
import { updateProgress } from '../progress.ts';
import type { GameState, MediatorAct, Question, SideIndex } from '../types.ts';
import { concede } from './concession.ts';
import { acceptDraft, criticiseDraft, narratePresentation } from './draft.ts';
import { addToMessage } from './messages.ts';
import { sideDraft } from '../context.ts';

export interface PersonAnswer {
  accept: boolean;
  /** Issues the delegation objects to in the draft. */
  objections: number[];
  /** Positions it states: option per issue. */
  positions: ReadonlyMap<number, number>;
  /** Its own words for the mediator to carry (shown as text, never as markup). */
  message: string;
}

export function putQuestion(state: GameState, ctx: RuleContext, s: SideIndex, kind: Question['kind'], issue: number | null): void {
  const name = ctx.c.scenario.delegations[s]!.shortName;
  if (kind === 'draft') narratePresentation(state, ctx, s);
  else if (kind === 'concession') narrate(state, ctx, `You ask ${name} to move on ${issuePhrase(ctx.c.scenario.issues[issue!]!)}.`);
  else narrate(state, ctx, `You ask ${name} where it stands.`);
  state.question = { side: s, kind, issue, version: ctx.base.draftVersion };
}

function issueList(ctx: RuleContext, issues: readonly number[]): string {
  const phrases = issues.map((i) => issuePhrase(ctx.c.scenario.issues[i]!));
  return phrases.length <= 1 ? (phrases[0] ?? '') : `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
}

/** The answer told in the room's record, with the act the debrief reads (not the person's words). */
function narrateAnswer(state: GameState, ctx: RuleContext, question: Question, answer: PersonAnswer, unasked: boolean): void {
  const s = question.side;
  const name = ctx.c.scenario.delegations[s]!.shortName;
  const issues = question.kind === 'draft' ? (answer.accept ? [] : answer.objections) : question.kind === 'concession' ? [question.issue!] : [...answer.positions.keys()];
  const list = issueList(ctx, issues);
  let text: string;
  if (question.kind === 'draft') text = answer.accept ? `${name} accepts draft ${question.version}.` : list ? `${name} turns draft ${question.version} down, objecting to ${list}.` : `${name} turns draft ${question.version} down.`;
  else if (question.kind === 'concession') text = answer.accept ? `${name} agrees to move on ${list}.` : `${name} declines to move on ${list}.`;
  else if (unasked) text = list ? `${name} takes the floor and tells you where it stands on ${list}.` : `${name} takes the floor.`;
  else text = list ? `${name} tells you where it stands on ${list}.` : `${name} tells you nothing of where it stands.`;
  const act: MediatorAct = { type: 'ANSWER', ...(question.kind === 'draft' ? { version: question.version } : {}), answer: { side: s, kind: question.kind, accept: answer.accept, issues } };
  narrate(state, ctx, text, act);
}

/** The delegation a person plays speaks unasked: as if asked where it stands, in its own time. */
export function speak(state: GameState, ctx: RuleContext, s: SideIndex, answer: Omit<PersonAnswer, 'accept' | 'objections'>): void {
  applyAnswer(state, ctx, { ...answer, accept: true, objections: [] }, { side: s, kind: 'listen', issue: null, version: ctx.base.draftVersion });
}

export function applyAnswer(state: GameState, ctx: RuleContext, answer: PersonAnswer, unasked?: Question): void {
  const question = unasked ?? ctx.base.question;
  if (!question) return;
  const s = question.side;
  const name = ctx.c.scenario.delegations[s]!.shortName;
  const words = answer.message.trim();
  if (words) {
    ctx.journal.transcript.push({ step: ctx.cause.step, round: ctx.base.round, where: ctx.base.location, speaker: s, text: words, simulated: false, person: true });
    addToMessage(state, ctx, s, 0, [], `${name} says: “${words}”`);
  }
  switch (question.kind) {
    case 'draft':
      if (answer.accept) acceptDraft(state, ctx, s, false);
      else criticiseDraft(state, ctx, s, answer.objections, answer.positions, false);
      break;
    case 'concession':
      if (answer.accept) concede(state, ctx, s, question.issue!, false);
      break;
    case 'listen': {
      const was = ctx.base.sides[s];
      let heard = was.heard;
      let position = was.position;
      for (const [issue, option] of answer.positions) {
        heard = withItem(heard, issue, option);
        position = withItem(position, issue, option);
      }
      const side = sideDraft(state, ctx, s);
      if (heard !== was.heard) side.heard = heard;
      if (position !== was.position) {
        side.position = position;
        updateProgress(state, ctx);
      }
      const stated = [...answer.positions.keys()].filter((i) => optionAt(was.position, i) !== answer.positions.get(i) || was.heard[i] === '?');
      if (stated.length) addToMessage(state, ctx, s, 0, stated, `${name} stated its position.`);
      addSide(state, ctx, 'closeness', s, 1);
      break;
    }
  }
  narrateAnswer(state, ctx, question, answer, unasked !== undefined);
  if (!unasked) state.question = null;
}
