// The debrief of known games: it rebuilds the meters from the ledger, names the turning points,
// the theory that fits and the right escalation blame, and asks questions drawn from the game.
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/classroom/debrief.ts';
import { debriefMarkdown } from '../../src/classroom/markdown.ts';
import { concessionStyle } from '../../src/classroom/sides.ts';
import { groupByCause, MAX_TURNING_POINTS, sizeOf } from '../../src/classroom/turning-points.ts';
import { MAX_QUESTIONS, MIN_QUESTIONS } from '../../src/classroom/questions.ts';
import { THEORY } from '../../src/classroom/theory.ts';
import type { Debrief, MeterSeries } from '../../src/classroom/types.ts';
import { compile } from '../../src/model/compile.ts';
import { initialState } from '../../src/model/init.ts';
import { byTrueWeight } from '../../src/model/rules/listen.ts';
import { redLineCode } from '../../src/model/package.ts';
import { utility } from '../../src/model/utility.ts';
import { reasonText } from '../../src/present/words/said.ts';
import { actorName } from '../../src/present/words/causes.ts';
import { sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import type { GameState } from '../../src/model/types.ts';
import { debrief, deepFreeze, findGame, muscat, play } from './helpers.ts';

const c = compile(muscat);
const top = c.topRung;

function series(d: Debrief, key: string): MeterSeries {
  const s = d.description.meters.series.find((x) => x.key === key);
  if (!s) throw new Error(`no series ${key}`);
  return s;
}

const pressureRises = (state: GameState) => state.ledger.filter((e) => e.meter === 'pressure' && e.to > e.from);

describe('the meters, rebuilt from the ledger', () => {
  const g = play('manipulator', 1);
  const d = debrief(g);
  const start = initialState(c, g.state.settings);

  it('start where the game started and end where it ended, one point per round played', () => {
    const played = g.state.round + 1;
    expect(d.roundsPlayed).toBe(played);
    expect(d.description.meters.rounds).toHaveLength(played);
    for (const s of d.description.meters.series) expect(s.points).toHaveLength(played);
    for (const m of ['scope', 'pressure', 'progress'] as const) {
      expect(series(d, m).start).toBeCloseTo(start[m], 6);
      expect(series(d, m).points.at(-1)).toBeCloseTo(g.state[m], 6);
    }
    for (const [i, side] of muscat.delegations.entries()) {
      for (const m of ['patience', 'credibility', 'closeness', 'hurt', 'wayOut', 'hardliners', 'reservation'] as const) {
        expect(series(d, `${m}.${side.id}`).start).toBeCloseTo(start.sides[i]![m], 6);
        expect(series(d, `${m}.${side.id}`).points.at(-1)).toBeCloseTo(g.state.sides[i]![m], 6);
      }
    }
  });

  it('mark the hidden meters and label the sides', () => {
    expect(series(d, 'reservation.us').hidden).toBe(true);
    expect(series(d, 'patience.iran').hidden).toBe(false);
    expect(series(d, 'patience.iran').label).toContain('Tehran');
    expect(d.description.meters.rungs).toEqual(muscat.escalation.rungs.map((r) => r.name));
  });
});

describe('turning points', () => {
  it('are the largest causes in the ledger, in the order they happened, each with its cause in words', () => {
    const g = play('broker', 3);
    const d = debrief(g);
    const tps = d.analysis.turningPoints;
    expect(tps.length).toBeGreaterThan(0);
    expect(tps.length).toBeLessThanOrEqual(MAX_TURNING_POINTS + 1);
    const steps = tps.map((t) => t.cause.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(tps.map((t) => t.rank).sort((a, b) => a - b)).toEqual(tps.map((_, i) => i + 1));
    // Nothing left out is larger than the smallest chosen (the decisive move may be smaller).
    const chosen = new Set(tps.map((t) => `${t.cause.step}|${t.cause.rule}|${t.cause.who}`));
    const smallest = Math.min(...tps.filter((t) => !t.decisive).map((t) => t.size));
    for (const group of groupByCause(g.state)) {
      const e = group.entries[0]!;
      if (chosen.has(group.key) || e.cause.rule === 'recess.rest') continue;
      expect(sizeOf(c, group.entries)).toBeLessThanOrEqual(smallest);
    }
    for (const t of tps) {
      expect(t.summary).toContain(t.cause.text);
      expect(t.moves.length).toBeGreaterThan(0);
      for (const m of t.moves) expect(t.summary).toContain(m.text);
    }
  });

  it('keep the move that ended the game: the acceptance of a framework, the step to war', () => {
    const framework = debrief(findGame(['broker', 'manipulator'], (s) => s.outcome?.id === 'framework'));
    const yes = framework.analysis.turningPoints.find((t) => t.decisive);
    expect(yes?.cause.source).toBe('PRESENT_DRAFT');
    expect(yes?.cause.text).toMatch(/accepted/);

    const war = findGame(['passive', 'manipulator'], (s) => s.outcome?.id === 'strike' && s.pressure >= top);
    const last = pressureRises(war.state).at(-1)!;
    const decisive = debrief(war).analysis.turningPoints.find((t) => t.decisive);
    expect(decisive?.cause).toMatchObject({ step: last.step, rule: last.cause.rule, who: last.cause.actor });
  });
});

describe('escalation blame', () => {
  it('a game that ends in war at the top rung: every step up with its actor, blame on the incident actors, Fearon first', () => {
    const g = findGame(['passive', 'random', 'manipulator'], (s) => s.outcome?.id === 'strike' && s.pressure >= top && s.ledger.some((e) => e.meter === 'pressure' && e.cause.rule.startsWith('incident.')));
    const d = debrief(g);
    const rises = pressureRises(g.state);
    expect(d.description.escalations.map((e) => [e.cause.step, e.cause.rule, e.cause.who, e.from, e.to])).toEqual(rises.map((e) => [e.step, e.cause.rule, e.cause.actor, e.from, e.to]));
    const blamed = d.description.blame.actors.map((a) => a.actor);
    for (const e of rises) expect(blamed).toContain(actorName(c, e.cause.actor));
    expect(d.description.blame.actors.reduce((n, a) => n + a.rungs, 0)).toBe(rises.reduce((n, e) => n + e.to - e.from, 0));
    // For people, each rule that climbed in words: the move's or the event's headline, never its id.
    for (const a of d.description.blame.actors) {
      expect(a.ruleNames).toHaveLength(a.rules.length);
      for (const name of a.ruleNames) expect(name).not.toMatch(/^(coercion|event|incident|teacher)\./);
    }
    const incidents = d.description.escalations.filter((e) => e.cause.kind === 'incident');
    expect(incidents.length).toBeGreaterThan(0);
    for (const e of incidents) {
      expect(e.cause.rule).toMatch(/^incident\./);
      expect(e.headline).not.toBeNull();
    }
    const lastActor = actorName(c, rises.at(-1)!.cause.actor);
    expect(d.description.blame.strikeBy).toBe(lastActor);
    expect(d.description.blame.endedBy).toBe(lastActor);
    expect(d.description.blame.verdict).toContain(lastActor);
    expect(d.analysis.theory[0]!.id).toBe('bargaining-war');
    expect(d.analysis.theory[0]!.thinker).toBe('James Fearon');
    expect(d.application.questions.map((q) => q.id)).toContain('war');
    // The question names the end by the scenario's own word for it, not by another case's.
    expect(d.application.questions.find((q) => q.id === 'war')!.text).toContain(`(“${muscat.labels.outcomes.strike}”)`);
  });

  it('a strike at the deadline: the first delegation struck because no deal was worth more to it', () => {
    const g = findGame(['passive', 'formulator'], (s) => s.outcome?.id === 'strike' && s.pressure < top);
    const d = debrief(g);
    const us = muscat.delegations[0]!.shortName;
    expect(d.description.blame.strikeBy).toBe(us);
    expect(d.description.blame.mediatorContributed).toBe(true);
    expect(d.description.blame.mediatorFactors.join(' ')).toContain(`beat ${us}'s fallback`);
    expect(d.analysis.theory.map((t) => t.id)).toContain('bargaining-war');
    const range = d.application.questions.find((q) => q.id === 'bargaining-range');
    expect(range?.text).toContain(us);
    // Why its fallback rose: the pressure's share is named.
    expect(d.analysis.sides[0].reservation.drift.some((x) => x.rule === 'recess.drift.pressure' && x.delta > 0)).toBe(true);
  });

  it('names the mediator when its distortions came to light before a step up', () => {
    const g = findGame(['manipulator', 'random'], (s) => {
      const found = s.ledger.find((e) => e.cause.rule.startsWith('discovery.'));
      return !!found && s.ledger.some((e) => e.meter === 'pressure' && e.to > e.from && e.cause.rule.startsWith('incident.') && e.step > found.step);
    });
    const d = debrief(g);
    expect(d.description.blame.mediatorContributed).toBe(true);
    expect(d.description.blame.mediatorFactors.some((f) => /discovered a (softened|sharpened|withheld) message/.test(f))).toBe(true);
  });
});

describe('the theory that fits', () => {
  it("a discovered distortion names Kydd's mediator credibility, with the facts of this game", () => {
    const g = findGame(['manipulator', 'random'], (s) => s.distortions.some((d) => d.discovered));
    const d = debrief(g);
    const kydd = d.analysis.theory.find((t) => t.id === 'credibility');
    expect(kydd?.thinker).toBe('Andrew Kydd');
    const found = g.state.distortions.find((x) => x.discovered)!;
    expect(kydd!.facts.join(' ')).toContain(`${muscat.delegations[found.deceived]!.shortName} found out that a message carried in round ${found.round + 1} was ${found.mode}`);
    expect(d.application.questions.find((q) => q.id === 'honesty')?.theory).toBe('credibility');
    // The discovery is one of the largest moves of the game.
    expect(d.analysis.turningPoints.some((t) => t.cause.rule.startsWith('discovery.'))).toBe(true);
  });

  it('a collapse puts credibility first and blames the mediator for the end of the talks', () => {
    const d = debrief(findGame(['manipulator'], (s) => s.outcome?.id === 'collapse'));
    expect(d.analysis.theory[0]!.id).toBe('credibility');
    expect(d.description.blame.endedBy).toBe('the mediator');
    expect(d.application.questions[0]!.id).toBe('trust');
  });

  it('a framework agreement names ripeness (Zartman) first, and shuttle diplomacy', () => {
    const g = findGame(['broker', 'manipulator'], (s) => s.outcome?.id === 'framework');
    const d = debrief(g);
    expect(d.analysis.theory[0]!.id).toBe('ripeness');
    expect(d.analysis.theory[0]!.thinker).toBe('I. William Zartman');
    expect(d.analysis.theory.map((t) => t.id)).toContain('shuttle');
    expect(d.analysis.text.kind).toBe('agreed');
    expect(d.application.questions.map((q) => q.id)).toContain('ripeness');
  });

  it("a text revised after criticism names Fisher's single negotiating text, counting the versions", () => {
    const g = findGame(['formulator', 'broker'], (s) => s.draftVersion >= 3);
    const d = debrief(g);
    const fisher = d.analysis.theory.find((t) => t.id === 'single-text');
    expect(fisher?.thinker).toBe('Roger Fisher');
    expect(fisher!.facts[0]).toContain(`version ${g.state.draftVersion}`);
    expect(d.record.draftsWritten).toBeGreaterThanOrEqual(2);
    expect(d.record.presentations).toBeGreaterThan(0);
  });

  it('a passive mediator is a communicator only, and no agreement means no shuttle diplomacy', () => {
    const d = debrief(play('passive', 1));
    const roles = d.analysis.theory.find((t) => t.id === 'mediator-roles');
    expect(roles?.why).toContain("communicator's role");
    expect(d.analysis.theory.map((t) => t.id)).not.toContain('shuttle');
    expect(d.record.draftsWritten).toBe(0);
  });

  it('is chosen, not listed: different games name different theory, each with its source from FACTS.md', () => {
    const seen = new Set<string>();
    for (const [policy, seed] of [['passive', 1], ['manipulator', 1], ['manipulator', 2], ['broker', 3], ['formulator', 2]] as const) {
      const d = debrief(play(policy, seed));
      const ids = d.analysis.theory.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeLessThan(THEORY.length + 1);
      seen.add(ids.join(','));
      for (const t of d.analysis.theory) {
        expect(t.url).toMatch(/^https:\/\//);
        expect(t.why.length).toBeGreaterThan(80);
      }
    }
    expect(seen.size).toBeGreaterThan(2);
  });
});

describe('hidden preferences, the text and the bargaining chart', () => {
  const g = play('broker', 3);
  const d = debrief(g);

  it('reveal each side\'s weights, red lines, fallback drift and concession style, as drawn for this game', () => {
    const [us, iran] = d.analysis.sides;
    for (const [s, side] of [us, iran].entries()) {
      const truth = g.state.truth[s]!;
      // The weights drawn for this game (not the scenario's priors), most important first.
      expect(side.weights.map((w) => w.issue)).toEqual(byTrueWeight(g.state, s as 0 | 1).map((i) => c.issueIds[i]));
      for (const w of side.weights) expect(w.weight).toBe(Math.round(truth.weights[c.issueIds.indexOf(w.issue)]! * 1000) / 1000);
      expect(side.weights.reduce((n, w) => n + w.weight, 0)).toBeCloseTo(1, 2);
      // Printed as whole points of 100 that add up to exactly 100, each within a point of the weight.
      expect(side.weights.reduce((n, w) => n + w.share, 0)).toBe(100);
      for (const w of side.weights) expect(Math.abs(w.share - w.weight * 100)).toBeLessThan(1);
      // Ripeness on the debrief's one scale (0–100), not as a fraction to three decimals.
      expect(side.ripeness.text).toMatch(/ripeness \(hurt × way out, on the same 0–100 scale\) went \d+\.\d → \d+\.\d\./);
      // Its red lines in this game: the published ones and any the draw added, each marked heard or not.
      const drawn = truth.redLine.flatMap((row, i) => row.flatMap((red, o) => (red ? [`${c.issueIds[i]}:${c.optionIds[i]![o]}`] : [])));
      expect(side.redLines.map((r) => `${r.issue}:${r.option}`)).toEqual(drawn);
      for (const r of side.redLines) {
        const i = c.issueIds.indexOf(r.issue);
        expect(r.heard).toBe(g.state.sides[s]!.redLinesHeard.includes(redLineCode(i, c.optionIds[i]!.indexOf(r.option))));
      }
      expect(side.concession.exponent).toBe(truth.exponent);
      expect(side.concession.style).toBe(concessionStyle(truth.exponent));
    }
    // The published red lines are always among them.
    for (const id of ['enrichment:zero', 'missiles:inside']) expect(iran.redLines.map((r) => `${r.issue}:${r.option}`)).toContain(id);
    // The drawn weights are not the priors (a log-normal draw never lands on them exactly).
    expect(us.weights.map((w) => w.weight)).not.toEqual(c.sides[0].byWeight.map((i) => Math.round(c.sides[0].weights[i]! * 1000) / 1000));
    expect(us.reservation.end).toBeCloseTo(g.state.sides[0].reservation, 6);
    const drift = us.reservation.drift.reduce((n, x) => n + x.delta, 0);
    expect(us.reservation.start + drift).toBeCloseTo(us.reservation.end, 3);
    expect(concessionStyle(0.5)).toBe('Boulware');
    expect(concessionStyle(1)).toBe('linear');
    expect(concessionStyle(1.6)).toBe('conceder');
  });

  it('set the final text against both fallbacks and the Nash point, in utility coordinates', () => {
    const t = d.analysis.text;
    const b = d.analysis.bargaining;
    expect(t.reservations[0]).toBeCloseTo(g.state.sides[0].reservation, 3);
    // The text's worth to each side is in its true values (open items at its fallback).
    const text = t.kind === 'banked' ? g.state.banked! : g.state.draft;
    for (const s of [0, 1] as const) expect(t.utilities[s]).toBeCloseTo(utility(g.state.truth[s]!, text, g.state.sides[s].reservation), 3);
    expect(b.text).toEqual(t.utilities);
    expect(b.fallbacks).toEqual(t.reservations);
    expect(b.nash).toEqual(t.nash);
    expect(b.frontier.length).toBeGreaterThan(10);
    for (const [x, y] of b.frontier) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(1);
    }
    // The frontier, the Nash point and the openings are all in the same (true) values: the Nash point lies on the frontier,
    // beats both fallbacks, and no frontier point has a larger product of gains.
    expect(t.nash).not.toBeNull();
    const nash = t.nash!;
    expect(b.frontier).toContainEqual(nash);
    const gain = ([x, y]: readonly number[]) => (x - t.reservations[0]) * (y - t.reservations[1]);
    expect(nash[0]).toBeGreaterThan(t.reservations[0]);
    expect(nash[1]).toBeGreaterThan(t.reservations[1]);
    for (const p of b.frontier) if (p[0] > t.reservations[0] && p[1] > t.reservations[1]) expect(gain(p)).toBeLessThanOrEqual(gain(nash) + 0.005);
    // Each side's opening is worth the most to itself, in the same values.
    expect(b.openings[0][0]).toBeGreaterThan(b.openings[1][0]);
    expect(b.openings[1][1]).toBeGreaterThan(b.openings[0][1]);
    expect(t.items).toHaveLength(c.issueIds.length);
    expect(t.verdict.length).toBeGreaterThanOrEqual(3);
  });

  it('set the game beside the dated history track', () => {
    const h = d.analysis.history;
    const dates = h.entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(h.entries.filter((e) => e.track === 'history')).toHaveLength(muscat.history.length);
    expect(h.entries.filter((e) => e.track === 'history').every((e) => e.reported && e.sources.length > 0)).toBe(true);
    expect(h.entries.some((e) => e.track === 'game' && e.headline === `Outcome: ${d.outcome.label}`)).toBe(true);
  });
});

describe('the description', () => {
  it('gives each round its date, venue, what each side said (simulated or on the record) and the news', () => {
    const g = play('manipulator', 1);
    const d = debrief(g);
    expect(d.description.timeline.map((r) => r.date)).toEqual(muscat.rounds.slice(0, g.state.round + 1).map((r) => r.date));
    const lines = d.description.timeline.flatMap((r) => r.statements);
    expect(lines).toHaveLength(g.state.transcript.length);
    const quotes = lines.filter((l) => l.speaker !== 'mediator' && !l.simulated);
    for (const q of quotes) expect(q.source?.url).toMatch(/^https?:\/\//);
    expect(lines.filter((l) => l.speaker === 'iran').every((l) => l.speakerName === 'Tehran')).toBe(true);
    expect(d.description.timeline.flatMap((r) => r.news)).toHaveLength(g.state.news.length);
    // A delegation's reply is the game's report of it, naming the delegation, and a recorded act
    // names its subject ("You listened to Tehran"): marked, and not written as speech in the
    // Markdown ("Tehran: Tehran offers a trade…", "Badr Albusaidi: You listened…").
    const reports = lines.filter((l) => l.report);
    expect(reports.length).toBe(g.state.transcript.filter((t) => t.said.kind === 'reply' || t.said.kind === 'act').length);
    expect(reports.length).toBeGreaterThan(0);
    const md = debriefMarkdown(d);
    for (const r of reports) {
      expect(md).toContain(`: ${r.text}`);
      expect(md).not.toContain(`${r.speakerName}: ${r.text}`);
    }
  });

  it('shows titles instead of names when the game was set to titles', () => {
    const factoryGame = play('passive', 5);
    const state = { ...factoryGame.state, settings: { ...factoryGame.state.settings, names: 'titles' as const } };
    const d = buildDebrief(muscat, state);
    expect(d.mediator).toBe(muscat.mediator.title);
  });
});

describe('the application', () => {
  it('asks three to six questions, each tied to the facts that prompted it, not a fixed list', () => {
    const sets = new Set<string>();
    for (const [policy, seed] of [['passive', 1], ['manipulator', 1], ['manipulator', 2], ['broker', 3], ['broker', 4], ['formulator', 1]] as const) {
      const qs = debrief(play(policy, seed)).application.questions;
      expect(qs.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
      expect(qs.length).toBeLessThanOrEqual(MAX_QUESTIONS);
      expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
      for (const q of qs) expect(q.facts.length).toBeGreaterThan(0);
      sets.add(qs.map((q) => q.id).join(','));
    }
    expect(sets.size).toBeGreaterThan(3);
  });
});

describe('purity', () => {
  it('reads the game without changing it, and the same game gives the same debrief', () => {
    const g = play('random', 2);
    const copy = structuredClone(g.state);
    const frozen = deepFreeze(structuredClone(g.state));
    const a = buildDebrief(muscat, frozen);
    const b = buildDebrief(muscat, copy);
    expect(a).toEqual(b);
    expect(copy).toEqual(g.state);
  });
});

describe('a walk-out', () => {
  it('is blamed on the side that walked out, with the moves that used up its patience', () => {
    // A mediator who keeps widening the agenda (narrowing it first when it is as wide as it goes,
    // to widen it again) and lecturing Tehran on the stalemate. Tehran here tolerates no more
    // than a nuclear-only text (scope 40): every widening then costs it patience, and it walks
    // out before the climb that such a mediator also provokes reaches the top.
    const strict = structuredClone(muscat);
    strict.delegations[1]!.patience.scopeTolerance = { min: 0, max: 40 };
    const actor = startGame(strict, settingsFor(7));
    const over = () => actor.getSnapshot().status === 'done';
    const scope = () => actor.getSnapshot().context.scope;
    const widened = () => {
      const before = scope();
      return sendEvent(actor, { type: 'PROPOSE_AGENDA', move: 'widen' }) && !over() && scope() > before;
    };
    sendEvent(actor, { type: 'BEGIN' });
    for (let round = 0; round < muscat.rounds.length && !over(); round++) {
      sendEvent(actor, { type: 'WALK', to: 'iran' });
      if (scope() >= 100) sendEvent(actor, { type: 'PROPOSE_AGENDA', move: 'narrow' });
      while (!over() && widened());
      while (!over() && sendEvent(actor, { type: 'PAINT_STALEMATE' }));
      if (!over()) sendEvent(actor, { type: 'RECESS' });
      if (!over()) sendEvent(actor, { type: 'CONTINUE' });
    }
    const state = actor.getSnapshot().context;
    actor.stop();
    expect(state.outcome).toMatchObject({ id: 'suspended', reason: { type: 'walkout', side: 1 } });
    const d = buildDebrief(strict, state);
    expect(d.description.blame.endedBy).toBe('Tehran');
    const walkout = d.application.questions.find((q) => q.id === 'walkout');
    expect(walkout?.text).toContain('Tehran walked out');
    expect(walkout?.facts[0]).toMatch(/You (proposed to Tehran to widen the agenda|painted the stalemate to Tehran)/);
    expect(d.application.questions.find((q) => q.id === 'scope')?.text).toContain('You widened the agenda');
    // The decisive move is the one that took Tehran's patience to nothing: one of the mediator's.
    const last = state.ledger.filter((e) => e.meter === 'patience' && e.side === 1 && e.to <= 0).at(-1)!;
    const decisive = d.analysis.turningPoints.find((t) => t.decisive);
    expect(decisive?.cause).toMatchObject({ step: last.step, source: last.cause.source, actor: 'the mediator' });
    expect(['PAINT_STALEMATE', 'PROPOSE_AGENDA']).toContain(decisive?.cause.source);
    expect(d.record.stalematePainted).toBeGreaterThan(3);
  });
});

describe('an interim deal', () => {
  it('is analysed on the text that was banked, even when the deadline banked it', () => {
    const g = findGame(['broker', 'manipulator'], (s) => s.outcome?.id === 'interim' && s.outcome.atDeadline === true);
    expect(g.state.banked).not.toBeNull();
    const d = debrief(g);
    expect(d.analysis.text.kind).toBe('banked');
    expect(d.analysis.text.verdict[0]).toContain(reasonText(c, g.state.outcome!.reason));
    expect(d.analysis.text.items.some((i) => i.option === null)).toBe(true);
  });
});

describe('the debrief’s sentences', () => {
  const g = findGame(['broker', 'passive'], (s) => s.ledger.some((e) => e.meter === 'pressure' && e.to > e.from) && s.ledger.some((e) => e.meter === 'reservation'));
  const d = debrief(g);

  it('quote a rung’s name inside a sentence, and lower a leading "The" of an actor mid-sentence', () => {
    expect(d.description.blame.verdict).toMatch(/^Pressure (climbed from “[^”]+” to “[^”]+”|never rose above “[^”]+”)/);
    expect(d.description.blame.verdict).toMatch(/ended at “[^”]+”\./);
    for (const s of d.analysis.sides) expect(s.reservation.text).not.toMatch(/, The /);
  });

  it('list each round’s news in date order, under a heading that keeps the scenario’s label apart from the count', () => {
    for (const r of d.description.timeline) expect(r.news.map((n) => n.date)).toEqual([...r.news.map((n) => n.date)].sort());
    expect(debriefMarkdown(d)).toMatch(/\n#### Round 1 — /);
  });
});
