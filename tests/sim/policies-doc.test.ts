// docs/policies.md is what a student writes a policy from: it names every event type and every
// field of the mediator's view, and each example event in it is one the game's schema accepts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GameEventSchema, mediatorView, settingsFor, startGame } from '../../src/machine/index.ts';
import { loadMini } from '../fixtures/mini.ts';
import { loadNParty } from '../fixtures/n-party.ts';

const doc = readFileSync('docs/policies.md', 'utf8');
const named = (name: string) => doc.includes(`\`${name}\``) || doc.includes(`"${name}"`);

describe('docs/policies.md', () => {
  it('names every event type', () => {
    const types = GameEventSchema.options.map((o) => o.shape.type.value);
    expect(types.length).toBeGreaterThan(10);
    expect(types.filter((t) => !named(t))).toEqual([]);
  });

  it('names every field of the view, of its state and of a side', () => {
    // Two delegations, and three (whose sides have an outbox, one message per addressee).
    for (const scenario of [loadMini(), loadNParty(3)]) {
      const view = mediatorView(scenario, startGame(scenario, settingsFor(1)).getSnapshot());
      const fields = [...Object.keys(view), ...Object.keys(view.state), ...Object.keys(view.state.sides[0]!)];
      expect(fields.filter((f) => !named(f))).toEqual([]);
    }
  });

  it('gives example events the schema accepts', () => {
    const examples = [...doc.matchAll(/`(\{ "type": [^`]+\})`/g)].map((m) => m[1]!);
    expect(examples.length).toBeGreaterThanOrEqual(12);
    for (const text of examples) expect(GameEventSchema.safeParse(JSON.parse(text)).success, text).toBe(true);
  });
});
