// The theory is general; what a real case adds to it (a ratification law, a vote, a treaty
// withdrawn) is the scenario's `debrief.theory` note, appended when that theory fits the game.
import { describe, expect, it } from 'vitest';
import { caseNote, THEORY } from '../../src/classroom/theory.ts';
import { compile } from '../../src/model/compile.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadMini } from '../fixtures/mini.ts';
import { buildDebrief } from '../../src/classroom/debrief.ts';
import type { GameState } from '../../src/model/types.ts';
import { debrief, findGame, muscat } from './helpers.ts';
import { shipped } from '../fixtures/shipped.ts';

const campDavid: Scenario = shipped('camp-david-1978').scenario;

describe('a scenario’s notes on the theory', () => {
  it('are text with the titles of their sources; a scenario without notes adds nothing', () => {
    const note = caseNote(compile(campDavid), 'two-level');
    expect(note).toContain('Knesset');
    expect(note).toMatch(/\(Sources: .+\.\)$/);
    for (const id of campDavid.debrief!.theory['two-level']!.sources) expect(note).toContain(campDavid.sources.find((s) => s.id === id)!.title);
    for (const t of THEORY) expect(caseNote(compile(loadMini()), t.id)).toBe('');
    // A note without sources is its text alone.
    expect(caseNote(compile(muscat), 'two-level')).toBe(muscat.debrief!.theory['two-level']!.text);
  });

  it('keep the general theory free of any case', () => {
    for (const t of THEORY) expect(`${t.idea} ${t.citation}`).not.toMatch(/Camp David|Muscat|Iran|Egypt–Israel|JCPOA/);
  });

  it('are added to a theory that fits: the ratification note in a Muscat game where hardliners mattered', () => {
    const g = findGame(['manipulator', 'broker', 'passive'], (s) => s.outcome !== null);
    const fits = debrief(g).analysis.theory;
    const note = muscat.debrief!.theory;
    for (const t of fits) {
      const own = note[t.id];
      if (own) expect(t.why.endsWith(own.text), t.id).toBe(true);
    }
    const twoLevel = findGame(['manipulator', 'broker', 'formulator'], (s) => debrief({ policy: '', seed: 0, state: s }).analysis.theory.some((t) => t.id === 'two-level'));
    expect(debrief(twoLevel).analysis.theory.find((t) => t.id === 'two-level')!.why).toContain('Nuclear Agreement Review Act');
  });

  it('are added in a Camp David game when the single text fits', () => {
    const g = findGame(['formulator', 'broker'], (s) => s.draftVersion >= 3, campDavid);
    const fisher = debrief(g, campDavid).analysis.theory.find((t) => t.id === 'single-text');
    expect(fisher?.why).toContain('23 drafts in 13 days');
    expect(fisher?.why).not.toContain('Muscat');
  });
});

describe('Fearon’s puzzle, in the scenario’s own words', () => {
  it('names the ending by force as the scenario does, not as a war where there was none', () => {
    const g = findGame(['formulator', 'broker', 'random'], (s) => s.outcome?.id === 'strike', campDavid);
    const fit = debrief(g, campDavid).analysis.theory.find((t) => t.id === 'bargaining-war')!;
    const ending = campDavid.labels.outcomes.strike!;
    expect(fit.why).toContain(`the talks ended in “${ending}”`);
    expect(fit.why).not.toContain('war came');
  });
});

describe('ripeness, when no deal came', () => {
  it('is not called one-sided when every side ripened before a yes of its own', () => {
    const fitOf = (state: GameState) => buildDebrief(campDavid, state).analysis.theory.find((t) => t.id === 'ripeness');
    // Each side's "Before it said yes…, its hurt had risen…" fact: it ripened before its yes.
    const ripenedBoth = (state: GameState) => state.outcome?.id !== 'framework' && state.outcome?.id !== 'interim' && (fitOf(state)?.facts.filter((x) => x.startsWith('Before ')).length ?? 0) === 2;
    const g = findGame(['formulator', 'broker', 'random'], ripenedBoth, campDavid);
    const why = fitOf(g.state)!.why;
    expect(why).toContain('said yes once its pain and its way out had grown, but not to the same text at the same time');
    expect(why).not.toContain('one-sided');
  });
});
