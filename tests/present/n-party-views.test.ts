// The headless views with three and four delegations: the final text's analysis and its chart
// give a figure per delegation and name each one; a text better for every side is found over the
// frontier of as many dimensions as delegations; the vote at home, the agenda at home, the draft
// editor's rows and the words for who did what reach the third and the fourth delegation, and a
// trade in the record names its counterpart. With two, the words stay as they were.
import { describe, expect, it } from 'vitest';
import { mediatorView } from '../../src/machine/index.ts';
import { compile, paretoFrontierN, textStanding } from '../../src/model/index.ts';
import { blank } from '../../src/model/package.ts';
import type { GameState, TranscriptEntry } from '../../src/model/types.ts';
import { draftRows } from '../../src/present/views/draft.ts';
import { analyseOutcome, textLabel } from '../../src/present/views/outcome.ts';
import { ratificationSummary, type RatificationLine } from '../../src/present/views/ratification.ts';
import { scopeHome } from '../../src/present/views/scope-home.ts';
import { bargainingChart, textAnalysis } from '../../src/present/views/text-analysis.ts';
import { actorName, coercionOf } from '../../src/present/words/causes.ts';
import { actText, saidText } from '../../src/present/words/said.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { loadNParty } from '../fixtures/n-party.ts';
import { world } from '../model/helpers.ts';

const SHORT = ['Northland', 'Southland', 'Eastland', 'Westland'];

/** The same finished game with another text on the table (nothing agreed). */
function withText(state: GameState, draft: string): GameState {
  return { ...state, draft, banked: null, outcome: { id: 'suspended', reason: { type: 'noProgress' }, round: state.round }, ratification: null };
}

describe.each([3, 4] as const)('the final text with %i delegations', (count) => {
  const scenario = loadNParty(count);
  const c = compile(scenario);
  const short = SHORT.slice(0, count);
  const finished = playGame(scenario, policyByName('broker')!, 1).snapshot.context;

  it('finds a text better for every side over the whole frontier, and names what it was worth to each', () => {
    const open = withText(finished, blank(c.issueIds.length));
    const t = textAnalysis(c, open);
    expect(t.better).not.toBeNull();
    const better = t.better!.utilities;
    expect(better).toHaveLength(count);
    for (const s of c.sideIndices) expect(better[s]).toBeGreaterThan(t.utilities[s]!);
    // No frontier text gives every side more than the one chosen does (its smallest gain is the largest).
    const gain = (u: readonly number[]) => Math.min(...u.map((x, s) => x - t.utilities[s]!));
    const frontier = paretoFrontierN(c, c.sideIndices.map((s) => open.truth[s]!));
    for (const p of frontier) expect(gain(p.u)).toBeLessThanOrEqual(gain(better) + 0.001);
    const line = t.verdict.at(-1)!;
    expect(line).toMatch(new RegExp(`^Another text the draft could express was worth more to every side \\(${short.map((s) => `[\\d.]+ to ${s}`).join(', ')}\\): for example, one with `));
    // The Nash point's worth to each, and what the open text left on the table for each.
    const nash = t.verdict.find((v) => v.startsWith('The Nash bargaining point'))!;
    const list = (parts: string[]) => `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
    expect(nash).toMatch(new RegExp(`was worth ${list(short.map((s) => `[\\d.]+ to ${s}`))}: the text left value on the table, worth ${list(short.map((s) => `[\\d.]+ less to ${s}`))}\\.$`));
    expect(bargainingChart(c, open, t).better).toEqual(better);
  });

  it('charts the frontier in every delegation\'s values, best first for the first, with every opening', () => {
    const t = textAnalysis(c, finished);
    const chart = bargainingChart(c, finished, t);
    expect(chart.axes).toEqual(short.map((s) => `Worth to ${s}`));
    expect(chart.frontier.length).toBeGreaterThan(1);
    for (const p of chart.frontier) expect(p).toHaveLength(count);
    const firsts = chart.frontier.map((p) => p[0]!);
    expect(firsts).toEqual([...firsts].sort((a, b) => b - a));
    expect(chart.openings).toHaveLength(count);
    for (const o of chart.openings) expect(o).toHaveLength(count);
    // The Nash point is the core's, over every delegation.
    const standing = textStanding(c, finished);
    expect(t.nash).toEqual(standing.nash?.utilities ?? null);
    expect(t.nash).toHaveLength(count);
    expect(t.reservations).toHaveLength(count);
    expect(t.floors).toHaveLength(count);
    for (const s of short) expect(t.verdict.some((v) => v.startsWith(`The text was worth `) && v.includes(` to ${s}, `))).toBe(true);
  });

  it('does not say "both" of more than two delegations', () => {
    const g = [1, 2, 3, 4, 5, 6].map((seed) => playGame(scenario, policyByName('broker')!, seed).snapshot.context).find((s) => s.outcome?.id === 'framework');
    if (count === 3) {
      expect(g).toBeDefined();
      const a = analyseOutcome(c, g!)!;
      // What it means, not a second account of how it came: it passed at home before it was reached.
      expect(a.story).toBe('A framework agreement: the core issues are settled on paper, and the work of carrying it out begins.');
      expect(a.reason).toMatch(/passed at home\.$/);
      expect(a.text.verdict[0]).toBe(`Every side agreed draft ${g!.draftVersion}.`);
      expect(a.text.ratificationText).toBe('Every delegation accepted the text and every home ratified it.');
      // Each home's vote gives the text's worth as the rest of the analysis does (74.8, not 74.9).
      for (const r of a.text.ratification!) expect(r.worth).toBe(a.text.utilities[r.side]);
    }
    for (const v of textAnalysis(c, finished).verdict) expect(v).not.toMatch(/\bboth\b/i);
    expect(textLabel('banked', count)).toBe('The partial package every side accepted');
  });
});

describe('the vote at home, in one sentence', () => {
  const line = (side: number, passed: boolean): RatificationLine => ({ side, passed, worth: 0.5, fallback: 0.3, demand: 0.1, floor: 0.4, margin: 0.1, chance: 0.9, hardliners: 40, text: '' });
  const name = (s: number) => SHORT[s]!;

  it('says every delegation, or both of two', () => {
    expect(ratificationSummary([line(0, true), line(1, true), line(2, true)], name)).toBe('Every delegation accepted the text and every home ratified it.');
    expect(ratificationSummary([line(0, true), line(1, true), line(2, false)], name)).toBe('Every delegation had accepted the text, but it failed ratification in Eastland, so the talks ended without a deal.');
    expect(ratificationSummary([line(0, true), line(1, true)], name)).toBe('Both delegations accepted the text and both homes ratified it.');
    expect(ratificationSummary([line(0, true), line(1, false)], name)).toBe('Both delegations had accepted the text, but it failed ratification in Southland, so the talks ended without a deal.');
    expect(textLabel('banked')).toBe('The partial package both sides accepted');
  });
});

describe('the agenda at home with more than two delegations', () => {
  it('judges the scope by every delegation whose critics attack it', () => {
    const scenario = loadNParty(4, (input) => {
      for (const d of input.delegations) d.hardliners = { ...d.hardliners, perDayOutsideScope: 2 };
      // North sells 30 to 100, south 0 to 40 (the mini talks'); east 50 to 100, west 0 to 100.
      input.delegations[2]!.patience = { ...input.delegations[2]!.patience, scopeTolerance: { min: 50, max: 100 } };
    });
    const c = compile(scenario);
    expect(scopeHome(c, 20)).toEqual({ zone: null, outside: [0, 2] });
    expect(scopeHome(c, 70)).toEqual({ zone: null, outside: [1] });
  });
});

describe('the draft editor\'s rows with four delegations', () => {
  it('give what each delegation said of each issue', () => {
    const scenario = loadNParty(4);
    const game = playGame(scenario, policyByName('broker')!, 1);
    const view = mediatorView(scenario, game.snapshot);
    const rows = draftRows(view.c, view.state, undefined);
    for (const row of rows) {
      expect(row.sides).toHaveLength(4);
      for (const s of view.c.sideIndices) expect(row.sides[s]!.accepted).toBe(view.state.sides[s]!.accepted === view.state.draftVersion);
    }
  });
});

describe('who did it, with four delegations', () => {
  const scenario = loadNParty(4, (input) => {
    input.delegations[3]!.coercion = [{ id: 'blockade', name: 'Blockade', headline: 'West blockades the river', body: 'Boats stop at the border.', kind: 'coerce', rungs: 1, resolve: 0.5 }];
  });
  const c = compile(scenario);

  it('names the third and fourth delegations as actors', () => {
    expect(actorName(c, 'side:2')).toBe('Eastland');
    expect(actorName(c, 'side:3')).toBe('Westland');
    expect(actorName(c, 'person:3')).toBe('Westland (a person)');
    expect(actorName(c, 'side:1')).toBe('Southland');
  });

  it('finds a coercive move of the fourth delegation', () => {
    const found = coercionOf(c, 'coercion.blockade');
    expect(found?.side).toBe(3);
    expect(found?.move.name).toBe('Blockade');
    expect(coercionOf(c, 'coercion.blockade', 'side:3')?.side).toBe(3);
    expect(coercionOf(c, 'coercion.blockade', 'side:0')).toBeNull();
  });
});

describe('a trade the mediator proposed, in the record, with three delegations', () => {
  const c = compile(loadNParty(3));

  it('names the counterpart the trade was made with, not the first other delegation', () => {
    // North (0) gives on issue 0 if East (2) moves on issue 1: the record says East.
    const toEast = actText(c, { type: 'PROPOSE_TRADE', side: 0, trade: { give: 0, get: 1, with: 2 } }, 0);
    expect(toEast).toContain('Eastland on');
    expect(toEast).not.toContain('Southland');
    expect(actText(c, { type: 'PROPOSE_TRADE', side: 0, trade: { give: 0, get: 1, with: 1 } }, 0)).toContain('Southland on');
  });
});

describe('a message the mediator carried, in the record, with three delegations', () => {
  const c = compile(loadNParty(3));
  const offer = { kind: 'trade' as const, from: 2 as const, to: 0 as const, step: 5, give: [{ issue: 0, option: 1 }], want: [{ issue: 1, option: 2 }] };

  it('names the sender where what was carried shows it: an offer is its maker’s, the answer to one is its receiver’s', () => {
    expect(actText(c, { type: 'RELAY', side: 0, mode: 'faithful', carried: [{ type: 'offer', offer }] }, 0)).toBe('You carried Eastland’s message to Northland faithfully.');
    const answer = { ...offer, from: 0 as const, to: 2 as const };
    expect(actText(c, { type: 'RELAY', side: 0, mode: 'sharpened', carried: [{ type: 'tradeAccepted', offer: answer }] }, 0)).toBe('You carried Eastland’s message to Northland, sharpened.');
  });

  it('names no one it cannot know, rather than the first other delegation', () => {
    expect(actText(c, { type: 'RELAY', side: 2, mode: 'faithful', carried: [{ type: 'stated', issue: 0, option: 1 }] }, 0)).toBe('You carried a message to Eastland faithfully.');
    expect(actText(c, { type: 'RELAY', side: 2, mode: 'withheld', carried: [] }, 0)).toBe('You withheld a message from Eastland.');
  });

  it('with two delegations, names the other one as before', () => {
    const two = world().c;
    expect(actText(two, { type: 'RELAY', side: 1, mode: 'faithful', carried: [{ type: 'stated', issue: 0, option: 1 }] }, 0)).toBe('You carried Northland’s message to Southland faithfully.');
  });
});

describe('{other} in a line that answers one delegation, with three', () => {
  const c = compile(loadNParty(3, (input) => input.dialogue!.push({ situation: 'relayWarm', delegation: 'north', text: 'Tell {other} we heard it.' })));
  const line = c.scenario.dialogue.length - 1;
  const offer = { kind: 'trade' as const, from: 2 as const, to: 0 as const, step: 5, give: [{ issue: 0, option: 1 }], want: [{ issue: 1, option: 2 }] };
  const at = (step: number, speaker: TranscriptEntry['speaker'], said: TranscriptEntry['said']): TranscriptEntry => ({ step, round: 0, where: 0, speaker, said, simulated: true });
  const names = { names: 'names' as const };

  it('names the sender of the message just carried to the speaker', () => {
    const answer = at(7, 0, { kind: 'line', ref: { line } });
    const transcript = [at(6, 'mediator', { kind: 'act', act: { type: 'LISTEN', side: 0 } }), at(7, 'mediator', { kind: 'act', act: { type: 'RELAY', side: 0, mode: 'faithful', carried: [{ type: 'offer', offer }] } }), answer];
    expect(saidText(c, answer, names, transcript)).toBe('Tell Eastland we heard it.');
  });

  it('names the counterpart of the trade just put to the speaker, and the side its own new offer is made to', () => {
    const answer = at(7, 0, { kind: 'line', ref: { line } });
    const trade = [at(7, 'mediator', { kind: 'act', act: { type: 'PROPOSE_TRADE', side: 0, trade: { give: 0, get: 1, with: 1 } } }), answer];
    expect(saidText(c, answer, names, trade)).toBe('Tell Southland we heard it.');
    const own = [at(7, 'mediator', { kind: 'act', act: { type: 'LISTEN', side: 0 } }), answer, at(7, 0, { kind: 'reply', reply: { type: 'offer', offer: { ...offer, from: 0, to: 2 } } })];
    expect(saidText(c, answer, names, own)).toBe('Tell Eastland we heard it.');
  });

  it('names every other delegation where the step shows none, or without the transcript', () => {
    const answer = at(7, 0, { kind: 'line', ref: { line } });
    const unknown = [at(7, 'mediator', { kind: 'act', act: { type: 'RELAY', side: 0, mode: 'faithful', carried: [{ type: 'stated', issue: 0, option: 1 }] } }), answer];
    expect(saidText(c, answer, names, unknown)).toBe('Tell Southland and Eastland we heard it.');
    // The act of an earlier step is not this line's.
    const earlier = [at(6, 'mediator', { kind: 'act', act: { type: 'PROPOSE_TRADE', side: 0, trade: { give: 0, get: 1, with: 2 } } }), answer];
    expect(saidText(c, answer, names, earlier)).toBe('Tell Southland and Eastland we heard it.');
    expect(saidText(c, answer, names)).toBe('Tell Southland and Eastland we heard it.');
  });
});
