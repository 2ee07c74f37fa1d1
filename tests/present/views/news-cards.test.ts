// The day's news as the screens show it. The game's own news (a distortion found out, the talks
// extended, an agenda under pressure from home) carries no words in the state; its cards must still
// say what happened, on every shipped scenario.
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/model/index.ts';
import { roundNewsCards } from '../../../src/present/views/news.ts';
import { policyByName } from '../../../src/sim/policies/index.ts';
import { playGame } from '../../../src/sim/play.ts';
import { shipped } from '../../fixtures/shipped.ts';

describe('roundNewsCards', () => {
  it.each(['muscat-2026', 'camp-david-1978', 'dayton-1995'])('%s: every card of every day has a headline and a body, the game’s own news included', (id) => {
    const { scenario } = shipped(id);
    const c = compile(scenario);
    const kinds = new Set<string>();
    let own = 0;
    // The manipulator distorts messages, so some of its deceptions are found out.
    for (let seed = 1; seed <= 12 && own < 2; seed++) {
      const state = playGame(scenario, policyByName('manipulator')!, seed).snapshot.context;
      const last = state.news.reduce((r, n) => Math.max(r, n.round), 0);
      for (let round = 0; round <= last; round++) {
        for (const card of roundNewsCards(c, { news: state.news, round })) {
          expect(card.headline.trim(), `${id} seed ${seed}, day ${round + 1}: ${card.item.kind}`).not.toBe('');
          expect(card.body.trim(), `${id} seed ${seed}, day ${round + 1}: ${card.item.kind}`).not.toBe('');
          expect(card.kind.trim()).not.toBe('');
          if (card.item.notice) own++;
          kinds.add(card.item.kind);
        }
        const dates = roundNewsCards(c, { news: state.news, round }).map((card) => card.item.date);
        expect(dates, `${id} seed ${seed}, day ${round + 1}: the cards in date order`).toEqual([...dates].sort());
      }
    }
    // The game's own news was among them: the test reads what the fault left empty.
    expect(own).toBeGreaterThan(0);
    expect(kinds.has('discovery')).toBe(true);
  });
});
