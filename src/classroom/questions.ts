// Discussion questions chosen from what happened in this game: each is asked only when the
// record shows the thing it asks about, and carries the facts that prompted it. Three to six,
// in order of how much they bear on the outcome.
import { firstSideBetterOffWithout, utility } from '../model/index.ts';
import { causeText, messages, reasonText, sideName } from '../present/index.ts';
import { plural, type GameFacts } from './facts.ts';
import { HARDLINER_RISE } from './theory.ts';
import type { Question } from './types.ts';

export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 6;

type Candidate = Question | null;

function distortion(f: GameFacts): Candidate {
  const { c, state } = f;
  const found = state.distortions.filter((d) => d.discovered);
  if (found.length) {
    const d = found[0]!;
    return {
      id: 'honesty',
      text: `${sideName(c, d.deceived)} found out that a message you carried in round ${d.round + 1} was ${d.mode}. Was what the distortion bought worth the credibility it cost? Is a mediator ever right to shade the truth to keep talks alive?`,
      facts: found.map((x) => `${sideName(c, x.deceived)} discovered a ${x.mode} message from round ${x.round + 1}.`),
      theory: 'credibility',
    };
  }
  if (state.distortions.length) {
    const modes = [...new Set(state.distortions.map((d) => d.mode))].join(', ');
    return {
      id: 'honesty',
      text: `You distorted ${plural(state.distortions.length, 'message')} (${modes}) and were never caught. Would the sides stand by the result if they knew? Is effectiveness a defence for a mediator's dishonesty?`,
      facts: [`${plural(state.distortions.length, 'distorted message')}, none discovered.`],
      theory: 'credibility',
    };
  }
  return null;
}

function war(f: GameFacts): Candidate {
  if (f.state.outcome?.id !== 'strike') return null;
  return {
    id: 'war',
    text: 'The talks ended in strikes. What information was missing, or which promise could not be trusted, and what could a mediator have done about it: revealed, verified or guaranteed?',
    facts: [f.blame.verdict],
    theory: 'bargaining-war',
  };
}

function range(f: GameFacts): Candidate {
  const { c, state, text } = f;
  if (state.outcome?.id === 'framework' || !firstSideBetterOffWithout(c, state)) return null;
  const t = state.banked ?? state.draft;
  const rv = state.sides[0].reservation;
  const u = utility(state.truth[0]!, t, rv);
  const name = sideName(c, 0);
  return {
    id: 'bargaining-range',
    text: `At the end the text on the table was worth ${u.toFixed(3)} to ${name}, against a fallback of ${rv.toFixed(3)}: ${name} was better off without a deal. Was there still a bargaining range, and what would have widened it?`,
    facts: [text.nash ? `The Nash point was worth ${text.nash[0].toFixed(3)} / ${text.nash[1].toFixed(3)}: a range existed.` : 'No text beat both fallbacks: the range had closed.', f.sides[0].reservation.text],
    theory: 'bargaining-war',
  };
}

function collapse(f: GameFacts): Candidate {
  if (f.state.outcome?.id !== 'collapse') return null;
  return {
    id: 'trust',
    text: `${f.state.outcome.reason} What could have rebuilt trust before it ran out, and who could take the channel over now?`,
    facts: f.sides.map((s) => `${s.side.shortName}'s credibility: ${s.trust.credibility[0]} → ${s.trust.credibility[1]}.`),
    theory: 'credibility',
  };
}

function walkout(f: GameFacts): Candidate {
  const { state, c } = f;
  if (state.outcome?.id !== 'suspended') return null;
  const gone = ([0, 1] as const).filter((s) => state.sides[s].patience <= 0);
  if (gone.length) {
    const s = gone[0]!;
    const blows = state.ledger.filter((e) => e.meter === 'patience' && e.side === s && e.to < e.from);
    const worst = [...blows].sort((a, b) => a.to - a.from - (b.to - b.from) || a.step - b.step)[0];
    return {
      id: 'walkout',
      text: `${sideName(c, s)} walked out. Which moves used up its patience, and what warning signs were there to read?`,
      facts: [`${plural(blows.length, 'move')} cost ${sideName(c, s)} patience${worst ? `; the largest: ${causeText(c, f.record, worst.cause)} (${Math.round(worst.from)} → ${Math.round(worst.to)})` : ''}.`],
      theory: null,
    };
  }
  return {
    id: 'stalled',
    text: 'The deadline passed without enough progress and the talks were suspended. What would you have done differently on the first day?',
    facts: [reasonText(f.c, state.outcome.reason)],
    theory: null,
  };
}

function scope(f: GameFacts): Candidate {
  const { record, history, c, state } = f;
  const moves = { widen: record.agenda.filter((a) => a.move === 'widen'), parallel: record.agenda.filter((a) => a.move === 'parallel'), narrow: record.agenda.filter((a) => a.move === 'narrow') };
  const from = Math.round(history.start('scope', null));
  const to = Math.round(history.end('scope', null));
  const lost = ([0, 1] as const)
    .map((s) => {
      const n = state.ledger.filter((e) => e.meter === 'patience' && e.side === s && e.cause.source === 'PROPOSE_AGENDA' && e.to < e.from).reduce((sum, e) => sum + e.from - e.to, 0);
      return n > 0 ? `${sideName(c, s)} lost ${Math.round(n)} patience over the agenda.` : '';
    })
    .filter((x) => x !== '');
  if (moves.widen.length) {
    return {
      id: 'scope',
      text: `You widened the agenda (scope ${from} → ${to}). Did bringing the wider issues in help or hurt the nuclear deal? When is a parallel track the better answer?`,
      facts: [`You proposed to widen the agenda ${plural(moves.widen.length, 'time')}.`, ...lost],
      theory: null,
    };
  }
  if (moves.parallel.length) {
    return {
      id: 'scope',
      text: `You put the wider issues on a parallel track (scope ${from} → ${to}). What did each side gain and give up by it, and what keeps a parallel track from becoming a dead end?`,
      facts: [`${plural(moves.parallel.length, 'parallel-track proposal')}.`, ...lost],
      theory: null,
    };
  }
  if (moves.narrow.length) {
    return {
      id: 'scope',
      text: `You narrowed the agenda towards the nuclear file (scope ${from} → ${to}). What did the side that wanted a wider deal give up, and could it sell a narrow deal at home?`,
      facts: [`You proposed to narrow the agenda ${plural(moves.narrow.length, 'time')}.`, ...lost],
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
    text: `${id === 'framework' ? 'A framework agreement was reached' : 'An interim deal was banked'}. What made the moment ripe? Which of your moves raised the hurt or opened a way out, and which came from events outside the room?`,
    facts: f.sides.map((s) => s.ripeness.text),
    theory: 'ripeness',
  };
}

function home(f: GameFacts): Candidate {
  const risen = f.sides.filter((s) => s.hardliners.end - s.hardliners.start >= HARDLINER_RISE);
  const onTable = f.state.outcome?.id !== 'framework' && f.record.presentations.length > 0;
  const blocked = ([0, 1] as const).filter((s) => onTable && f.text.utilities[s] > f.text.reservations[s] && f.text.utilities[s] < f.text.floors[s]);
  if (!risen.length && !blocked.length) return null;
  return {
    id: 'home',
    text: `${
      risen.length ? 'Hardliners at home grew stronger during the talks.' : blocked.length > 1
        ? `The final text beat the fallbacks of ${blocked.map((s) => sideName(f.c, s)).join(' and ')} but not what their hardliners demanded.`
        : `The final text beat ${sideName(f.c, blocked[0]!)}'s fallback but not what its hardliners demanded.`
    } How could a mediator help a negotiator who must sell a deal at home, and can hardliners ever strengthen a negotiator's hand?`,
    facts: [...risen.map((s) => s.hardliners.text), ...blocked.map((s) => `The final text was not enough to pass in ${f.c.scenario.delegations[s]!.capital}.`)],
    theory: 'two-level',
  };
}

function drafts(f: GameFacts): Candidate {
  const { record, state } = f;
  if (record.revisions.length < 3) return null;
  return {
    id: 'text',
    text: `The text went through ${state.draftVersion} versions. Which criticism changed it most, and did working from one text let either side move without being seen to concede?`,
    facts: [`${plural(record.revisions.length, 'draft')} written, ${plural(record.presentations.filter((p) => !p.accepted).length, 'criticism')} heard.`],
    theory: 'single-text',
  };
}

function turning(f: GameFacts): Candidate {
  const top = [...f.turningPoints].sort((a, b) => a.rank - b.rank)[0];
  if (!top) return null;
  return {
    id: 'turning-point',
    text: 'Which turning point decided this game? Could the mediator have changed it, or only prepared for it?',
    facts: [top.summary],
    theory: null,
  };
}

function history(f: GameFacts): Candidate {
  if (!f.c.scenario.history.length) return null;
  return {
    id: 'history',
    text: 'Set this game beside what was reported: where did your game part from the historical line, and what does that suggest about the real talks?',
    facts: [],
    theory: null,
  };
}

function again(f: GameFacts): Candidate {
  return {
    id: 'again',
    text: 'If you played this game again from the first day, what would you do first, and what would you expect it to change?',
    facts: [f.state.outcome ? reasonText(f.c, f.state.outcome.reason) : messages().talks.reasons.unfinished],
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
