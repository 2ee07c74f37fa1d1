// What is said at the table, in words: a scenario line filled in ({issue}, {option}, {other},
// {mediator}, {mediatorAddress}), the mediator's own move (the vocabulary's past form), a
// delegation's structured reply, a person's own words, the narrator's notices; what a message
// carries; the game's own news; and why a game ended. The model records all of it as data
// (model/types.ts: Said).
import type { GameEvent } from '../../machine/index.ts';
import { named, offerTo } from '../../model/index.ts';
import type { CompiledScenario, Item, LineRef, MediatorAct, Message, MessageItem, NewsItem, Notice, Offer, OutcomeReason, Reply, Settings, SideIndex, TranscriptEntry } from '../../model/index.ts';
import { DIALOGUE_PLACEHOLDERS, type DialoguePlaceholder } from '../../scenario/index.ts';
import { fmt, messages } from '../catalogue/index.ts';
import { movePast, type Person } from './moves.ts';
import { reportKind } from './sources.ts';
import { issueInText, mediatorAddress, mediatorLabel, optionLabel, othersName, sideName } from './names.ts';


function issueWords(c: CompiledScenario, issue: number): string {
  return issueInText(c, issue);
}

function mediatorName(c: CompiledScenario, settings: Pick<Settings, 'names'>): string {
  const m = c.scenario.mediator;
  return settings.names === 'names' ? m.name : m.title;
}

/** The placeholders a line may use (the validator checks lines against the same list). */
const FILLED = new RegExp(`\\{(${DIALOGUE_PLACEHOLDERS.join('|')})\\}`, 'g');
/** A placeholder opens a sentence at the start of the line or after a full stop, "!" or "?". */
const opensSentence = (text: string, at: number) => at === 0 || /[.!?]["”’)]?\s+$/.test(text.slice(0, at));

/**
 * A scenario line with its placeholders filled (one pass: a value that holds braces is kept as it
 * is). `{other}` is every other delegation, or `counterpart` when the line answers one of them.
 */
export function lineText(c: CompiledScenario, side: SideIndex, ref: LineRef, settings: Pick<Settings, 'names'>, counterpart: SideIndex | null = null): string {
  const s = c.scenario;
  const text = s.dialogue[ref.line]?.text ?? '';
  if (!text.includes('{')) return text;
  const issue = ref.issue === undefined ? undefined : s.issues[ref.issue];
  const option = issue && ref.option !== undefined ? issue.options[ref.option] : undefined;
  const values: Record<DialoguePlaceholder, string> = {
    issue: issue && ref.issue !== undefined ? issueInText(c, ref.issue) : messages().talks.placeholders.issue,
    option: option ? option.label : messages().talks.placeholders.option,
    other: counterpart === null ? othersName(c, side) : sideName(c, counterpart),
    mediator: mediatorName(c, settings),
    mediatorAddress: mediatorAddress(c, settings.names),
  };
  return text.replace(FILLED, (_, key: DialoguePlaceholder, at: number) => {
    const value = values[key];
    // "the United States" opens a sentence as "The United States", and an issue's phrase likewise.
    return (key === 'other' || key === 'issue') && opensSentence(text, at) ? messages().sentence(value) : value;
  });
}

function itemWords(c: CompiledScenario, item: Item): string {
  return messages().talks.tradeItem({ issue: issueWords(c, item.issue), option: optionLabel(c, item.issue, item.option) });
}

/** A trade in short: "one side on the stockpile (to …), the other on relief (to …)". */
export function tradeWords(c: CompiledScenario, offer: Offer): string {
  const t = messages().talks;
  return t.tradeShort({ from: sideName(c, offer.from), give: offer.give.map((i) => itemWords(c, i)).join(', '), other: sideName(c, offerTo(offer)), want: offer.want.map((i) => itemWords(c, i)).join(', ') });
}

/** An offer as its maker put it: a trade (it moves on … if the other moves on …) or a condition on a draft. */
export function offerText(c: CompiledScenario, offer: Offer): string {
  const r = messages().talks.replies;
  const side = sideName(c, offer.from);
  if (offer.kind === 'condition') return r.condition({ side, version: offer.version ?? 0, want: offer.want.map((i) => itemWords(c, i)).join(', ') });
  return r.trade({ side, other: sideName(c, offerTo(offer)), give: offer.give.map((i) => itemWords(c, i)).join(', '), want: offer.want.map((i) => itemWords(c, i)).join(', ') });
}

/** A delegation's reply in words. */
export function replyText(c: CompiledScenario, s: SideIndex, reply: Reply): string {
  const r = messages().talks.replies;
  const side = sideName(c, s);
  const other = othersName(c, s);
  switch (reply.type) {
    case 'priority':
      return messages().sentence(r.priority({ side, issue: issueWords(c, reply.issue), level: reply.level }));
    case 'position':
      return r.position({ side, f: fmt(), issues: reply.issues.map((i) => issueWords(c, i)) });
    case 'conceded':
      return r.conceded({ side, issue: issueWords(c, reply.issue), from: optionLabel(c, reply.issue, reply.from), to: optionLabel(c, reply.issue, reply.to) });
    case 'refused': {
      const issue = issueWords(c, reply.issue);
      switch (reply.why) {
        case 'exhausted':
          return r.exhausted({ side, issue });
        case 'redLine':
          return r.redLine({ side, issue });
        case 'tooSoon':
          return r.tooSoon({ side, issue });
        case 'noReciprocity':
          return r.noReciprocity({ side, other, issue, many: named(c) });
        case 'pastTheirs':
          return named(c) ? r.pastNearest({ side, issue }) : r.pastTheirs({ side, other, issue });
      }
      break;
    }
    case 'accepted':
      return r.accepted({ side, version: reply.version });
    case 'criticised':
      return r.criticised({ side, version: reply.version, f: fmt(), items: reply.items.map((i) => issueWords(c, i)), need: reply.need === null ? null : issueWords(c, reply.need) });
    case 'offer':
      return offerText(c, reply.offer);
    case 'tradeAccepted':
      return r.tradeAccepted({ side, trade: tradeWords(c, reply.offer) });
    case 'tradeDeclined':
      return r.tradeDeclined({ side, trade: tradeWords(c, reply.offer) });
    case 'tiedHands':
      return r.tiedHands(side);
  }
}

/** One item of a message, as the mediator would carry it. */
export function messageItemText(c: CompiledScenario, item: MessageItem): string {
  const m = messages().talks.message;
  switch (item.type) {
    case 'moved':
      return m.moved({ issue: issueWords(c, item.issue), option: optionLabel(c, item.issue, item.to) });
    case 'stated':
      return m.stated({ issue: issueWords(c, item.issue), option: optionLabel(c, item.issue, item.option) });
    case 'accepted':
      return m.accepted(item.version);
    case 'criticised':
      return m.criticised({ version: item.version, f: fmt(), items: item.items.map((i) => issueWords(c, i)), need: item.need === null ? null : issueWords(c, item.need) });
    case 'offer':
      return m.offer(tradeWords(c, item.offer));
    case 'tradeAccepted':
      return m.tradeAccepted(tradeWords(c, item.offer));
    case 'tradeDeclined':
      return m.tradeDeclined(tradeWords(c, item.offer));
    case 'tiedHands':
      return m.tiedHands;
    case 'words':
      return m.words(item.text);
  }
}

/** What a message says, all of it: "North: it moved on …; its position on … is …." */
export function messageText(c: CompiledScenario, msg: Pick<Message, 'from' | 'items'> & Partial<Pick<Message, 'to'>>): string {
  const m = messages().talks.message;
  // With more than two delegations a message names whom it is for: "Eastland to Northland".
  const side = named(c) && msg.to !== undefined ? m.fromTo({ from: sideName(c, msg.from), to: sideName(c, msg.to) }) : sideName(c, msg.from);
  const items = latestWord(msg.items);
  return items.length ? m.whole({ side, items: items.map((i) => messageItemText(c, i)) }) : m.empty(side);
}

/**
 * A message's items without a stated position that a later item of the same message moves or
 * states again: a side that stated a position and then moved from it holds the new one, and the
 * message should not say both.
 */
export function latestWord(items: readonly MessageItem[]): MessageItem[] {
  return items.filter((item, i) => item.type !== 'stated' || !items.slice(i + 1).some((later) => (later.type === 'moved' || later.type === 'stated') && later.issue === item.issue));
}

/** Who sent a carried message, where its items show it: an offer is its maker's; the answer to one, the side it was made to. */
function senderOf(items: readonly MessageItem[]): SideIndex | null {
  for (const item of items) {
    if (item.type === 'offer') return item.offer.from;
    if (item.type === 'tradeAccepted' || item.type === 'tradeDeclined') return offerTo(item.offer);
  }
  return null;
}

/** The event a recorded act stands for, so the vocabulary words it. */
function actEvent(c: CompiledScenario, act: MediatorAct): GameEvent | null {
  switch (act.type) {
    case 'EDIT_DRAFT':
      return { type: 'EDIT_DRAFT', items: Object.fromEntries((act.changes ?? []).map((ch) => [c.issueIds[ch.issue]!, ch.option === null ? null : c.optionIds[ch.issue]![ch.option]!])) };
    case 'PRESENT_DRAFT':
      return { type: 'PRESENT_DRAFT' };
    case 'RELAY': {
      // The act does not keep its sender: with more than two delegations it is named only where
      // what was carried shows it (an offer, or the answer to one), else the words say "a message".
      const from = named(c) ? senderOf(act.carried ?? []) : null;
      return { type: 'RELAY', mode: act.mode ?? 'faithful', ...(from === null ? {} : { from: c.sides[from]!.id }) };
    }
    case 'PROPOSE_AGENDA':
      return { type: 'PROPOSE_AGENDA', move: act.move ?? 'parallel' };
    case 'LISTEN':
      return { type: 'LISTEN' };
    case 'ASK_CONCESSION':
      return { type: 'ASK_CONCESSION', issue: c.issueIds[act.issue ?? 0]! };
    case 'PROPOSE_TRADE':
      // With more than two delegations the act names the counterpart: the words must name it too.
      return { type: 'PROPOSE_TRADE', give: c.issueIds[act.trade?.give ?? 0]!, get: c.issueIds[act.trade?.get ?? 0]!, ...(act.trade?.with === undefined ? {} : { with: c.sides[act.trade.with]!.id }) };
    case 'PAINT_STALEMATE':
      return { type: 'PAINT_STALEMATE' };
    case 'OFFER_GUARANTEE':
      return { type: 'OFFER_GUARANTEE', guarantee: act.guarantee ?? '' };
    case 'ANSWER':
      // A delegation a person plays that spoke unasked took the floor: it answered no question.
      return act.answer?.unasked ? { type: 'SPEAK' } : { type: 'ANSWER', accept: act.answer?.accept ?? false };
  }
}

/** The mediator's recorded move, as a sentence ("You presented draft 3 to" and the side's short name). */
export function actText(c: CompiledScenario, act: MediatorAct, round: number, person: Person = 'you'): string {
  const e = actEvent(c, act);
  if (!e) return '';
  const side = act.answer?.side ?? act.side;
  const scene = { c, location: side ?? ('majlis' as const), draftVersion: act.version ?? 0, round, question: act.answer ? { side: act.answer.side, kind: act.answer.kind } : null };
  return `${messages().sentence(movePast(e, scene, person))}.`;
}

/** The narrator's notice in words. */
export function noticeText(c: CompiledScenario, n: Notice): string {
  const t = messages().talks.notices;
  switch (n.type) {
    case 'paused':
      return t.paused;
    case 'resumed':
      return t.resumed;
    case 'seat':
      return t.seat({ seat: n.side === null ? mediatorLabel(c, 'titles') : sideName(c, n.side), ai: n.to === 'ai' });
    case 'banked':
      return named(c) ? t.bankedBy(n.version) : t.banked(n.version);
    case 'ratified':
      return t.ratified({ side: sideName(c, n.side), passed: n.passed });
    case 'coerced':
      return c.scenario.delegations[n.side]!.coercion.find((m) => m.id === n.move)?.headline ?? '';
  }
}

/**
 * With more than two delegations, the one a line answers: the sender of the message just carried
 * to the speaker, the counterpart of the trade just put to it, or the side its own new offer is
 * made to; null when the step shows none (then `{other}` is every other delegation). Read from
 * the entries of the line's own step in `transcript`.
 */
function counterpartOf(c: CompiledScenario, entry: TranscriptEntry, transcript: readonly TranscriptEntry[] | undefined): SideIndex | null {
  if (!transcript || !named(c) || typeof entry.speaker !== 'number') return null;
  const at = transcript.lastIndexOf(entry);
  // A line that makes an offer is followed by the offer itself.
  const next = transcript[at + 1];
  if (at !== -1 && next && next.step === entry.step && next.speaker === entry.speaker && next.said.kind === 'reply' && next.said.reply.type === 'offer') return offerTo(next.said.reply.offer);
  for (let i = at - 1; i >= 0 && transcript[i]!.step === entry.step; i--) {
    const e = transcript[i]!;
    if (e.speaker !== 'mediator' || e.said.kind !== 'act' || e.said.act.side !== entry.speaker) continue;
    const act = e.said.act;
    if (act.type === 'RELAY') return senderOf(act.carried ?? []);
    if (act.type === 'PROPOSE_TRADE') return act.trade?.with ?? null;
    return null;
  }
  return null;
}

/**
 * Any transcript entry in words, as the record, the live region and the command line show it.
 * `transcript`, the entries it is one of, lets a line name the delegation it answers (counterpartOf).
 */
export function saidText(c: CompiledScenario, entry: TranscriptEntry, settings: Pick<Settings, 'names'>, transcript?: readonly TranscriptEntry[]): string {
  const said = entry.said;
  switch (said.kind) {
    case 'line':
      return typeof entry.speaker === 'number' ? lineText(c, entry.speaker, said.ref, settings, counterpartOf(c, entry, transcript)) : '';
    case 'act':
      return actText(c, said.act, entry.round);
    case 'reply':
      return typeof entry.speaker === 'number' ? replyText(c, entry.speaker, said.reply) : '';
    case 'words':
      return said.text;
    case 'notice':
      return noticeText(c, said.notice);
  }
}

/**
 * Whether a line names its own speaker: a delegation's reply is written as a report ("Northland
 * offers a trade…"), so the screens show it without "Northland:" before it, as narration.
 */
export function namesItsSpeaker(entry: Pick<TranscriptEntry, 'said'>): boolean {
  // So does every act the record keeps: "You listened to Southland", and a delegation's answer
  // ("Southland said where it stands"), which is the delegation's though the mediator's record
  // holds it. A label before them (the mediator's name, then "You listened…") says it twice.
  return entry.said.kind === 'reply' || entry.said.kind === 'act';
}

/** A news item's headline and body: the scenario's words, or the game's own. */
export function newsWords(c: CompiledScenario, item: NewsItem): { headline: string; body: string } {
  const n = item.notice;
  if (!n) return { headline: item.headline, body: item.body };
  const t = messages().talks.news;
  switch (n.type) {
    case 'discovery':
      return t.discovery({ side: sideName(c, n.side), mode: n.mode, round: n.round + 1 });
    case 'extended':
      return t.extended({ f: fmt(), hours: n.hours });
    case 'incident':
      return t.incident;
    case 'ratification':
      return t.ratification(sideName(c, n.side));
    case 'agenda':
      return t.agenda({ side: sideName(c, n.side), wide: n.wide });
  }
}

/** Why the game ended, in a sentence. */
export function reasonText(c: CompiledScenario, reason: OutcomeReason): string {
  const t = messages().talks.reasons;
  // Where more than two delegations sign, "both" would be wrong.
  const many = c.signers.length > 2;
  switch (reason.type) {
    case 'agreed':
      return many ? t.many.agreed : t.agreed;
    case 'notRatified':
      return (many ? t.many.notRatified : t.notRatified)(sideName(c, reason.side));
    case 'walkout':
      return t.walkout(sideName(c, reason.side));
    case 'discredited':
      return t.discredited(sideName(c, reason.side));
    case 'topRung':
      return t.topRung(c.scenario.labels.pressure ?? null);
    case 'banked':
      return t.banked;
    case 'unobjected':
      return many ? t.many.unobjected : t.unobjected;
    case 'converged':
      return many ? t.many.converged : t.converged;
    case 'betterWithout':
      return t.betterWithout(sideName(c, reason.side));
    case 'progress':
      return t.progress;
    case 'noProgress':
      return t.noProgress;
  }
}

/** How a line is marked beside it: a real quote (sourced), a student's own words, or simulated; narration is not marked. */
export function saidMark(entry: TranscriptEntry): 'reported' | 'student' | 'simulated' | null {
  if (entry.person) return 'student';
  if (entry.speaker === 'mediator' || entry.speaker === 'news') return null;
  return entry.simulated ? 'simulated' : 'reported';
}

/**
 * The words of a line's mark: a person's own words stay "written by a student"; a real quote is
 * marked by its source's kind ("quote from a memoir"), not as a news report whatever it came from.
 */
export function saidMarkText(c: CompiledScenario, entry: TranscriptEntry): string | null {
  const mark = saidMark(entry);
  if (mark !== 'reported') return mark === null ? null : messages().talks.marks[mark];
  const said = entry.said;
  const id = said.kind === 'line' ? c.scenario.dialogue[said.ref.line]?.source : undefined;
  const kind = id === undefined ? null : reportKind(c.scenario.sources, [id]);
  return kind === null ? messages().talks.marks.reported : messages().talks.quoteMarks[kind];
}
