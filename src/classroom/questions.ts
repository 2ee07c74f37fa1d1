// Discussion questions chosen from what happened in this game: each is asked only when the
// record shows the thing it asks about, and carries the facts that prompted it. Three to six,
// in order of how much they bear on the outcome.
import { strikerBetterOffWithout, utility } from '../model/index.ts';
import { causeText, classroomWords, outcomeName, reasonText, sideName } from '../present/index.ts';
import type { GameFacts } from './facts.ts';
import { HARDLINER_RISE } from './theory.ts';
import type { Question } from './types.ts';

export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 6;

type Candidate = Question | null;

const words = () => classroomWords().questions;

function distortion(f: GameFacts): Candidate {
  const { c, state } = f;
  const w = words();
  const found = state.distortions.filter((d) => d.discovered);
  if (found.length) {
    const d = found[0]!;
    return {
      id: 'honesty',
      text: w.honestyFound({ side: sideName(c, d.deceived), round: d.round + 1, mode: d.mode }),
      facts: found.map((x) => w.honestyFoundFact({ side: sideName(c, x.deceived), mode: x.mode, round: x.round + 1 })),
      theory: 'credibility',
    };
  }
  if (state.distortions.length) {
    const modes = [...new Set(state.distortions.map((d) => d.mode))];
    return { id: 'honesty', text: w.honestyHidden({ n: state.distortions.length, modes }), facts: [w.honestyHiddenFact(state.distortions.length)], theory: 'credibility' };
  }
  return null;
}

function war(f: GameFacts): Candidate {
  if (f.state.outcome?.id !== 'strike') return null;
  return {
    id: 'war',
    text: words().war(outcomeName(f.c, 'strike')),
    facts: [f.blame.verdict],
    theory: 'bargaining-war',
  };
}

function range(f: GameFacts): Candidate {
  const { c, state, text } = f;
  if (state.outcome?.id === 'framework' || !strikerBetterOffWithout(c, state)) return null;
  const t = state.banked ?? state.draft;
  const rv = state.sides[c.striker].reservation;
  const u = utility(state.truth[c.striker]!, t, rv);
  const w = words();
  return {
    id: 'bargaining-range',
    text: w.range({ worth: u, side: sideName(c, c.striker), fallback: rv }),
    facts: [text.nash ? w.rangeNash(text.nash) : w.rangeClosed(c.sideIndices.length), f.sides[c.striker]!.reservation.text],
    theory: 'bargaining-war',
  };
}

function collapse(f: GameFacts): Candidate {
  if (f.state.outcome?.id !== 'collapse') return null;
  return {
    id: 'trust',
    text: words().trust(reasonText(f.c, f.state.outcome.reason)),
    facts: f.sides.map((s) => words().trustFact({ side: sideName(f.c, s.side.index), from: s.trust.credibility[0], to: s.trust.credibility[1] })),
    theory: 'credibility',
  };
}

function walkout(f: GameFacts): Candidate {
  const { state, c } = f;
  if (state.outcome?.id !== 'suspended') return null;
  const gone = c.sideIndices.filter((s) => state.sides[s]!.patience <= 0);
  if (gone.length) {
    const s = gone[0]!;
    const blows = state.ledger.filter((e) => e.meter === 'patience' && e.side === s && e.to < e.from);
    const worst = [...blows].sort((a, b) => a.to - a.from - (b.to - b.from) || a.step - b.step)[0];
    return {
      id: 'walkout',
      text: words().walkout(sideName(c, s)),
      facts: [words().walkoutFact({ moves: blows.length, side: sideName(c, s), worst: worst ? { cause: causeText(c, f.record, worst.cause), from: Math.round(worst.from), to: Math.round(worst.to) } : null })],
      theory: null,
    };
  }
  return {
    id: 'stalled',
    text: words().stalled,
    facts: [reasonText(f.c, state.outcome.reason)],
    theory: null,
  };
}

function scope(f: GameFacts): Candidate {
  const { record, history, c, state } = f;
  const moves = { widen: record.agenda.filter((a) => a.move === 'widen'), parallel: record.agenda.filter((a) => a.move === 'parallel'), narrow: record.agenda.filter((a) => a.move === 'narrow') };
  const from = Math.round(history.start('scope', null));
  const to = Math.round(history.end('scope', null));
  const lost = c.sideIndices
    .map((s) => {
      const n = state.ledger.filter((e) => e.meter === 'patience' && e.side === s && e.cause.source === 'PROPOSE_AGENDA' && e.to < e.from).reduce((sum, e) => sum + e.from - e.to, 0);
      return n > 0 ? words().lostPatience({ side: sideName(c, s), lost: Math.round(n) }) : '';
    })
    .filter((x) => x !== '');
  if (moves.widen.length) {
    return {
      id: 'scope',
      text: words().widened({ from, to }),
      facts: [words().widenedFact(moves.widen.length), ...lost],
      theory: null,
    };
  }
  if (moves.parallel.length) {
    return {
      id: 'scope',
      text: words().parallel({ from, to }),
      facts: [words().parallelFact(moves.parallel.length), ...lost],
      theory: null,
    };
  }
  if (moves.narrow.length) {
    return {
      id: 'scope',
      text: words().narrowed({ from, to }),
      facts: [words().narrowedFact(moves.narrow.length), ...lost],
      theory: null,
    };
  }
  return null;
}

function ripe(f: GameFacts): Candidate {
  const id = f.state.outcome?.id;
  if (id !== 'framework' && id !== 'interim') return null;
  return {
    id: 'ripeness',
    text: words().ripe(id === 'framework'),
    facts: f.sides.map((s) => s.ripeness.text),
    theory: 'ripeness',
  };
}

function home(f: GameFacts): Candidate {
  const risen = f.sides.filter((s) => s.hardliners.end - s.hardliners.start >= HARDLINER_RISE);
  const onTable = f.state.outcome?.id !== 'framework' && f.record.presentations.length > 0;
  const blocked = f.c.sideIndices.filter((s) => onTable && f.text.utilities[s]! > f.text.reservations[s]! && f.text.utilities[s]! < f.text.floors[s]!);
  if (!risen.length && !blocked.length) return null;
  const w = words();
  const opening = risen.length ? w.homeRose : blocked.length > 1 ? w.homeBlockedBoth(blocked.map((s) => sideName(f.c, s))) : w.homeBlocked(sideName(f.c, blocked[0]!));
  return {
    id: 'home',
    text: w.home(opening),
    facts: [...risen.map((s) => s.hardliners.text), ...blocked.map((s) => w.homeFact(f.c.scenario.delegations[s]!.capital))],
    theory: 'two-level',
  };
}

function drafts(f: GameFacts): Candidate {
  const { record, state } = f;
  if (record.revisions.length < 3) return null;
  return {
    id: 'text',
    text: words().drafts(state.draftVersion),
    facts: [words().draftsFact({ drafts: record.revisions.length, criticisms: record.presentations.filter((p) => !p.accepted).length })],
    theory: 'single-text',
  };
}

function turning(f: GameFacts): Candidate {
  const top = [...f.turningPoints].sort((a, b) => a.rank - b.rank)[0];
  if (!top) return null;
  return {
    id: 'turning-point',
    text: words().turning,
    facts: [top.summary],
    theory: null,
  };
}

function history(f: GameFacts): Candidate {
  if (!f.c.scenario.history.length) return null;
  return {
    id: 'history',
    text: words().history,
    facts: [],
    theory: null,
  };
}

function again(f: GameFacts): Candidate {
  return {
    id: 'again',
    text: words().again,
    facts: [f.state.outcome ? reasonText(f.c, f.state.outcome.reason) : words().unfinished],
    theory: null,
  };
}

export function discussionQuestions(f: GameFacts, historyFacts: string[]): Question[] {
  const found = [war(f), collapse(f), distortion(f), range(f), walkout(f), ripe(f), home(f), scope(f), drafts(f)].filter((q): q is Question => q !== null);
  const questions = found.slice(0, MAX_QUESTIONS);
  for (const extra of [turning(f), history(f), again(f)]) {
    if (questions.length >= MIN_QUESTIONS) break;
    if (!extra) continue;
    questions.push(extra.id === 'history' ? { ...extra, facts: historyFacts } : extra);
  }
  return questions;
}
