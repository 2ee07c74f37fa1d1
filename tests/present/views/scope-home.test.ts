// The agenda at home as the hall shows it: the stretch both homes can sell, and who cannot sell
// the scope where it stands; nothing at all when the scenario does not judge the agenda at home.
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/model/index.ts';
import { scopeHome, scopeParts } from '../../../src/present/views/scope-home.ts';
import { blank, withItem } from '../../../src/model/package.ts';
import { gameWords } from '../../../src/present/catalogue/game-words.ts';
import { shipped } from '../../fixtures/shipped.ts';
import { miniWith } from '../../model/helpers.ts';

/** Mini with the agenda judged at home: North needs the wider issues at 50 or more, South at most 80. */
const judged = compile(
  miniWith((input) => {
    input.delegations[0]!.patience.scopeTolerance = { min: 50, max: 100 };
    input.delegations[1]!.patience.scopeTolerance = { min: 0, max: 80 };
    for (const d of input.delegations) d.hardliners.perDayOutsideScope = 6;
  }),
);

describe('the agenda at home, shown', () => {
  it('marks the overlap of the tolerances, and names the side whose critics attack the scope', () => {
    const zone = { min: 50, max: 80 };
    expect(scopeHome(judged, 33)).toEqual({ zone, outside: [0] });
    expect(scopeHome(judged, 67)).toEqual({ zone, outside: [] });
    expect(scopeHome(judged, 100)).toEqual({ zone, outside: [1] });
  });

  it('is nothing when no side judges the agenda at home', () => {
    expect(scopeHome(compile(miniWith()), 33)).toBeNull();
  });

  it('has no stretch when the tolerances do not meet', () => {
    const c = compile(
      miniWith((input) => {
        input.delegations[0]!.patience.scopeTolerance = { min: 60, max: 100 };
        input.delegations[1]!.patience.scopeTolerance = { min: 0, max: 40 };
        for (const d of input.delegations) d.hardliners.perDayOutsideScope = 5;
      }),
    );
    expect(scopeHome(c, 50)).toEqual({ zone: null, outside: [0, 1] });
  });
});

describe('the wider issues, by where the text puts them', () => {
  const c = compile(shipped('muscat-2026').scenario);
  const at = (ids: readonly string[]) => {
    let p = blank(c.issueIds.length);
    c.scopeIssues.forEach((i, k) => (p = withItem(p, i, c.optionIds[i]!.indexOf(ids[k]!))));
    return p;
  };

  it('tells apart texts the scope meter reads alike', () => {
    expect(scopeParts(c, at(['parallel', 'parallel', 'parallel']))).toEqual({ inside: 0, parallel: 3, out: 0 });
    expect(scopeParts(c, at(['later', 'later', 'later']))).toEqual({ inside: 0, parallel: 0, out: 3 });
    expect(scopeParts(c, at(['inside', 'later', 'excluded']))).toEqual({ inside: 1, parallel: 0, out: 2 });
    const w = gameWords().play.hud;
    expect(w.scopeParts({ inside: 0, parallel: 3, out: 0 })).toBe('middle: the wider issues on a parallel track');
    expect(w.scopeParts({ inside: 0, parallel: 0, out: 3 })).toBe('middle: the wider issues left to later talks');
    expect(w.scopeParts({ inside: 1, parallel: 0, out: 2 })).toBe('middle: of the wider issues, 1 in the deal and 2 left out');
  });
});
