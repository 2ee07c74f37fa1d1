// The shipped scenarios as a teacher will check them: every real quote has its source, every
// source says what kind it is, and the facts once found wrong stay corrected (each with a source
// of the right kind). Both sides' cases read in their own terms, and a memoir reads as one side's.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { SOURCE_KINDS } from '../../src/scenario/source-kinds.ts';

function read(file: string): { text: string; raw: { sources: Record<string, unknown>[] }; scenario: Scenario } {
  const text = readFileSync(`scenarios/${file}`, 'utf8');
  const r = loadScenarioText(text, file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return { text, raw: parse(text) as { sources: Record<string, unknown>[] }, scenario: r.scenario };
}

const muscat = read('muscat-2026.yaml');
const campDavid = read('camp-david-1978.yaml');

/** Every line of prose a player can read: the file without its comments, as one string. */
const prose = (s: Scenario) => JSON.stringify(s);
const source = (s: Scenario, id: string) => {
  const found = s.sources.find((x) => x.id === id);
  if (!found) throw new Error(`no source ${id}`);
  return found;
};

describe.each([
  ['muscat-2026.yaml', muscat],
  ['camp-david-1978.yaml', campDavid],
] as const)('%s', (_file, f) => {
  it('gives every line marked as a real quote a source from its own list', () => {
    const ids = new Set(f.scenario.sources.map((s) => s.id));
    const real = f.scenario.dialogue.filter((l) => !l.simulated);
    expect(real.length).toBeGreaterThan(0);
    for (const line of real) {
      expect(line.source, line.text).toBeDefined();
      expect(ids.has(line.source!), `${line.source}: ${line.text}`).toBe(true);
    }
  });

  it('names the account a memoir-sourced quote reports', () => {
    for (const line of f.scenario.dialogue.filter((l) => !l.simulated && l.source !== undefined)) {
      if (source(f.scenario, line.source!).kind === 'memoir') expect(line.text).toMatch(/account|memoir|wrote|recalled/);
    }
  });

  it('says, in the file itself, what kind every source is; a printed work without an address has its citation', () => {
    expect(f.raw.sources.length).toBe(f.scenario.sources.length);
    for (const s of f.raw.sources) {
      expect(SOURCE_KINDS, String(s.id)).toContain(s.kind);
      if (s.url === undefined) {
        expect(['book', 'memoir'], String(s.id)).toContain(s.kind);
        expect(typeof s.citation, String(s.id)).toBe('string');
      }
    }
  });

  it('titles no source "Time magazine on…" and marks Carter’s own account as a memoir', () => {
    for (const s of f.scenario.sources) {
      expect(s.title, s.id).not.toMatch(/^Time magazine on/i);
      if (s.url?.includes('content.time.com')) {
        expect(s.kind, s.id).toBe('memoir');
        expect(s.title, s.id).toMatch(/Carter's own account/);
      }
    }
  });
});

describe('Muscat, February 2026: corrected facts', () => {
  const s = muscat.scenario;

  it('counts the January protests as sourced: more than 100 cities, in all 31 provinces', () => {
    expect(muscat.text).not.toMatch(/200 cities/);
    expect(prose(s)).toMatch(/more than 100 cities, in all 31 provinces/);
    expect(source(s, 'protests-count').url).toMatch(/shafaq\.com\/en\/Middle-East\//);
    expect(s.issues.find((i) => i.id === 'human-rights')!.sources).toContain('protests-count');
  });

  it('dates Rubio’s remarks 4 February, before the first round, and marks the group names as a gloss', () => {
    const rubio = s.events.find((e) => e.id === 'rubio-agenda')!;
    expect(rubio.date).toBe('2026-02-04');
    expect(rubio.body).toMatch(/sponsorship of terrorist organizations across the region/);
    expect(rubio.body).toMatch(/range of their ballistic missiles/);
    expect(rubio.body).toMatch(/named no group \(Hezbollah, Hamas and the Houthis are this game's gloss\)/);
    expect(rubio.sources).toEqual(['rubio-remarks']);
    expect(muscat.text).not.toMatch(/2026-02-09/);
  });

  it('gives 440.9 kg as the IAEA’s estimate of 13 June 2025, before the strikes, from a wire service', () => {
    expect(prose(s)).not.toMatch(/440\.9 kg by September 2025/);
    expect(prose(s)).not.toMatch(/reported in September 2025 that it could no longer verify where 440\.9/);
    const stockpile = s.glossary!.find((t) => t.id === 'stockpile-60')!;
    expect(stockpile.definition).toMatch(/440\.9 kg on 13 June 2025, just before the strikes/);
    expect(stockpile.sources).toContain('iaea-june-estimate');
    expect(source(s, 'iaea-june-estimate').publisher).toMatch(/Reuters/);
  });

  it('attributes "guiding principles" and "significant progress" to whoever said them', () => {
    const principles = s.events.find((e) => e.id === 'guiding-principles')!;
    expect(principles.body).not.toMatch(/both sides/i);
    expect(principles.body).toMatch(/Araghchi/);
    expect(principles.body).toMatch(/serious efforts to define a number of guiding principles/);
    expect(principles.body).toMatch(/US official/);
    expect(principles.sources).toEqual(['guiding-principles', 'us-official-details']);
    const progress = s.events.find((e) => e.id === 'progress-reported')!;
    expect(progress.body).not.toMatch(/both sides/i);
    expect(progress.body).toMatch(/Oman's Foreign Minister, the mediator, speaks of "significant progress"/);
    expect(progress.body).toMatch(/"positive"/);
    expect(progress.body).toMatch(/still far apart/);
    for (const h of s.history.filter((x) => x.date === '2026-02-17' || x.date === '2026-02-26')) expect(h.body, h.date).not.toMatch(/the sides (agreed|reported)/);
  });

  it('drops the unsourced "over for now" quote: the phrase is the state broadcaster reporter’s, not Araghchi’s', () => {
    for (const line of s.dialogue.filter((l) => !l.simulated)) expect(line.text).not.toMatch(/over for now/i);
    expect(prose(s)).not.toMatch(/over for now/i);
    const consult = s.events.find((e) => e.id === 'capitals-consult')!;
    expect(consult.body).toMatch(/A reporter for Iranian state television said the talks had\s+ended "for now"/);
    expect(consult.sources).toContain('good-start');
  });

  it('gives every source an article, never a home page or an address cut off after its date', () => {
    for (const gone of ['https://indianexpress.com', 'https://wvtf.org/2026-02-26/', 'https://krdo.com/news/2026/03/01/', 'https://cnbc.com/2019/07/11/', 'https://thenationalnews.com/news/mena/2026/02/17/']) {
      expect(muscat.text).not.toContain(`"${gone}"`);
    }
  });

  it('states Iran’s compliance with the 2015 deal as the IAEA verified it, with the IAEA as the source', () => {
    const iran = s.delegations.find((d) => d.id === 'iran')!;
    expect(iran.publicCase.join(' ')).not.toMatch(/Tehran says it kept its side/);
    expect(iran.publicCase.join(' ')).toMatch(/Iran kept its side of the 2015 agreement: the IAEA verified its compliance/);
    expect(source(s, 'iaea-compliance').kind).toBe('official');
    expect(source(s, 'iaea-compliance').url).toMatch(/^https:\/\/www\.iaea\.org\/newscenter\//);
    expect(s.glossary!.find((t) => t.id === 'jcpoa')!.sources).toEqual(expect.arrayContaining(['iaea-compliance', 'compliance-after-withdrawal']));
  });

  it('presents Washington’s case as Washington’s view', () => {
    const us = s.delegations.find((d) => d.id === 'us')!.publicCase.join(' ');
    expect(us).toMatch(/in Washington's view is far beyond what any civil programme needs/);
    expect(us).not.toMatch(/60%, far beyond/);
    expect(us).toMatch(/Washington holds that/);
  });

  it('says Tehran’s opening is set harder than its public offers, as a game assumption, with sources', () => {
    const iran = s.delegations.find((d) => d.id === 'iran')!;
    const note = iran.publicCase.join(' ');
    expect(note).toMatch(/three to five years/);
    expect(note).toMatch(/regional enrichment consortium/);
    expect(note).toMatch(/dilution/);
    expect(note).toMatch(/game\s+assumption/);
    expect(s.issues.find((i) => i.id === 'enrichment')!.sources).toEqual(expect.arrayContaining(['us-demands-iran-offer', 'relief-gap']));
    // The hidden numbers are untouched: the opening is the hard one, as before.
    expect(iran.opening).toMatchObject({ enrichment: 'high', stockpile: 'keep', infrastructure: 'rebuild', duration: 'y5' });
  });

  it('tells the drone incident from both sides: a Shahed-129 on a routine mission, per Iranian media', () => {
    const drone = s.events.find((e) => e.id === 'drone-and-tanker')!;
    expect(drone.body).toMatch(/Shahed-139/);
    expect(drone.body).toMatch(/Iranian media[\s\S]*Shahed-129 on a routine and lawful/);
    expect(drone.sources).toEqual(expect.arrayContaining(['drone-iran-account', 'drone-shahed-129']));
    expect(s.history.find((h) => h.date === '2026-02-03')!.body).toMatch(/Shahed-129/);
  });
});

describe('Camp David, September 1978: corrected facts', () => {
  const s = campDavid.scenario;

  it('never says the two men "do not meet again": they did not negotiate face to face until the last day', () => {
    expect(campDavid.text).not.toMatch(/(do not|did not|never) meet again/);
    expect(campDavid.text).not.toMatch(/stop meeting/);
    expect(s.events.find((e) => e.id === 'face-to-face')!.body).toMatch(/do not negotiate face to face again\s+until the last day/);
    expect(s.debrief!.theory.shuttle!.text).toMatch(/did not negotiate face to face again until the last day/);
    expect(s.glossary!.find((t) => t.id === 'american-text')!.definition).toMatch(/did not negotiate face to face again until the last day/);
    expect(s.events.find((e) => e.id === 'gettysburg')!.body).toMatch(/together again for the day/);
  });

  it('has Carter propose the 1979 aid to Congress: nothing was "granted"', () => {
    expect(campDavid.text).not.toMatch(/granted/);
    expect(campDavid.text).not.toMatch(/announced \$4\.8/);
    const treaty = s.history.find((h) => h.date === '1979-03-26')!;
    expect(treaty.body).toMatch(/On 2 April 1979 Carter proposed to Congress \$4\.8 billion/);
    expect(treaty.body).toMatch(/\$800 million in grants/);
    expect(treaty.body).toMatch(/\$2\.2 billion in loans/);
    expect(source(s, 'aid-1979')).toMatchObject({ kind: 'official', date: '1979-04-02' });
    expect(source(s, 'aid-1979').url).toMatch(/Carter_Peace10/);
  });

  it('gives office titles: Aharon Barak was Attorney General of Israel', () => {
    const israel = s.delegations.find((d) => d.id === 'israel')!;
    expect(israel.members.find((m) => m.name === 'Aharon Barak')!.title).toMatch(/Attorney General of Israel/);
    expect(campDavid.text).not.toMatch(/Israeli jurist/);
    const titles = s.delegations.flatMap((d) => d.members.map((m) => m.title));
    for (const vague of ['Egyptian diplomat', 'Member of Sadat', 'Israeli legal adviser', 'Israeli military planner']) {
      expect(titles.some((t) => t.startsWith(vague)), vague).toBe(false);
    }
    expect(s.events.find((e) => e.id === 'lawyers-draft')!.sources).toEqual(expect.arrayContaining(['rosenne-obituary', 'barak-dictionary']));
  });

  it('hears Egypt in its own accounts: Kamel’s and Boutros-Ghali’s memoirs, marked as participants’ accounts', () => {
    const kamel = source(s, 'kamel-testimony');
    expect(kamel.kind).toBe('memoir');
    expect(kamel.citation).toMatch(/The Camp David Accords: A Testimony/);
    const ghali = source(s, 'boutros-ghali-road');
    expect(ghali.kind).toBe('memoir');
    expect(ghali.citation).toMatch(/Egypt's Road to Jerusalem/);
    const accounts = s.glossary!.find((t) => t.id === 'egyptian-accounts')!;
    expect(accounts.sources).toEqual(expect.arrayContaining(['kamel-testimony', 'boutros-ghali-road', 'eilts-kamel', 'tohamy-jps']));
    expect(accounts.definition).toMatch(/partisan/);
    const egypt = s.delegations.find((d) => d.id === 'egypt')!;
    expect(egypt.publicCase.join(' ')).toMatch(/In the Egyptian accounts/);
    expect(egypt.publicCase.join(' ')).toMatch(/memoirs are partisan/i);
  });
});
