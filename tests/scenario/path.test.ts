import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem } from '../../src/scenario/path.ts';

describe('formatPath', () => {
  it('reads like a place in a file', () => {
    expect(formatPath(['delegations', 1, 'weights', 'enrichment'])).toBe('delegations[1].weights.enrichment');
    expect(formatPath(['rules', 'actionHours', 'listen'])).toBe('rules.actionHours.listen');
    expect(formatPath(['dialogue', 3])).toBe('dialogue[3]');
    expect(formatPath([0, 'a'])).toBe('[0].a');
    expect(formatPath([])).toBe('(file)');
  });

  it('formatProblem joins the path and the message', () => {
    expect(formatProblem({ path: ['delegations', 1, 'weights', 'enrichment'], message: 'must be a number between 0 and 1' })).toBe(
      'delegations[1].weights.enrichment: must be a number between 0 and 1',
    );
    expect(formatProblem({ path: [], message: 'the file is too large' })).toBe('(file): the file is too large');
  });
});
