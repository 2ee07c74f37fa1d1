// Placeholders that would be shown as written: misspelt in a dialogue line (with the nearest
// known one suggested), written with spaces, or put in a text that fills none.
import { describe, expect, it } from 'vitest';
import { checkPlaceholders } from '../../src/scenario/check-placeholders.ts';
import { editDistance, nearest } from '../../src/scenario/nearest.ts';
import { DIALOGUE_PLACEHOLDERS, placeholdersAt } from '../../src/scenario/placeholders.ts';
import { ScenarioSchema } from '../../src/scenario/schema.ts';
import { miniInput } from '../fixtures/mini.ts';
import { miniYamlErrors, placeOf } from '../fixtures/mini-yaml.ts';

const parsed = () => ScenarioSchema.parse(miniInput());

describe('nearest', () => {
  it('counts edits, ignoring case', () => {
    expect(editDistance('mediatr', 'mediator')).toBe(1);
    expect(editDistance('Other', 'other')).toBe(0);
    expect(editDistance('isue', 'issue')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests a known word only when the slip is small', () => {
    expect(nearest('mediatr', DIALOGUE_PLACEHOLDERS)).toBe('mediator');
    expect(nearest('opton', DIALOGUE_PLACEHOLDERS)).toBe('option');
    expect(nearest('othr', DIALOGUE_PLACEHOLDERS)).toBe('other');
    expect(nearest('Issue', DIALOGUE_PLACEHOLDERS)).toBe('issue');
    expect(nearest('date', DIALOGUE_PLACEHOLDERS)).toBeNull();
    expect(nearest('x', DIALOGUE_PLACEHOLDERS)).toBeNull();
  });
});

describe('placeholdersAt', () => {
  it('lists what each text fills: dialogue lines the five, any other text none', () => {
    expect(placeholdersAt(['dialogue', 4, 'text'])).toEqual(['issue', 'option', 'other', 'mediator', 'mediatorAddress']);
    expect(placeholdersAt(['events', 0, 'body'])).toEqual([]);
    expect(placeholdersAt(['dialogue', 4, 'situation'])).toEqual([]);
  });
});

describe('checkPlaceholders', () => {
  it('finds nothing in the mini scenario, whose lines use all four', () => {
    expect(checkPlaceholders(parsed())).toEqual([]);
  });

  it('an unknown placeholder in a line, with the nearest known one', () => {
    const s = parsed();
    s.dialogue[3]!.text = 'Thank you, {mediatr}. On {isue} we hold firm; ask {weather}.';
    expect(checkPlaceholders(s)).toEqual([
      { path: ['dialogue', 3, 'text'], message: 'uses the placeholder {mediatr}, which is not one this text fills: did you mean {mediator}? (it may use {issue}, {option}, {other}, {mediator}, {mediatorAddress})' },
      { path: ['dialogue', 3, 'text'], message: 'uses the placeholder {isue}, which is not one this text fills: did you mean {issue}? (it may use {issue}, {option}, {other}, {mediator}, {mediatorAddress})' },
      { path: ['dialogue', 3, 'text'], message: 'uses the placeholder {weather}, which is not one this text fills (it may use {issue}, {option}, {other}, {mediator}, {mediatorAddress})' },
    ]);
  });

  it('a known placeholder written with spaces', () => {
    const s = parsed();
    s.dialogue[0]!.text = 'Welcome, { mediator }.';
    expect(checkPlaceholders(s)).toEqual([{ path: ['dialogue', 0, 'text'], message: 'holds { mediator }: write it without spaces, {mediator}, or it is shown as written' }]);
  });

  it('a placeholder in a text that fills none (here the body of an event)', () => {
    const s = parsed();
    s.events[0]!.body = 'The river floods; {other} blames the dam.';
    const fills = 'this text fills no placeholders (only dialogue[].text do), so it would be shown as written';
    expect(checkPlaceholders(s)).toEqual([{ path: ['events', 0, 'body'], message: `holds {other}, but ${fills}` }]);
  });

  it('braces that are not a placeholder are text', () => {
    const s = parsed();
    s.events[0]!.body = 'A set {1, 2} and an empty pair {} and a brace { alone.';
    expect(checkPlaceholders(s)).toEqual([]);
  });
});

describe('placeholders in a file', () => {
  it('are placed at the line of the text', () => {
    const { text, errors } = miniYamlErrors((s) => {
      s.dialogue![5]!.text = 'We thank {mediatr} for the coffee.';
    });
    expect(errors).toEqual([
      `dialogue[5].text: uses the placeholder {mediatr}, which is not one this text fills: did you mean {mediator}? (it may use {issue}, {option}, {other}, {mediator}, {mediatorAddress}) ${placeOf(text, /text: We thank \{mediatr\}/, 'text')}`,
    ]);
  });
});
