// Small forms the English catalogue shares: a scenario's name inside a sentence, a rung quoted.
import { describe, expect, it } from 'vitest';
import { midSentence, rungInText } from '../../../src/present/catalogue/en-forms.ts';

describe('a name inside a sentence', () => {
  it('takes a small leading article, and leaves everything else as the scenario wrote it', () => {
    expect(midSentence('The US military build-up in the Gulf')).toBe('the US military build-up in the Gulf');
    expect(midSentence('An Iranian drone and the US Navy')).toBe('an Iranian drone and the US Navy');
    expect(midSentence('A deadline named')).toBe('a deadline named');
    // Only a whole leading word: names that merely begin with those letters keep their capital.
    expect(midSentence('Theodore Roosevelt')).toBe('Theodore Roosevelt');
    expect(midSentence('Anwar Sadat')).toBe('Anwar Sadat');
    expect(midSentence('Washington')).toBe('Washington');
  });

  it('quotes a rung, a phrase of its own', () => {
    expect(rungInText('The ceasefire holds')).toBe('“The ceasefire holds”');
  });
});
