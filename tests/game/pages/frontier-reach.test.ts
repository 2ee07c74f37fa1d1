// With more than two delegations the bargaining chart draws each delegation's reach on the
// frontier: the least and the most the frontier's texts give it.
import { describe, expect, it } from 'vitest';
import { frontierReach } from '../../../src/game/pages/debrief-charts.ts';

describe('frontierReach', () => {
  it('is the least and the most of one delegation’s worth over the frontier', () => {
    const frontier = [
      [0.9, 0.2, 0.5],
      [0.4, 0.8, 0.45],
      [0.6, 0.5, 0.7],
    ];
    expect(frontierReach({ frontier }, 0)).toEqual([0.4, 0.9]);
    expect(frontierReach({ frontier }, 1)).toEqual([0.2, 0.8]);
    expect(frontierReach({ frontier }, 2)).toEqual([0.45, 0.7]);
  });
  it('is nothing when no text is on the frontier', () => {
    expect(frontierReach({ frontier: [] }, 0)).toBeNull();
  });
});
