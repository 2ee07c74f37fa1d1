// The events a teacher may bring forward: later scripted ones and chance ones, never one past.
import { describe, expect, it } from 'vitest';
import { injectChoices } from '../../../src/present/views/inject-choices.ts';
import { compiledFor, sendEvent, settingsFor, startGame } from '../../../src/machine/game.ts';
import { shipped } from '../../fixtures/shipped.ts';

describe('events the teacher may bring forward', () => {
  for (const file of ['muscat-2026.yaml', 'camp-david-1978.yaml', 'dayton-1995.yaml']) {
    it(`${file}: every offered event is accepted by the machine, and past ones are not offered`, () => {
      const r = shipped(file);
      const settings = settingsFor(3);
      const c = compiledFor(r.scenario, settings);
      const actor = startGame(r.scenario, settings);
      sendEvent(actor, { type: 'BEGIN' });
      const choices = injectChoices(c, actor.getSnapshot().context);
      expect(choices.length).toBe(r.scenario.events.length + r.scenario.randomEvents.length);
      for (const choice of choices) {
        const probe = startGame(r.scenario, settings);
        sendEvent(probe, { type: 'BEGIN' });
        expect(sendEvent(probe, { type: 'TEACHER_INJECT', event: choice.id }), choice.id).toBe(true);
        expect(choice.label.length).toBeGreaterThan(5);
      }
      sendEvent(actor, { type: 'RECESS' });
      sendEvent(actor, { type: 'CONTINUE' });
      const later = injectChoices(c, actor.getSnapshot().context).map((ch) => ch.id);
      for (const e of r.scenario.events.filter((ev) => ev.afterRound === 1)) expect(later).not.toContain(e.id);
    });
  }
});
