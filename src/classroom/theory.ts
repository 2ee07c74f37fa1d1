// The theory that fits what happened in this game (../shared/FACTS.md, "Theory the model and the
// debrief should name"). Each concept is named only when the record shows it at work, with a
// paragraph in the game's own terms and the facts that made it fit; the best fit comes first.
// What a real case adds (the ratification law, a treaty withdrawal) is the scenario's own text
// (scenario `debrief.theory`), appended when the theory fits.
import type { CompiledScenario } from '../model/index.ts';
import type { TheoryId } from '../scenario/index.ts';
import { classroomWords, outcomeName, sideName } from '../present/index.ts';
import type { GameFacts } from './facts.ts';
import { THEORY, theorySource } from './theory-sources.ts';
import type { TheoryItem } from './types.ts';

export type { TheoryId };
export { THEORY, theorySource };
export type { TheorySource } from './theory-sources.ts';

const words = () => classroomWords().theory;

/** The scenario's paragraph on this theory in its real case, with its sources named; empty if none. */
export function caseNote(c: CompiledScenario, id: TheoryId): string {
  const note = c.scenario.debrief?.theory[id];
  if (!note) return '';
  const titles = note.sources.flatMap((src) => c.scenario.sources.find((x) => x.id === src)?.title ?? []);
  return words().caseNote({ text: note.text, sources: titles });
}

interface Fit {
  id: TheoryId;
  score: number;
  why: string;
  facts: string[];
}

/** A rise in hardliners (points of 100) large enough to change what can pass at home. */
export const HARDLINER_RISE = 20;

/** The talks ended in a deal: a framework or a banked interim. */
const dealReached = (f: GameFacts) => f.state.outcome?.id === 'framework' || f.state.outcome?.id === 'interim';

function ripeness(f: GameFacts): Fit | null {
  const { c, history, record } = f;
  const w = words().ripeness;
  const facts: string[] = [];
  for (const s of c.sideIndices) {
    const yes = record.presentations.filter((p) => p.accepted && p.side === s);
    const last = yes[yes.length - 1];
    if (!last) continue;
    const hurt = [history.start('hurt', s), history.before('hurt', s, last.step)];
    const way = [history.start('wayOut', s), history.before('wayOut', s, last.step)];
    if (hurt[1]! > hurt[0]! && way[1]! > way[0]!) {
      facts.push(w.saidYes({ side: sideName(c, s), round: last.round + 1, hurt: [hurt[0]!, hurt[1]!], wayOut: [way[0]!, way[1]!] }));
    }
  }
  const ripened = facts.length;
  const notReady = record.asks.filter((a) => a.notReady);
  for (const s of c.sideIndices) {
    const mine = notReady.filter((a) => a.side === s);
    if (mine.length) {
      const low = Math.min(...mine.map((a) => a.ripeness));
      facts.push(w.notReady({ side: sideName(c, s), times: mine.length, low }));
    }
  }
  const agreed = dealReached(f);
  if (!ripened && !notReady.length && !agreed) return null;
  const credible = record.paintings.filter((p) => p.credible).length;
  const work: string[] = [];
  if (credible) work.push(w.painted(credible));
  if (record.guarantees.length) work.push(w.offered(record.guarantees.length));
  if (work.length) facts.push(w.worked(work));
  const ends = w.ends(f.sides.map((x) => ({ side: sideName(f.c, x.side.index), from: x.ripeness.ripeness[0], to: x.ripeness.ripeness[1] })));
  const sides = c.sideIndices.length;
  const story = agreed ? (ripened ? w.ripenedBeforeYes(ripened) : w.dealWithout) : ripened >= sides ? w.notTogether(sides) : ripened ? w.oneSided(sides) : w.notInTime;
  return { id: 'ripeness', score: agreed ? 3 : notReady.length ? 2 : 1, why: w.why({ story, ends }), facts };
}

function roles(f: GameFacts): Fit | null {
  const r = f.record;
  const distorted = r.relays.filter((x) => x.mode !== 'faithful').length;
  const faithful = r.relays.length - distorted;
  const communicator = r.relays.length;
  const formulator = r.revisions.length + r.presentations.length + r.agenda.length;
  const manipulator = r.paintings.length + r.guarantees.length + distorted;
  if (communicator + formulator + manipulator === 0) return null;
  const w = words().roles;
  const facts = [
    w.communicator({ carried: communicator, faithful, distorted }),
    w.formulator({ drafts: r.revisions.length, presented: r.presentations.length, agenda: r.agenda.length }),
    w.manipulator({ painted: r.paintings.length, guarantees: r.guarantees.length, distorted }),
  ];
  const ranked: ['communicator' | 'formulator' | 'manipulator', number][] = [
    ['communicator', communicator],
    ['formulator', formulator],
    ['manipulator', manipulator],
  ];
  ranked.sort((x, y) => y[1] - x[1]);
  const lead = ranked[0]![0];
  return {
    id: 'mediator-roles',
    score: 1,
    why: w.why({ lead: w.names[lead], ranked: ranked.map(([role, actions]) => ({ role: w.names[role], actions })), note: lead === 'communicator' && dealReached(f) ? w.notes.communicatorAgreed : w.notes[lead] }),
    facts,
  };
}

function credibility(f: GameFacts): Fit | null {
  const { c, state, history } = f;
  const w = words().credibility;
  const facts: string[] = [];
  const discovered = state.distortions.filter((d) => d.discovered);
  for (const d of discovered) facts.push(w.foundOut({ side: sideName(c, d.deceived), round: d.round + 1, mode: d.mode }));
  const hidden = state.distortions.length - discovered.length;
  if (hidden > 0) facts.push(w.neverLight(hidden));
  const close = c.sideIndices.map((s) => history.end('closeness', s));
  const closeStart = c.sideIndices.map((s) => history.start('closeness', s));
  // The spread between the nearest and the farthest delegation (with two, the gap between them).
  const spread = (xs: readonly number[]) => Math.max(...xs) - Math.min(...xs);
  const gap = spread(close);
  const grew = gap - spread(closeStart);
  const diverged = gap >= 15 || grew >= 10;
  if (diverged) {
    const nearer = close.lastIndexOf(Math.max(...close));
    const farther = close.indexOf(Math.min(...close));
    facts.push(w.closer({ nearer: sideName(c, nearer), near: close[nearer]!, farther: sideName(c, farther), far: close[farther]!, sides: c.sideIndices.length }));
  }
  let fell = false;
  for (const s of c.sideIndices) {
    const from = history.start('credibility', s);
    const to = history.end('credibility', s);
    if (from - to >= 15) {
      fell = true;
      facts.push(w.beliefFell({ side: sideName(c, s), from, to }));
    }
  }
  const collapsed = state.outcome?.id === 'collapse';
  if (!discovered.length && !diverged && !fell && !collapsed) return null;
  const story = collapsed ? w.collapsed : discovered.length ? w.discovered : diverged ? w.diverged(c.sideIndices.length) : w.woreAway;
  return { id: 'credibility', score: collapsed ? 3 : discovered.length ? 2 : 1, why: w.why(story), facts };
}

function twoLevel(f: GameFacts): Fit | null {
  const { c, text } = f;
  const w = words().twoLevel;
  const facts: string[] = [];
  let rose = false;
  for (const s of c.sideIndices) {
    const h = f.sides[s]!.hardliners;
    if (h.end - h.start >= HARDLINER_RISE) {
      rose = true;
      facts.push(w.rose({ capital: c.scenario.delegations[s]!.capital, from: h.start, to: h.end, side: sideName(c, s), margin: h.margin }));
    }
  }
  // Only a text that was on the table (presented, with core items settled) can be blocked at home.
  const onTable = f.state.outcome?.id !== 'framework' && f.record.presentations.length > 0 && c.coreIssues.some((i) => text.items[i]!.option !== null);
  let blocked = false;
  for (const s of c.sideIndices) {
    const u = text.utilities[s]!;
    if (onTable && u > text.reservations[s]! && u < text.floors[s]!) {
      blocked = true;
      facts.push(w.blocked({ value: u, side: sideName(c, s), fallback: text.reservations[s]!, floor: text.floors[s]! }));
    }
  }
  if (!rose && !blocked) return null;
  return { id: 'two-level', score: blocked ? 2 : 1, why: w.why(blocked ? w.homeDecided : w.homeHarder, c.sides.length), facts };
}

function bargainingWar(f: GameFacts): Fit | null {
  const { c, state, blame, text, record } = f;
  const strike = state.outcome?.id === 'strike';
  const climbed = blame.peakRung - blame.startRung >= 2;
  if (!strike && !climbed) return null;
  const w = words().bargainingWar;
  const facts: string[] = [blame.verdict];
  facts.push(text.nash ? w.nash({ nash: text.nash, fallbacks: text.reservations }) : w.closed(c.sideIndices.length));
  const heard = c.sideIndices.map((s) => [...state.sides[s]!.priorities].filter((p) => p !== '?').length);
  facts.push(w.private({ heard, issues: c.issueIds.length, sides: c.sideIndices.map((s) => sideName(c, s)) }));
  const bluffs = record.relays.filter((r) => r.mode === 'sharpened').length;
  if (bluffs) facts.push(w.bluffs(bluffs));
  if (record.guarantees.length) facts.push(w.commitment({ n: record.guarantees.length, ids: state.guaranteesUsed }));
  const ending = { sides: c.sideIndices.length, ending: outcomeName(c, 'strike') };
  const story = strike ? (text.nash ? w.warDespite(ending) : w.warClosed(ending)) : w.climbed;
  return { id: 'bargaining-war', score: strike ? 3 : 1, why: w.why(story), facts };
}

function singleText(f: GameFacts): Fit | null {
  const { record, state, c } = f;
  const criticisms = record.presentations.filter((p) => !p.accepted);
  const revisedAfter = record.revisions.filter((r) => criticisms.some((p) => p.step < r.step)).length;
  if (!revisedAfter && !(record.revisions.length >= 2 && criticisms.length > 0)) return null;
  const agreed = state.outcome?.id === 'framework';
  const w = words().singleText;
  const facts = [
    w.reached({ version: state.draftVersion, drafts: record.revisions.length, presented: record.presentations.length }),
    w.criticism({ criticised: criticisms.length, revised: revisedAfter }),
  ];
  // A second yes to the same text is no news.
  const yes = record.presentations.filter((p, i, all) => p.accepted && !all.slice(0, i).some((q) => q.accepted && q.side === p.side && q.version !== null && q.version === p.version));
  if (yes.length) facts.push(w.acceptances(yes.map((p) => w.accepted({ side: sideName(c, p.side), version: p.version ?? null, round: p.round + 1 }))));
  const sides = c.sideIndices.length;
  return { id: 'single-text', score: agreed && revisedAfter ? 2 : 1, why: w.why(!revisedAfter ? w.halfway : agreed ? w.agreed(sides) : w.notAgreed(sides)), facts };
}

function shuttle(f: GameFacts): Fit | null {
  const { state, record, c } = f;
  if (state.outcome?.id !== 'framework' && state.outcome?.id !== 'interim') return null;
  const days = Math.min(c.scenario.rounds.length, state.round + 1);
  const w = words().shuttle;
  return {
    id: 'shuttle',
    score: 1,
    why: w.why({ framework: state.outcome.id === 'framework', days, sides: c.sideIndices.length }),
    facts: [w.fact({ days, visits: record.roomVisits, carried: record.relays.length })],
  };
}

export function fittingTheory(f: GameFacts): TheoryItem[] {
  const fits = [ripeness(f), roles(f), credibility(f), twoLevel(f), bargainingWar(f), singleText(f), shuttle(f)].filter((x): x is Fit => x !== null);
  const order = (id: TheoryId) => THEORY.findIndex((t) => t.id === id);
  return fits
    .sort((a, b) => b.score - a.score || order(a.id) - order(b.id))
    .map((fit) => {
      const t = theorySource(fit.id);
      const note = caseNote(f.c, fit.id);
      return { id: t.id, name: t.name, thinker: t.thinker, citation: t.citation, url: t.url, why: note ? `${fit.why} ${note}` : fit.why, facts: fit.facts };
    });
}
