// The agenda at home (Putnam): a day ending with the text's scope outside a side's tolerance
// gives its hardliners a day to attack it. Mini scenario: one scope issue, drafted at "later"
// (scope 33); North tolerates 30 to 100, South 0 to 40; no incidents.
import { describe, expect, it } from 'vitest';
import { agendaText } from '../../../src/model/rules/agenda.ts';
import { recess } from '../../../src/model/rules/recess.ts';
import { scopeOf } from '../../../src/model/progress.ts';
import { newsWords } from '../../../src/present/words/said.ts';
import { sideName } from '../../../src/present/index.ts';
import type { ScenarioInput } from '../../../src/scenario/schema.ts';
import { apply, edit, entries, world } from '../helpers.ts';

const quiet = (input: ScenarioInput) => {
  input.escalation.incidentOdds = [0, 0, 0, 0, 0];
  input.escalation.deescalationOdds = 0;
};
/** North's home wants the wider issues in (below 50 is too little); each side's critics gain `perDay` a day. */
const atHome = (perDay: number) => (input: ScenarioInput) => {
  quiet(input);
  input.delegations[0]!.patience.scopeTolerance = { min: 50, max: 100 };
  for (const d of input.delegations) d.hardliners.perDayOutsideScope = perDay;
};
const agendaEntries = (state: Parameters<typeof entries>[0]) => state.ledger.filter((e) => e.cause.rule === 'recess.agenda');

describe('the agenda at home', () => {
  it('is nothing by default: no field, no critics', () => {
    const { c, state } = world(quiet);
    const { next } = apply(c, state, (d, ctx) => recess(d, ctx));
    expect(agendaEntries(next)).toEqual([]);
    expect(next.news.some((n) => n.notice?.type === 'agenda')).toBe(false);
  });

  it('raises the hardliners of a side whose home cannot sell the scope, and makes the news', () => {
    const { c, state } = world(atHome(6));
    expect(state.scope).toBeLessThan(50);
    const { next } = apply(c, state, (d, ctx) => recess(d, ctx));
    const north = entries(next, 'hardliners', 0).filter((e) => e.cause.rule === 'recess.agenda');
    expect(north).toEqual([expect.objectContaining({ from: 40, to: 46 })]);
    expect(north[0]!.cause.actor).toBe('hardliners');
    expect(entries(next, 'hardliners', 1).some((e) => e.cause.rule === 'recess.agenda')).toBe(false);
    const item = next.news.find((n) => n.notice?.type === 'agenda');
    expect(item?.notice).toEqual({ type: 'agenda', side: 0, wide: false });
    expect(newsWords(c, item!).headline).toContain(sideName(c, 0));
  });

  it('turns on the other side when the text reaches too far for it', () => {
    const { c, state } = world(atHome(6));
    const wide = edit(state, (s) => {
      s.draft = agendaText(s.draft, { c }, 'widen');
      s.draft = agendaText(s.draft, { c }, 'widen');
      s.scope = scopeOf(c, s.draft);
    });
    expect(wide.scope).toBe(100);
    const { next } = apply(c, wide, (d, ctx) => recess(d, ctx));
    expect(agendaEntries(next).map((e) => e.side)).toEqual([1]);
    expect(next.news.find((n) => n.notice?.type === 'agenda')?.notice).toEqual({ type: 'agenda', side: 1, wide: true });
  });

  it('leaves both alone when the scope sits inside both tolerances (a parallel track that both can sell)', () => {
    const { c, state } = world((input) => {
      atHome(6)(input);
      input.delegations[1]!.patience.scopeTolerance = { min: 0, max: 80 };
    });
    const parallel = edit(state, (s) => {
      s.draft = agendaText(s.draft, { c }, 'parallel');
      s.scope = scopeOf(c, s.draft);
    });
    expect(parallel.scope).toBeGreaterThanOrEqual(50);
    expect(parallel.scope).toBeLessThanOrEqual(80);
    const { next } = apply(c, parallel, (d, ctx) => recess(d, ctx));
    expect(agendaEntries(next)).toEqual([]);
  });
});
