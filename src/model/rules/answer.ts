// Delegations played by people (hot-seat): the mediator's question waits for the person's
// answer, which then has the same consequences as the model's own decision would. A person may
// also answer a trade, and put a trade of their own in the message for the other side.
import { other } from '../compile.ts';
import { sideDraft, type RuleContext } from '../context.ts';
import { narrate, reply } from '../dialogue.ts';
import { addSide } from '../meters.ts';
import { mediatorTrade } from '../offers.ts';
import { optionAt, withItem } from '../package.ts';
import { updateProgress } from '../progress.ts';
import type { GameState, MediatorAct, Question, SideIndex } from '../types.ts';
import { concede } from './concession.ts';
import { acceptDraft, criticiseDraft, narratePresentation } from './draft.ts';
import { addToMessage } from './messages.ts';

export interface PersonAnswer {
  accept: boolean;
  /** Issues the delegation objects to in the draft. */
  objections: number[];
  /** Positions it states: option per issue. */
  positions: ReadonlyMap<number, number>;
  /** Its own words for the mediator to carry (shown as text, never as markup). */
  message: string;
}

export function putQuestion(state: GameState, ctx: RuleContext, s: SideIndex, kind: Question['kind'], issue: number | null, trade?: Question['trade']): void {
  if (kind === 'draft') narratePresentation(state, ctx, s);
  else if (kind === 'concession') narrate(state, ctx, { type: 'ASK_CONCESSION', side: s, issue: issue! });
  else if (kind === 'trade') narrate(state, ctx, { type: 'PROPOSE_TRADE', side: s, trade: trade! });
  else narrate(state, ctx, { type: 'LISTEN', side: s });
  state.question = { side: s, kind, issue, version: ctx.base.draftVersion, ...(trade ? { trade } : {}) };
}

/** The answer in the room's record, with the act the debrief reads (not the person's words). */
function recordAnswer(state: GameState, ctx: RuleContext, question: Question, answer: PersonAnswer, unasked: boolean): void {
  const s = question.side;
  const issues = question.kind === 'draft' ? (answer.accept ? [] : answer.objections) : question.kind === 'concession' ? [question.issue!] : question.kind === 'trade' ? [question.trade!.give, question.trade!.get] : [...answer.positions.keys()];
  const act: MediatorAct = { type: 'ANSWER', ...(question.kind === 'draft' ? { version: question.version } : {}), answer: { side: s, kind: question.kind, accept: answer.accept, issues, ...(unasked ? { unasked: true as const } : {}) } };
  narrate(state, ctx, act);
}

/** The delegation a person plays speaks unasked: as if asked where it stands, in its own time. */
export function speak(state: GameState, ctx: RuleContext, s: SideIndex, answer: Omit<PersonAnswer, 'accept' | 'objections'>): void {
  applyAnswer(state, ctx, { ...answer, accept: true, objections: [] }, { side: s, kind: 'listen', issue: null, version: ctx.base.draftVersion });
}

export function applyAnswer(state: GameState, ctx: RuleContext, answer: PersonAnswer, unasked?: Question): void {
  const question = unasked ?? ctx.base.question;
  if (!question) return;
  const s = question.side;
  const words = answer.message.trim();
  if (words) {
    ctx.journal.transcript.push({ step: ctx.cause.step, round: ctx.base.round, where: ctx.base.location, speaker: s, said: { kind: 'words', text: words }, simulated: false, person: true });
    addToMessage(state, ctx, s, [{ type: 'words', text: words }]);
  }
  switch (question.kind) {
    case 'draft':
      if (answer.accept) acceptDraft(state, ctx, s, false);
      else criticiseDraft(state, ctx, s, answer.objections, answer.positions, false);
      break;
    case 'concession':
      if (answer.accept) concede(state, ctx, s, question.issue!, false);
      else reply(state, ctx, s, { type: 'refused', issue: question.issue!, why: 'noReciprocity' });
      break;
    case 'trade': {
      const offer = mediatorTrade(ctx.c, ctx.base, s, question.trade!.give, question.trade!.get, question.trade!.with ?? other(s));
      if (offer && answer.accept) {
        state.offers = [...ctx.base.offers.filter((o) => o.from !== s), offer];
        reply(state, ctx, s, { type: 'offer', offer });
        addToMessage(state, ctx, s, [{ type: 'offer', offer }]);
      } else if (offer) {
        reply(state, ctx, s, { type: 'tradeDeclined', offer });
      }
      break;
    }
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
      if (stated.length) {
        reply(state, ctx, s, { type: 'position', issues: stated });
        addToMessage(state, ctx, s, stated.map((issue) => ({ type: 'stated' as const, issue, option: answer.positions.get(issue)! })));
      }
      addSide(state, ctx, 'closeness', s, 1);
      break;
    }
  }
  recordAnswer(state, ctx, question, answer, unasked !== undefined);
  if (!unasked) state.question = null;
}
