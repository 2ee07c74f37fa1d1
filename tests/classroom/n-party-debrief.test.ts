// The debrief, its exports, its page and the class comparison with three and four delegations:
// every per-delegation figure is given for every delegation (named where it is given), nothing
// reads "undefined" or "NaN", and with two delegations the pages still draw the plane chart.
// Games are the n-party fixtures played headless by the built-in mediators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDebrief, debriefJson, debriefMarkdown } from '../../src/classroom/index.ts';
import { compareClass, type ClassFile } from '../../src/classroom/compare-class.ts';
import type { Debrief } from '../../src/classroom/types.ts';
import type { GameState } from '../../src/model/types.ts';
import { createSave, type FoundScenario } from '../../src/replay/save.ts';
import { HIDDEN_SIDE_METERS, VISIBLE_SIDE_METERS } from '../../src/replay/index.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame, type PlayedGame } from '../../src/sim/play.ts';
import { nPartyInput } from '../fixtures/n-party.ts';
import { glossaryEntry, glossaryFor } from '../../src/classroom/glossary.ts';
import { debrief as twoPartyDebrief, findGame as findTwoParty, muscat as twoParty } from './helpers.ts';

const COUNTS = [3, 4] as const;
const SHORT = ['Northland', 'Southland', 'Eastland', 'Westland'];
const NAMES = ['north delegation', 'south delegation', 'east delegation', 'west delegation'];

interface Loaded {
  scenario: Scenario;
  hash: string;
}

const loaded = new Map<number, Loaded>();
function fixture(count: 3 | 4): Loaded {
  let l = loaded.get(count);
  if (!l) {
    const r = loadScenarioValue(nPartyInput(count));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    loaded.set(count, (l = { scenario: r.scenario, hash: r.hash }));
  }
  return l;
}

interface Game {
  label: string;
  played: PlayedGame;
  state: GameState;
  debrief: Debrief;
}

const games = new Map<string, Game>();
function game(count: 3 | 4, policy: string, seed: number): Game {
  const key = `${count}:${policy}:${seed}`;
  let g = games.get(key);
  if (!g) {
    const { scenario } = fixture(count);
    const played = playGame(scenario, policyByName(policy)!, seed);
    const state = played.snapshot.context;
    g = { label: `${count} delegations, ${policy}, seed ${seed} (${state.outcome?.id})`, played, state, debrief: buildDebrief(scenario, state) };
    games.set(key, g);
  }
  return g;
}

/** The first game of these policies (seeds 1 to 12) whose debrief has the property. */
function findGame(count: 3 | 4, policies: readonly string[], test: (g: Game) => boolean): Game {
  for (let seed = 1; seed <= 12; seed++) {
    for (const policy of policies) {
      const g = game(count, policy, seed);
      if (test(g)) return g;
    }
  }
  throw new Error(`no game of ${count} delegations in seeds 1..12 of ${policies.join(', ')} has the property`);
}

/** A spread of outcomes: agreements, strikes, collapses, walkouts and stalls. */
const SAMPLE: readonly [string, number][] = [
  ['broker', 1],
  ['broker', 2],
  ['formulator', 1],
  ['passive', 1],
  ['manipulator', 1],
  ['random', 1],
  ['random', 3],
];

const worth = (name: string) => new RegExp(`^The text was worth \\d+(\\.\\d+)? to ${name}, `);
/** A Markdown table's row: its cells, the pipes escaped in none of the fixture's words. */
const cells = (line: string) => line.replace(/^\| | \|$/g, '').split(' | ');
const rowOf = (md: string, head: string) => md.split('\n').find((l) => l.startsWith(`| ${head} |`));

describe.each(COUNTS)('the debrief of a game of %i delegations', (count) => {
  const short = SHORT.slice(0, count);
  const names = NAMES.slice(0, count);

  it('names every delegation, in order, and reveals what each hid', () => {
    for (const [policy, seed] of SAMPLE) {
      const { debrief: d, label } = game(count, policy, seed);
      expect(d.sides.map((s) => s.shortName), label).toEqual(short);
      expect(d.sides.map((s) => s.index), label).toEqual(short.map((_, i) => i));
      expect(d.analysis.sides.map((s) => s.side.shortName), label).toEqual(short);
      for (const s of d.analysis.sides) {
        expect(s.weights.length, label).toBeGreaterThan(0);
        expect(s.reservation.text, label).toContain(s.side.shortName);
        expect(s.ripeness.text, label).toContain(s.side.shortName);
      }
    }
  });

  it('figures the final text for every delegation: worth, fallback, what home needs, surplus, the Nash point', () => {
    for (const [policy, seed] of SAMPLE) {
      const { debrief: d, label } = game(count, policy, seed);
      const t = d.analysis.text;
      for (const values of [t.utilities, t.reservations, t.floors, t.surplus, ...(t.nash ? [t.nash] : [])]) {
        expect(values, label).toHaveLength(count);
        for (const v of values) expect(Number.isFinite(v), label).toBe(true);
      }
      // One sentence on the text's worth to each delegation, and the Nash point's worth to each.
      for (const name of short) expect(t.verdict.filter((v) => worth(name).test(v)), `${label}: ${name}`).toHaveLength(1);
      if (t.nash) {
        const nash = t.verdict.find((v) => v.startsWith('The Nash bargaining point'))!;
        for (const name of short) expect(nash, label).toMatch(new RegExp(`[\\d.]+ to ${name}[,;: ]`));
        expect(nash, label).toContain("every side's gains");
      } else {
        expect(t.verdict, label).toContain('No text on the Pareto frontier beat every fallback at the end: there was no zone of agreement left.');
      }
      if (t.better) expect(t.better.utilities, label).toHaveLength(count);
      if (t.ratification) expect(t.ratification.map((r) => r.side), label).toEqual(short.map((_, i) => i));
    }
  });

  it('charts the bargaining in every delegation\'s values: axes, frontier, fallbacks and every opening', () => {
    for (const [policy, seed] of SAMPLE) {
      const { debrief: d, label } = game(count, policy, seed);
      const b = d.analysis.bargaining;
      expect(b.axes, label).toEqual(short.map((s) => `Worth to ${s}`));
      expect(b.frontier.length, label).toBeGreaterThan(1);
      for (const p of b.frontier) expect(p, label).toHaveLength(count);
      expect(b.text, label).toHaveLength(count);
      expect(b.fallbacks, label).toHaveLength(count);
      expect(b.openings, label).toHaveLength(count);
      for (const [s, o] of b.openings.entries()) {
        expect(o, label).toHaveLength(count);
        // Each opening is worth the most to the delegation that made it.
        expect(Math.max(...o), label).toBe(o[s]);
      }
    }
  });

  it('charts every meter a delegation has for every delegation', () => {
    const { debrief: d, label } = game(count, 'broker', 1);
    for (const meter of [...VISIBLE_SIDE_METERS, ...HIDDEN_SIDE_METERS]) {
      const series = d.description.meters.series.filter((s) => s.meter === meter);
      expect(series.map((s) => s.side), `${label}: ${meter}`).toEqual(fixture(count).scenario.delegations.map((x) => x.id));
      expect(series, label).toHaveLength(count);
      for (const [i, s] of series.entries()) expect(s.label, label).toContain(`(${short[i]})`);
    }
  });

  it('exports Markdown and JSON with no hole in them, and a column or a row for every delegation', () => {
    for (const [policy, seed] of SAMPLE) {
      const { debrief: d, label } = game(count, policy, seed);
      const md = debriefMarkdown(d);
      const json = debriefJson(d);
      for (const text of [md, json]) expect(text, label).not.toMatch(/undefined|NaN|\[object Object\]/);
      expect(JSON.parse(json).sides, label).toHaveLength(count);
      // The about line names every delegation.
      expect(md, label).toContain(`Delegations: ${names.slice(0, -1).join(', ')} and ${names.at(-1)}.`);
      // The value table: a column per delegation, every row full.
      expect(md, label).toContain(`|  | ${short.join(' | ')} |`);
      for (const row of ['Worth of the text', 'Fallback (no deal)', 'Needed to pass at home', 'Surplus over the fallback', 'Nash bargaining point']) {
        expect(cells(rowOf(md, row)!), `${label}: ${row}`).toHaveLength(count + 1);
      }
      // The chart's points: an axis per delegation, and every delegation's opening.
      expect(md, label).toContain(`| Point | ${short.map((s) => `Worth to ${s}`).join(' | ')} |`);
      for (const s of short) expect(cells(rowOf(md, `${s}'s opening`)!), `${label}: ${s}`).toHaveLength(count + 1);
      for (const row of ['The text', 'Fallbacks']) expect(cells(rowOf(md, row)!), label).toHaveLength(count + 1);
      // Each delegation's hidden preferences, and its meters.
      for (const [i, s] of short.entries()) {
        expect(md, label).toContain(`#### ${names[i]} (${s})`);
        expect(md, label).toContain(`| Patience (${s}) |`);
        expect(md, label).toContain(`| Fallback (value of no deal) (${s}) |`);
      }
    }
  });

  it('gives the ripeness of every delegation in the theory notes', () => {
    const g = findGame(count, ['broker', 'formulator'], (x) => x.debrief.analysis.theory.some((t) => t.id === 'ripeness'));
    const ripeness = g.debrief.analysis.theory.find((t) => t.id === 'ripeness')!;
    // "A went from x to y, B from x to y and C from x to y", every delegation in order.
    const from = (s: string) => `${s} from [\\d.]+ to [\\d.]+`;
    const middle = short.slice(1, -1).map((s) => `, ${from(s)}`).join('');
    expect(ripeness.why, g.label).toMatch(new RegExp(`Over the game, ripeness for ${short[0]} went from [\\d.]+ to [\\d.]+${middle} and ${from(short.at(-1)!)}\\.$`));
  });

  it('says who the mediator ended closest to and farthest from when trust diverged', () => {
    const g = findGame(count, ['manipulator', 'random'], (x) => x.debrief.analysis.theory.some((t) => t.facts.some((f) => f.startsWith('By the end you were'))));
    const fact = g.debrief.analysis.theory.flatMap((t) => t.facts).find((f) => f.startsWith('By the end you were'))!;
    const closeness = g.debrief.description.meters.series.filter((s) => s.meter === 'closeness').map((s) => s.points.at(-1)!);
    const nearest = closeness.lastIndexOf(Math.max(...closeness));
    const farthest = closeness.indexOf(Math.min(...closeness));
    expect(fact, g.label).toMatch(new RegExp(`^By the end you were closest to ${short[nearest]} \\(closeness [\\d.]+\\) and farthest from ${short[farthest]} \\([\\d.]+\\)\\.$`));
  });

  it('asks about trust with every delegation\'s credibility when the channel collapsed', () => {
    const g = findGame(count, ['manipulator'], (x) => x.state.outcome?.id === 'collapse');
    const trust = g.debrief.application.questions.find((q) => q.id === 'trust')!;
    expect(trust.facts, g.label).toEqual(short.map((s) => expect.stringMatching(new RegExp(`^${s}'s credibility: [\\d.]+ → [\\d.]+\\.$`))));
  });
});

describe('the theory of a war of three delegations', () => {
  it('gives the Nash point and the fallbacks per delegation, and the cues heard from each', () => {
    const g = findGame(3, ['passive', 'random'], (x) => x.debrief.analysis.theory.some((t) => t.id === 'bargaining-war'));
    const war = g.debrief.analysis.theory.find((t) => t.id === 'bargaining-war')!;
    const heard = war.facts.find((f) => f.startsWith('Private information'))!;
    expect(heard, g.label).toMatch(/you had heard \d+ of 3 priority cues from Northland, \d+ of 3 from Southland and \d+ of 3 from Eastland\.$/);
    const t = g.debrief.analysis.text;
    if (t.nash) {
      const nash = war.facts.find((f) => f.startsWith('A text every side preferred'))!;
      expect(nash, g.label).toMatch(/worth [\d.]+ \/ [\d.]+ \/ [\d.]+ against fallbacks of [\d.]+ \/ [\d.]+ \/ [\d.]+\.$/);
    }
  });

  it('says three delegations never met when the shuttle carried a deal', () => {
    const g = findGame(3, ['broker'], (x) => x.debrief.analysis.theory.some((t) => t.id === 'shuttle'));
    expect(g.debrief.analysis.theory.find((t) => t.id === 'shuttle')!.why, g.label).toContain('Here the three delegations never met');
  });
});

describe('the glossary for a game of more than two delegations', () => {
  it('speaks of every delegation where the general entries speak of two', () => {
    const many = glossaryFor(fixture(3).scenario);
    expect(glossaryEntry('shuttle-diplomacy', many)!.inGame).toBe('The whole game: you walk between the delegations’ rooms.');
    expect(glossaryEntry('zopa', many)!.inGame).toContain('above every fallback');
    expect(glossaryEntry('framework', many)!.definition).toMatch(/^A framework: every side accepts one text/);
    // Two keep the entries as they are.
    expect(glossaryEntry('shuttle-diplomacy', glossaryFor(twoParty))!.inGame).toBe('The whole game: you walk between the two rooms.');
  });
});

describe.each(COUNTS)('the class comparison of games of %i delegations', (count) => {
  const short = SHORT.slice(0, count);

  it('gives every game\'s standing for every delegation', () => {
    const { scenario, hash } = fixture(count);
    const lookup = (id: string, h: string): FoundScenario => (id === scenario.id && h === hash ? { scenario, hash } : { missing: 'id' });
    const files: ClassFile[] = SAMPLE.slice(0, 4).map(([policy, seed]) => {
      const g = game(count, policy, seed);
      return { fileName: `${policy}-${seed}.json`, text: JSON.stringify(createSave(scenario, hash, g.state.settings, g.played.events)) };
    });
    const r = compareClass(files, lookup);
    expect(r.bad).toBe(0);
    expect(r.games).toBe(files.length);
    for (const row of r.rows) {
      expect(row.status, row.fileName).toBe('ok');
      expect(row.standing.map((s) => s.side), row.fileName).toEqual(short);
      for (const s of row.standing) for (const v of [s.value, s.fallback]) expect(Number.isFinite(v), row.fileName).toBe(true);
    }
    expect(JSON.stringify(r)).not.toMatch(/undefined|NaN/);
  });
});

// ---- The pages, drawn on a small stand-in for the DOM (only what src/game/dom/el.ts calls) ----

class FakeNode {
  childNodes: FakeNode[] = [];
  constructor(
    readonly nodeName: string,
    private data = '',
  ) {}
  appendChild(node: FakeNode): FakeNode {
    this.childNodes.push(node);
    return node;
  }
  replaceChildren(...nodes: FakeNode[]): void {
    this.childNodes = nodes;
  }
  get textContent(): string {
    return this.nodeName === '#text' ? this.data : this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(value: string) {
    if (this.nodeName === '#text') this.data = value;
    else this.childNodes = value ? [new FakeNode('#text', value)] : [];
  }
}

class FakeElement extends FakeNode {
  className = '';
  id = '';
  readonly attributes = new Map<string, string>();
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  addEventListener(): void {}
  get elements(): FakeElement[] {
    return this.childNodes.filter((c): c is FakeElement => c instanceof FakeElement);
  }
  /** Every element below this one (depth first) that passes the test. */
  findAll(test: (e: FakeElement) => boolean): FakeElement[] {
    return this.elements.flatMap((e) => [...(test(e) ? [e] : []), ...e.findAll(test)]);
  }
  find(test: (e: FakeElement) => boolean): FakeElement {
    const found = this.findAll(test)[0];
    if (!found) throw new Error('no such element');
    return found;
  }
}

const fakeDocument = {
  createElement: (tag: string) => new FakeElement(tag),
  createElementNS: (_ns: string, tag: string) => new FakeElement(tag),
  createTextNode: (text: string) => new FakeNode('#text', text),
};

const host = globalThis as unknown as { document?: unknown };
let before: unknown;
beforeAll(() => {
  before = host.document;
  host.document = fakeDocument;
});
// The core's test files share a worker: leave its globals as they were.
afterAll(() => {
  if (before === undefined) delete host.document;
  else host.document = before;
});

/** The page's nodes under one root. */
async function page(d: Debrief): Promise<FakeElement> {
  const { debriefView } = await import('../../src/game/pages/debrief-view.ts');
  const root = new FakeElement('main');
  for (const node of debriefView(d)) root.appendChild(node as unknown as FakeNode);
  return root;
}

/** HTML elements take their class as a property, SVG ones as an attribute (el.ts). */
const byClass = (name: string) => (e: FakeElement) => `${e.className} ${e.getAttribute('class') ?? ''}`.split(' ').includes(name);
const tableCaptioned = (caption: string) => (e: FakeElement) => e.nodeName === 'table' && e.elements[0]?.textContent === caption;
const rowsOf = (table: FakeElement) => table.findAll((e) => e.nodeName === 'tr').map((tr) => tr.elements.map((c) => c.textContent));

describe.each(COUNTS)('the debrief page with %i delegations', (count) => {
  const short = SHORT.slice(0, count);

  it('gives every delegation a column of the value table and a row of the chart\'s points', async () => {
    const { debrief: d, label } = game(count, 'broker', 1);
    const root = await page(d);
    expect(root.textContent, label).not.toMatch(/undefined|NaN/);
    const values = root.find(tableCaptioned('Each side’s value of the text (0–100, in its own terms)'));
    const rows = rowsOf(values);
    expect(rows[0], label).toEqual(['', ...short]);
    for (const row of rows) expect(row, label).toHaveLength(count + 1);
    const figure = root.find(byClass('bargaining-figure'));
    const points = rowsOf(figure.find((e) => e.nodeName === 'table'));
    expect(points[0], label).toEqual(['Point', ...short.map((s) => `Worth to ${s}`)]);
    for (const s of short) expect(points.some((r) => r[0] === `${s}’s opening` && r.length === count + 1), `${label}: ${s}`).toBe(true);
    // One line per delegation in the chart, each named.
    const lines = figure.findAll(byClass('delegation-line'));
    expect(lines.map((l) => l.elements[0]!.textContent), label).toEqual(short);
    for (const l of lines) expect(l.findAll(byClass('opening')), label).toHaveLength(count);
  });

  it('draws a line per delegation in each meter\'s chart, each in the legend', async () => {
    const { debrief: d, label } = game(count, 'broker', 1);
    const root = await page(d);
    const figures = root.findAll(byClass('meter-figure'));
    const patience = figures.find((f) => f.elements[0]!.textContent.startsWith('Patience'))!;
    expect(patience.findAll(byClass('series')), label).toHaveLength(count);
    const keys = patience.find(byClass('legend')).elements.map((k) => k.textContent);
    expect(keys, label).toEqual(short.map((s, i) => expect.stringMatching(new RegExp(`^${['—— solid', '- - dashed', '· · dotted', '-·- dash-dotted'][i]}: ${s}$`))));
  });

  it('shows every delegation\'s standing in the class comparison', async () => {
    const { classView } = await import('../../src/game/pages/class-view.ts');
    const { scenario, hash } = fixture(count);
    const g = game(count, 'broker', 1);
    const lookup = (id: string, h: string): FoundScenario => (id === scenario.id && h === hash ? { scenario, hash } : { missing: 'id' });
    const r = compareClass([{ fileName: 'a.json', text: JSON.stringify(createSave(scenario, hash, g.state.settings, g.played.events)) }], lookup);
    const root = new FakeElement('main');
    for (const node of classView(r)) root.appendChild(node as unknown as FakeNode);
    const table = root.find(byClass('class-table'));
    const standing = rowsOf(table)[1]![4]!;
    expect(standing.split('; ').map((s) => s.replace(/ .*/, ''))).toEqual(short);
  });
});

describe('the debrief page with two delegations', () => {
  it('still draws the frontier in the plane, the first delegation across and the second up', async () => {
    const g = findTwoParty(['broker'], (s) => s.outcome?.id === 'framework');
    const root = await page(twoPartyDebrief(g));
    const figure = root.find(byClass('bargaining-figure'));
    expect(figure.findAll(byClass('front'))).toHaveLength(1);
    expect(figure.findAll(byClass('delegation-line'))).toHaveLength(0);
    expect(rowsOf(figure.find((e) => e.nodeName === 'table')).every((r) => r.length === 3)).toBe(true);
  });
});
