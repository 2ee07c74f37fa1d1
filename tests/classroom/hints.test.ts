// The advisor's hints in the debrief: asked once per point of a line, taken when the next move
// was the one suggested (a revision that writes at least the items suggested counts), and shown
// in the page's data, the Markdown and the JSON; null when the game's hints were not given.
import { describe, expect, it } from 'vitest';
import { buildDebrief, countHints, debriefJson, debriefMarkdown, tookHint } from '../../src/classroom/index.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import { replay } from '../../src/replay/replay.ts';
import { settingsFor } from '../../src/machine/game.ts';
import { playGame } from '../../src/sim/play.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import type { Hint } from '../../src/replay/save-schema.ts';
import { shipped } from '../fixtures/shipped.ts';

const listen: GameEvent = { type: 'LISTEN' };
const soft: GameEvent = { type: 'RELAY', mode: 'softened' };
const edit: GameEvent = { type: 'EDIT_DRAFT', items: { enrichment: 'research', relief: null } };

describe('a hint taken', () => {
  it('is the same move next', () => {
    expect(tookHint(listen, { type: 'LISTEN' })).toBe(true);
    expect(tookHint(soft, { type: 'RELAY', mode: 'softened' })).toBe(true);
    expect(tookHint(soft, { type: 'RELAY', mode: 'faithful' })).toBe(false);
    expect(tookHint({ type: 'WALK', to: 'us' }, { type: 'WALK', to: 'iran' })).toBe(false);
    expect(tookHint(listen, undefined)).toBe(false);
  });

  it('for a revision of the draft, writes every item suggested as suggested (more is fine)', () => {
    expect(tookHint(edit, { type: 'EDIT_DRAFT', items: { relief: null, enrichment: 'research' } })).toBe(true);
    expect(tookHint(edit, { type: 'EDIT_DRAFT', items: { enrichment: 'research', relief: null, stockpile: 'diluted' } })).toBe(true);
    expect(tookHint(edit, { type: 'EDIT_DRAFT', items: { enrichment: 'research' } })).toBe(false);
    expect(tookHint(edit, { type: 'EDIT_DRAFT', items: { enrichment: 'zero', relief: null } })).toBe(false);
  });
});

describe('hints counted', () => {
  const events: GameEvent[] = [{ type: 'BEGIN' }, { type: 'WALK', to: 'iran' }, { type: 'LISTEN' }, { type: 'RELAY', mode: 'faithful' }, edit];
  const hint = (step: number, event: GameEvent, line = 'main'): Hint => ({ line, step, event });

  it('asked once per step of the line, taken when the next move matches', () => {
    const hints = [hint(1, { type: 'WALK', to: 'iran' }), hint(2, listen), hint(2, listen), hint(3, soft), hint(4, { type: 'EDIT_DRAFT', items: { enrichment: 'research' } })];
    expect(countHints(hints, 'main', events)).toEqual({ asked: 4, taken: 3 });
  });

  it('counts only the line debriefed, and a hint at the end (no move after) as not taken', () => {
    const hints = [hint(2, listen, 'b1'), hint(5, listen), hint(2, listen)];
    expect(countHints(hints, 'main', events)).toEqual({ asked: 2, taken: 1 });
    expect(countHints(hints, 'b1', events)).toEqual({ asked: 1, taken: 1 });
    expect(countHints([], 'main', events)).toEqual({ asked: 0, taken: 0 });
  });
});

describe('hints in the debrief', () => {
  const r = shipped('muscat-2026');
  const events = playGame(r.scenario, policyByName('broker')!, 12).events;
  const state = replay(r.scenario, settingsFor(12), events).snapshot.context;

  it('says how many were asked and taken, in the page’s data and both exports', () => {
    const d = buildDebrief(r.scenario, state, { asked: 3, taken: 2 });
    expect(d.hints).toEqual({ asked: 3, taken: 2 });
    expect(debriefMarkdown(d)).toContain('Hints from the seasoned mediator: 3 asked, 2 taken');
    expect(JSON.parse(debriefJson(d)).hints).toEqual({ asked: 3, taken: 2 });
    expect(debriefMarkdown(buildDebrief(r.scenario, state, { asked: 0, taken: 0 }))).toContain('none asked');
  });

  it('is null, and not in the Markdown, when the hints were not given', () => {
    const d = buildDebrief(r.scenario, state);
    expect(d.hints).toBeNull();
    expect(debriefMarkdown(d)).not.toContain('Hints from the seasoned mediator');
  });
});
