// The viewer's timeline: one entry per step, labelled by round and a short action name, with
// the meters after it; and the game in progress saved with its branch tree.
import { describe, expect, it } from 'vitest';
import { compiledFor, settingsFor } from '../../../src/machine/game.ts';
import { addBranch, branchTree, lineEvents, MAIN } from '../../../src/replay/branches.ts';
import { statesAlong } from '../../../src/replay/compare.ts';
import { checkSave, createSave, parseSave } from '../../../src/replay/save.ts';
import { policyByName } from '../../../src/sim/policies/index.ts';
import { playGame } from '../../../src/sim/play.ts';
import { saveFileOf } from '../../../src/game/play/autosave.ts';
import { GameSession } from '../../../src/game/play/session.ts';
import { openSaveText, type ScenarioFinder } from '../../../src/game/replays/open-save.ts';
import { StepCache } from '../../../src/present/replays/step-cache.ts';
import { buildTimeline } from '../../../src/present/replays/timeline.ts';
import { moveShort, sceneOf } from '../../../src/present/words/moves.ts';
import type { GameEvent } from '../../../src/machine/events.ts';
import type { GameState } from '../../../src/model/types.ts';
import { shipped } from '../../fixtures/shipped.ts';

const actionName = (c: Parameters<typeof sceneOf>[0], e: GameEvent, s: GameState) => moveShort(e, sceneOf(c, s));

const { scenario, hash } = shipped('muscat-2026');
const seed = 21;
const settings = settingsFor(seed);
const c = compiledFor(scenario, settings);
const events = playGame(scenario, policyByName('broker')!, seed).events;

describe('timeline', () => {
  it('has the start and one labelled step per event, with the meters of that step', () => {
    const steps = buildTimeline(c, events, new StepCache(scenario, settings, events));
    const states = statesAlong(scenario, settings, events);
    expect(steps).toHaveLength(events.length + 1);
    expect(steps[0]!.label).toBe('The start');
    expect(steps[1]!.label).toBe('The talks open');
    steps.forEach((t, i) => {
      expect(t.step).toBe(i);
      expect(t.point.progress).toBe(states[i]!.progress);
      expect(t.point.pressure).toBe(states[i]!.pressure);
      if (i > 0) expect(t.round).toBe(states[i - 1]!.round);
      expect(t.label.length).toBeGreaterThan(3);
    });
    // Rounds never go back along a line.
    expect(steps.every((t, i) => i === 0 || t.round >= steps[i - 1]!.round)).toBe(true);
  });

  it('names actions by what they did where they were taken', () => {
    const start = statesAlong(scenario, settings, [])[0]!;
    const side1 = c.sides[1];
    expect(actionName(c, { type: 'WALK', to: side1.id }, start)).toBe(`Walk to ${scenario.delegations[1]!.shortName}’s room`);
    expect(actionName(c, { type: 'LISTEN' }, { ...start, location: 0 })).toBe(`Listen to ${scenario.delegations[0]!.shortName}`);
    expect(actionName(c, { type: 'RELAY', mode: 'softened' }, start)).toBe('Carry the message (softened)');
    expect(actionName(c, { type: 'ASK_CONCESSION', issue: scenario.issues[0]!.id }, start)).toBe(`Ask a concession: ${scenario.issues[0]!.name}`);
    expect(actionName(c, { type: 'RECESS' }, start)).toBe('Recess');
  });
});

describe('the game in progress with branches', () => {
  it('saves every line, the branch being played extended by the new moves', () => {
    const base = createSave(scenario, hash, settings, events);
    const { save, id } = addBranch(base, MAIN, 10, []);
    const session = new GameSession({ scenario, hash, settings, events: events.slice(0, 10), tree: { line: id, main: save.events, branches: save.branches } });
    const other = playGame(scenario, policyByName('passive')!, seed).events;
    // Play on in the branch with moves the machine takes there.
    let played = 0;
    for (const e of other.slice(10)) if (session.send(e)) played++;
    expect(played).toBeGreaterThan(0);
    const written = saveFileOf(session);
    expect(written.events).toEqual(events);
    expect(written.branches).toHaveLength(1);
    expect(lineEvents(written, id)).toEqual(session.events);
    expect(checkSave(written, scenario, hash).ok).toBe(true);
    const again = parseSave(JSON.stringify(written));
    expect(again.ok && branchTree(again.save, 'Main line').children.map((n) => [n.id, n.at, n.length])).toEqual([[id, 10, session.events.length]]);
    session.stop();
  });

  it('saves the main line as played when it is the line in play, keeping the branches', () => {
    const base = addBranch(createSave(scenario, hash, settings, events.slice(0, 12)), MAIN, 4, [{ type: 'RECESS' }]).save;
    const session = new GameSession({ scenario, hash, settings, events: base.events, tree: { line: MAIN, main: [], branches: base.branches } });
    session.send(events[12]!);
    const written = saveFileOf(session);
    expect(written.events).toEqual(events.slice(0, 13));
    expect(written.branches).toEqual(base.branches);
    session.stop();
  });
});

describe('opening a save file', () => {
  const finder: ScenarioFinder = { locate: async (id, h) => (id === scenario.id && h === hash ? { scenario, hash } : id === scenario.id ? { missing: 'version', available: hash } : { missing: 'id' }) };
  const good = addBranch(createSave(scenario, hash, settings, events), MAIN, 6, events.slice(6, 9)).save;

  it('opens a good save with its branches', async () => {
    const r = await openSaveText(finder, 'game.json', JSON.stringify(good));
    expect(r.ok && r.source.save.branches).toHaveLength(1);
    expect(r.ok && r.source.fileName).toBe('game.json');
  });

  it('says in one line what is wrong with a bad, truncated, tampered or foreign file', async () => {
    const text = JSON.stringify(good);
    const tampered = JSON.parse(text) as { events: { type: string }[] };
    const i = tampered.events.findIndex((e) => e.type === 'LISTEN');
    tampered.events.splice(i, 1);
    const cases: [string, RegExp][] = [
      ['not json at all', /: \(file\): not valid JSON: .* \(line 1, column 1\)\.$/],
      [text.slice(0, text.length / 2), /: \(file\): not valid JSON: .* \(line \d+, column \d+\)\.$/],
      [JSON.stringify(tampered), /leaves the recorded line|not a move the game allows/],
      [JSON.stringify({ ...good, scenario: { id: 'elsewhere', hash: '0123456789abcdef' } }), /not available here/],
      [JSON.stringify({ ...good, scenario: { id: scenario.id, hash: '0123456789abcdef' } }), /another version/],
      [JSON.stringify({ ...good, branches: [{ ...good.branches[0]!, events: [{ type: 'BEGIN' }] }] }), /^bad\.json cannot be opened: branches\[0\]\.events\[0\]: in the branch “[^”]+”, event 7 \(BEGIN\) is not a move the game allows/],
    ];
    for (const [t, expected] of cases) {
      const r = await openSaveText(finder, 'bad.json', t);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.why).toMatch(/^bad\.json cannot be opened: /);
        expect(r.why).toMatch(expected);
        expect(r.why).not.toContain('\n');
      }
    }
  });
});
