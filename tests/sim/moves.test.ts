// The command line names every kind of move in words, from the scenario's own names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiledFor, settingsFor, startGame } from '../../src/machine/game.ts';
import { moveWords } from '../../src/sim/cli/moves.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { candidateEvents } from '../../src/sim/legal.ts';

describe('moves in words', () => {
  it('names every candidate move with the scenario’s names, never as raw data', () => {
    const r = loadScenarioText(readFileSync('scenarios/camp-david-1978.yaml', 'utf8'), 'camp-david-1978.yaml');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const c = compiledFor(r.scenario, settingsFor(1));
    const issue = r.scenario.issues[0]!;
    const option = issue.options[0]!;
    expect(moveWords(c, { type: 'EDIT_DRAFT', items: { [issue.id]: option.id } })).toBe(`write into the draft: ${issue.name}: ${option.label}`);
    expect(moveWords(c, { type: 'EDIT_DRAFT', items: { [issue.id]: null } })).toBe(`write into the draft: ${issue.name}: open`);
    expect(moveWords(c, { type: 'WALK', to: r.scenario.delegations[1]!.id })).toBe(`walk to the ${r.scenario.delegations[1]!.shortName} room`);
    expect(moveWords(c, { type: 'ASK_CONCESSION', issue: issue.id })).toBe(`ask for a concession on ${issue.name}`);
    expect(moveWords(c, { type: 'RELAY', mode: 'softened' })).toBe('carry the message softened');
    expect(moveWords(c, { type: 'TEACHER_EXTEND', hours: 2 })).toBe('teacher extend');
    for (const type of ['WALK', 'LISTEN', 'RELAY', 'PRESENT_DRAFT', 'ASK_CONCESSION', 'EDIT_DRAFT', 'PROPOSE_AGENDA', 'PAINT_STALEMATE', 'OFFER_GUARANTEE', 'RECESS'] as const) {
      for (const e of candidateEvents({ c, phase: 'talks', state: startGame(r.scenario, settingsFor(1)).getSnapshot().context }, type)) {
        const words = moveWords(c, e);
        expect(words).not.toMatch(/[{}"]/);
        expect(words.length).toBeGreaterThan(3);
      }
    }
  });
});
