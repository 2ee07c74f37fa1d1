// Aliases shorter than the documented minimum (4 characters) are never linked by the glossary:
// the validator says so at the alias and its line, rather than letting it do nothing.
import { describe, expect, it } from 'vitest';
import { termSegments, type GlossaryEntry } from '../../src/classroom/glossary.ts';
import { checkGlossary } from '../../src/scenario/check-glossary.ts';
import { MIN_ALIAS_LENGTH, ScenarioSchema, type ScenarioInput } from '../../src/scenario/schema.ts';
import { miniInput } from '../fixtures/mini.ts';
import { miniYamlErrors, placeOf } from '../fixtures/mini-yaml.ts';

const SOURCE = { id: 'atlas', title: 'An atlas of the two rivers', url: 'https://example.org/atlas' };

function withAliases(s: ScenarioInput, aliases: string[]): void {
  s.sources = [SOURCE];
  s.glossary = [{ id: 'water-board', term: 'The water board', definition: 'Who shares out the river.', sources: ['atlas'], aliases }];
}

describe('short aliases', () => {
  it('the minimum is the glossary\'s own: a shorter alias is never linked', () => {
    expect(MIN_ALIAS_LENGTH).toBe(4);
    const entry: GlossaryEntry = { id: 'wb', term: 'The water board', kind: 'fact', definition: 'x', inGame: null, sources: [], aliases: ['WB', 'WBRD'] };
    expect(termSegments('The WB met; the WBRD agreed.', [entry]).filter((p) => p.id).map((p) => p.text)).toEqual(['WBRD']);
  });

  it('are reported at the alias, with its length', () => {
    const input = miniInput();
    withAliases(input, ['board', 'WB', ' WBR ']);
    expect(checkGlossary(ScenarioSchema.parse(input))).toEqual([
      { path: ['glossary', 0, 'aliases', 1], message: '"WB" is too short: an alias needs at least 4 characters (it has 2), and the game never links a shorter one (it would match too much ordinary text); write it out in full or leave it out' },
      { path: ['glossary', 0, 'aliases', 2], message: '" WBR " is too short: an alias needs at least 4 characters (it has 3), and the game never links a shorter one (it would match too much ordinary text); write it out in full or leave it out' },
    ]);
  });

  it('are placed at their line in a file', () => {
    const { text, errors } = miniYamlErrors((s) => withAliases(s, ['board', 'WB']));
    expect(errors).toEqual([expect.stringMatching(/^glossary\[0\]\.aliases\[1\]: "WB" is too short: an alias needs at least 4 characters \(it has 2\)/)]);
    expect(errors[0]).toContain(placeOf(text, /^ {6}- WB$/, 'WB'));
  });
});
