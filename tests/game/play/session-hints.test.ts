// The hints a player asks in the browser: recorded once per point of the line being played,
// written into the game's save only when there are any, and back in the game when it resumes;
// the debrief counts the ones the next move took.
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../../src/machine/game.ts';
import type { GameEvent } from '../../../src/machine/events.ts';
import { parseSave } from '../../../src/replay/save.ts';
import { countHints } from '../../../src/classroom/hints.ts';
import { GameSession } from '../../../src/game/play/session.ts';
import { saveFileOf } from '../../../src/game/play/autosave.ts';
import { shipped } from '../../fixtures/shipped.ts';

const loaded = shipped('muscat-2026');

describe('hints in a game played in the browser', () => {
  const settings = settingsFor(9);
  const start: GameEvent[] = [{ type: 'BEGIN' }, { type: 'WALK', to: 'iran' }];

  it('are recorded once per step of the line, saved, and back when the game resumes', () => {
    const session = new GameSession({ scenario: loaded.scenario, hash: loaded.hash, settings, events: start });
    expect('hints' in saveFileOf(session)).toBe(false);
    session.noteHint({ type: 'LISTEN' });
    session.noteHint({ type: 'LISTEN' });
    expect(session.send({ type: 'LISTEN' })).toBe(true);
    session.noteHint({ type: 'RELAY', mode: 'softened' });
    expect(session.send({ type: 'WALK', to: 'majlis' })).toBe(true);
    expect(session.hints).toEqual([
      { line: 'main', step: 2, event: { type: 'LISTEN' } },
      { line: 'main', step: 3, event: { type: 'RELAY', mode: 'softened' } },
    ]);

    const parsed = parseSave(JSON.stringify(saveFileOf(session)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.save.hints).toEqual(session.hints);
    expect(countHints(parsed.save.hints ?? [], 'main', parsed.save.events)).toEqual({ asked: 2, taken: 1 });

    const resumed = new GameSession({ scenario: loaded.scenario, hash: loaded.hash, settings, events: parsed.save.events, hints: parsed.save.hints });
    expect(resumed.hints).toEqual(session.hints);
    session.stop();
    resumed.stop();
  });

  it('on a branch, are kept with the branch, and dropped with it when it is gone', () => {
    const tree = { line: 'b1', main: start, branches: [{ id: 'b1', name: 'Branch 1', parent: 'main', at: 2, events: [] }] };
    const session = new GameSession({ scenario: loaded.scenario, hash: loaded.hash, settings, events: start, tree });
    session.noteHint({ type: 'LISTEN' });
    expect(saveFileOf(session).hints).toEqual([{ line: 'b1', step: 2, event: { type: 'LISTEN' } }]);
    session.tree = { ...session.tree, line: 'main', branches: [] };
    expect('hints' in saveFileOf(session)).toBe(false);
    session.stop();
  });
});
