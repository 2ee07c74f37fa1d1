// Who escalated: each rung climbed named by what climbed it. A delegation's coercive move is its
// own choice (crisis bargaining), an incident is chance, a scenario event is the case's history,
// and a strike at the deadline is a side choosing force when no text beat its fallback: a
// student should see which steps were choices and whose.
import type { CompiledScenario, GameState } from '../model/index.ts';
import { classroomWords, coercionOf, eventHeadline, sideName } from '../present/index.ts';
import { rungName } from './causes.ts';
import type { CauseRecord, ClimbBy, ClimbKind, ClimbShare, Escalation } from './types.ts';

const KIND: Partial<Record<CauseRecord['kind'], ClimbKind>> = { coercion: 'coercion', incident: 'incident', scripted: 'event', background: 'event', mediator: 'mediator', teacher: 'teacher' };

/** What climbed one step, from its ledger cause. */
export function climbBy(c: CompiledScenario, cause: CauseRecord): ClimbBy {
  const w = classroomWords().analysis.climb.by;
  const kind = KIND[cause.kind] ?? 'other';
  switch (kind) {
    case 'coercion': {
      const found = coercionOf(c, cause.rule, cause.who);
      if (!found) break;
      const side = sideName(c, found.side);
      return { kind, side: c.scenario.delegations[found.side]!.id, what: found.move.name, text: w.coercion({ side, what: found.move.name }) };
    }
    case 'incident':
    case 'event': {
      const what = eventHeadline(c, cause.rule);
      return { kind, side: null, what, text: kind === 'incident' ? w.incident(what) : w.event(what) };
    }
    case 'mediator':
      return { kind, side: null, what: null, text: w.mediator };
    case 'teacher':
      return { kind, side: null, what: eventHeadline(c, cause.rule), text: w.teacher };
    default:
      break;
  }
  return { kind: 'other', side: null, what: cause.actor, text: w.other(cause.actor) };
}

/** The talks ended in force at the deadline: the side that chose it, from the rung where the ladder stood. */
function deadlineShare(c: CompiledScenario, state: GameState, endRung: number): ClimbShare | null {
  const reason = state.outcome?.reason;
  if (state.outcome?.id !== 'strike' || reason?.type !== 'betterWithout') return null;
  return { kind: 'deadline', side: c.scenario.delegations[reason.side]!.id, rungs: Math.max(0, c.topRung - endRung), what: [] };
}

/** The rungs climbed, by who or what: each side's coercive moves apart, in the order they first climbed. */
export function climbShares(c: CompiledScenario, state: GameState, list: readonly Escalation[], endRung: number): ClimbShare[] {
  const shares = new Map<string, ClimbShare>();
  for (const x of list) {
    const key = `${x.by.kind}:${x.by.side ?? ''}`;
    const share = shares.get(key) ?? { kind: x.by.kind, side: x.by.side, rungs: 0, what: [] };
    share.rungs += x.to - x.from;
    if (x.by.what !== null && !share.what.includes(x.by.what)) share.what.push(x.by.what);
    shares.set(key, share);
  }
  const deadline = deadlineShare(c, state, endRung);
  return deadline ? [...shares.values(), deadline] : [...shares.values()];
}

/** Who escalated, in a sentence: the rungs each climbed, and force chosen at the deadline. */
export function whoEscalated(c: CompiledScenario, shares: readonly ClimbShare[], endRung: number): string {
  const w = classroomWords().analysis.climb;
  const name = (id: string | null) => {
    const i = c.scenario.delegations.findIndex((d) => d.id === id);
    return i >= 0 ? sideName(c, i) : (id ?? '');
  };
  const parts: { rungs: number; who: string }[] = [];
  let deadline = '';
  for (const s of shares) {
    if (s.kind === 'deadline') {
      deadline = w.deadline({ side: name(s.side), from: rungName(c, endRung), to: rungName(c, c.topRung) });
      continue;
    }
    const who = s.kind === 'coercion' ? w.share.coercion({ side: name(s.side), what: s.what }) : s.kind === 'other' ? w.share.other(s.what) : w.share[s.kind];
    parts.push({ rungs: s.rungs, who });
  }
  const rungs = parts.reduce((n, p) => n + p.rungs, 0);
  const head = rungs === 0 ? w.none : rungs === 1 ? w.one(parts.find((p) => p.rungs > 0)!.who) : w.climbed({ rungs, parts: parts.filter((p) => p.rungs > 0) });
  return `${head}${deadline}`;
}
