// Who did what, and which mediator plays: the state records codes and the policies keep only
// their names; the words are the catalogue's. A whole game's ledger and news hold no English of
// the game's own, and every code and every built-in policy has its words.
import { describe, expect, it } from 'vitest';
import { compiledFor, settingsFor } from '../../../src/machine/game.ts';
import type { Actor } from '../../../src/model/types.ts';
import { playGame } from '../../../src/sim/play.ts';
import { POLICIES, SCRIPTS, policyByName } from '../../../src/sim/policies/index.ts';
import { actorName } from '../../../src/present/words/causes.ts';
import { policyDescription, policyLabel } from '../../../src/present/words/policies.ts';
import { shipped } from '../../fixtures/shipped.ts';

const r = shipped('muscat-2026');
const scenario = r.scenario;

/** The codes the model writes (model/types.ts: Actor); a scenario's own words come after `scenario:`. */
const CODE = /^(mediator|teacher|hardliners|time|rest|discovery|chance|(side|person):[01]|pressure:\d+|scenario:.+)$/;

describe('who did it', () => {
  const game = playGame(scenario, policyByName('manipulator')!, 4, settingsFor(4));
  const state = game.snapshot.context;
  const c = compiledFor(scenario, state.settings);

  it('is a code in the ledger and the news, never words', () => {
    const actors = new Set<string>([...state.ledger.map((e) => e.cause.actor), ...state.news.map((n) => n.cause)]);
    expect(actors.size).toBeGreaterThan(2);
    for (const a of actors) expect(a).toMatch(CODE);
  });

  it('is named by the catalogue, the scenario’s own words kept as written', () => {
    const names: [Actor, string][] = [
      ['mediator', 'the mediator'],
      ['teacher', 'the teacher'],
      ['hardliners', 'the hardliners at home'],
      ['time', 'the passage of time'],
      ['chance', 'chance'],
      ['side:1', 'Tehran'],
      ['person:0', 'Washington (a person)'],
      ['scenario:Israeli officials', 'Israeli officials'],
    ];
    for (const [actor, words] of names) expect(actorName(c, actor)).toBe(words);
    expect(actorName(c, 'pressure:2')).toBe(`${scenario.labels.pressure.toLowerCase()} at rung 2 (${scenario.escalation.rungs[2]!.name})`);
    for (const a of new Set(state.ledger.map((e) => e.cause.actor))) expect(actorName(c, a)).not.toMatch(/^(side|person|pressure|scenario):|undefined/);
  });
});

describe('the mediators’ words', () => {
  it('every built-in mediator and script has a description in the catalogue, and a student’s module its name alone', () => {
    for (const p of [...POLICIES, ...SCRIPTS]) {
      expect(policyDescription(p.name), p.name).toMatch(/^[a-z]/);
      expect(policyLabel(p.name)).toBe(`${p.name}: ${policyDescription(p.name)}`);
    }
    expect(policyDescription('repeat:listen')).toBe('listens whenever it can');
    for (const name of ['courier', 'repeat:shout', 'toString', '__proto__']) {
      expect(policyDescription(name), name).toBeNull();
      expect(policyLabel(name)).toBe(name);
    }
  });

  it('are not in the policies: they keep their names only', () => {
    for (const p of [...POLICIES, ...SCRIPTS]) expect(Object.keys(p).sort()).toEqual(['create', 'name']);
  });
});
