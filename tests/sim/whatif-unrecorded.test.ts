// The quick mediators never read the game's record, so the what-if explorer plays their
// continuations without writing it (readsNoRecord; Recording in model/context.ts). That must
// change nothing but the time: the same counts as continuations written in full, and the same
// states but for the ledger and the transcript.
import { describe, expect, it } from 'vitest';
import { compiledFor, settingsFor } from '../../src/machine/game.ts';
import { legalList } from '../../src/machine/legal.ts';
import { startPoint, transition, type Point } from '../../src/machine/transition.ts';
import { Rng, seedState } from '../../src/model/random.ts';
import type { GameState } from '../../src/model/types.ts';
import { stateHash } from '../../src/replay/replay.ts';
import { QUICK_POLICIES, policyByName, readsNoRecord } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { whatIf } from '../../src/sim/whatif.ts';
import { shipped } from '../fixtures/shipped.ts';

const muscat = shipped('muscat-2026').scenario;

const withoutRecord = (s: GameState) => stateHash({ ...s, ledger: [], transcript: [] });

describe('continuations left unrecorded', () => {
  it('are declared only by mediators that never read the record', () => {
    expect(QUICK_POLICIES.every(readsNoRecord)).toBe(true);
    expect(readsNoRecord(policyByName('planner')!)).toBe(false);
  });

  it('go exactly as recorded ones, event by event', () => {
    for (let g = 0; g < 6; g++) {
      const settings = settingsFor(60 + g);
      const c = compiledFor(muscat, settings);
      const rng = new Rng(seedState(g));
      let full: Point = startPoint(c, settings);
      let lean: Point = full;
      for (let i = 0; i < 300 && full.state.outcome === null; i++) {
        const legal = legalList({ c, phase: full.place === 'briefing' ? 'briefing' : full.place === 'interlude' ? 'interlude' : 'talks', state: full.state });
        const event = legal.length ? legal[rng.int(legal.length)]! : { type: 'RECESS' as const };
        const f = transition(c, full, event);
        const l = transition(c, lean, event, 'unrecorded');
        expect(l === null).toBe(f === null);
        if (!f || !l) continue;
        expect(l.place).toBe(f.place);
        expect(withoutRecord(l.state)).toBe(withoutRecord(f.state));
        expect(l.state.ledger).toHaveLength(0);
        full = f;
        lean = l;
      }
      expect(full.state.transcript.length).toBeGreaterThan(0);
    }
  });

  it('give the same counts as continuations written in full', () => {
    const events = playGame(muscat, policyByName('broker')!, 11).events;
    const recorded = QUICK_POLICIES.map((p) => ({ name: p.name, create: p.create }));
    for (const hidden of ['beliefs', 'truth'] as const) {
      const request = { scenario: muscat, settings: settingsFor(11), events, at: 14, runs: 60, hidden, runsPerDecision: 2 };
      expect(whatIf({ ...request, policies: QUICK_POLICIES })).toEqual(whatIf({ ...request, policies: recorded }));
    }
  });
});
