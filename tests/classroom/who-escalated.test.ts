// The debrief names who escalated: every rung climbed by a delegation's own coercive move, by an
// incident drawn by chance, or by the scenario's events; force chosen at the deadline; and says
// when a deal both delegations accepted failed ratification at home, and why.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/model/compile.ts';
import type { GameState } from '../../src/model/types.ts';
import { debriefMarkdown } from '../../src/classroom/markdown.ts';
import { debrief, findGame, muscat } from './helpers.ts';

const c = compile(muscat);
const rises = (state: Pick<GameState, 'ledger'>) => state.ledger.filter((e) => e.meter === 'pressure' && e.to > e.from);

describe('who escalated', () => {
  it('names a side’s coercive move as its own choice, and counts its rungs apart from chance', () => {
    const g = findGame(['passive', 'broker'], (s) => rises(s).some((e) => e.cause.rule.startsWith('coercion.')) && rises(s).some((e) => e.cause.rule.startsWith('incident.')));
    const d = debrief(g);
    const coerced = d.description.escalations.filter((e) => e.cause.rule.startsWith('coercion.'));
    expect(coerced.length).toBeGreaterThan(0);
    for (const e of coerced) {
      const id = e.cause.rule.slice('coercion.'.length);
      const side = muscat.delegations.find((x) => x.coercion.some((m) => m.id === id))!;
      expect(e.cause.kind).toBe('coercion');
      expect(e.by).toMatchObject({ kind: 'coercion', side: side.id, what: side.coercion.find((m) => m.id === id)!.name });
      expect(e.by.text).toBe(`${side.shortName}’s coercive move “${e.by.what}” (its own choice)`);
      // The cause in words says it was the side's choice, never "the day ended".
      expect(e.cause.text).toContain(`${side.shortName} chose to coerce`);
    }
    for (const e of d.description.escalations.filter((x) => x.cause.rule.startsWith('incident.'))) expect(e.by.kind).toBe('incident');
    // Every rung is counted once, by who or what climbed it.
    const climbed = d.description.blame.climb.filter((s) => s.kind !== 'deadline').reduce((n, s) => n + s.rungs, 0);
    expect(climbed).toBe(rises(g.state).reduce((n, e) => n + e.to - e.from, 0));
    const who = d.description.blame.whoEscalated;
    expect(who).toMatch(/^Of the \d+ rungs climbed, \d+ by /);
    for (const s of d.description.blame.climb.filter((x) => x.kind === 'coercion')) {
      const name = muscat.delegations.find((x) => x.id === s.side)!.shortName;
      expect(who).toContain(`${s.rungs} by ${name}’s own coercive moves (${s.what.map((x) => `“${x}”`).join(', ').replace(/, ([^,]*)$/, ' and $1')})`);
    }
    expect(who).toContain('incidents drawn by chance');
  });

  it('names force chosen at the deadline, by the side that judged it was better off without the deal', () => {
    const g = findGame(['passive'], (s) => s.outcome?.reason.type === 'betterWithout');
    const d = debrief(g);
    const deadline = d.description.blame.climb.find((s) => s.kind === 'deadline')!;
    const side = muscat.delegations[0]!;
    expect(deadline).toMatchObject({ side: side.id, rungs: c.topRung - d.description.blame.endRung });
    expect(d.description.blame.whoEscalated).toContain(`At the deadline ${side.shortName} chose force`);
    expect(d.description.blame.whoEscalated).toContain(muscat.escalation.rungs[c.topRung]!.name);
  });

  it('does not blame the mediator for a climb made only of the scenario’s dated events', () => {
    // A message sharpened before the last step up.
    const sharpened = (s: GameState) => {
      const last = Math.max(...rises(s).map((e) => e.step));
      return s.transcript.some((e) => e.step <= last && e.said.kind === 'act' && e.said.act.type === 'RELAY' && e.said.act.mode === 'sharpened');
    };
    const g = findGame(['planner', 'manipulator'], (s) => s.outcome?.id !== 'strike' && rises(s).length > 0 && rises(s).every((e) => e.cause.rule.startsWith('event.')) && sharpened(s));
    const b = debrief(g).description.blame;
    // It sharpened a message, but no bluff moves a dated event: the climb is not its doing.
    expect(b.mediatorContributed).toBe(false);
    expect(b.verdict).toContain('Nothing in the record puts the climb on the mediator.');
  });

  it('is in the exports', () => {
    const g = findGame(['passive'], (s) => rises(s).some((e) => e.cause.rule.startsWith('coercion.')));
    const d = debrief(g);
    const md = debriefMarkdown(d);
    expect(md).toContain(`**Who escalated.** ${d.description.blame.whoEscalated}`);
    for (const e of d.description.escalations) expect(md).toContain(`Caused by: ${e.by.text}.`);
    // The causes in words, never a rule id such as [coercion.hedge] (the JSON keeps those).
    for (const e of d.description.escalations) expect(md).not.toContain(`[${e.cause.rule}]`);
    expect(JSON.parse(JSON.stringify(d)).description.blame.climb).toEqual(d.description.blame.climb);
  });
});

describe('ratification in the debrief', () => {
  it('says a deal failed at home, in which capital, and why: the margin, the hardliners, the odds', () => {
    const g = findGame(['formulator', 'broker', 'manipulator'], (s) => s.outcome?.reason.type === 'notRatified');
    const d = debrief(g);
    const t = d.analysis.text;
    const failed = g.state.ratification!.find((r) => !r.passed)!;
    const side = muscat.delegations[failed.side]!;
    expect(t.ratificationText).toBe(`Both delegations had accepted the text, but it failed ratification in ${side.shortName}, so the talks ended without a deal.`);
    const line = t.ratification!.find((r) => r.side === failed.side)!;
    expect(line).toMatchObject({ passed: false, margin: failed.margin, chance: failed.chance, floor: t.floors[failed.side] });
    expect(line.hardliners).toBeCloseTo(g.state.sides[failed.side].hardliners, 1);
    expect(line.worth).toBeCloseTo(line.floor + failed.margin, 3);
    expect(line.demand).toBeCloseTo(line.floor - line.fallback, 3);
    // Worths on the outcome table's scale, 0 to 100, to a tenth.
    const pts = '\\d{1,3}(\\.\\d)?';
    expect(line.text).toMatch(new RegExp(`^${side.shortName}’s hardliners rejected the deal( against the odds)?: it was worth ${pts} to ${side.shortName}, ${pts} (short of|above) the ${pts} they demanded \\(its fallback ${pts} plus ${pts} for hardliners at \\d+ of 100\\); a deal like it passes \\d+% of the time\\.$`));
    expect(debriefMarkdown(d)).toContain(line.text);
  });

  it('says both homes ratified a framework, and says nothing of a vote when none was held', () => {
    const g = findGame(['broker'], (s) => s.outcome?.id === 'framework');
    const t = debrief(g).analysis.text;
    expect(t.ratificationText).toBe('Both delegations accepted the text and both homes ratified it.');
    expect(t.ratification!.every((r) => r.passed)).toBe(true);
    for (const r of t.ratification!) expect(r.text).toMatch(/^At home, .+’s leadership approved the deal/);
    const none = debrief(findGame(['passive'], (s) => s.ratification === null)).analysis.text;
    expect(none.ratification).toBeNull();
    expect(none.ratificationText).toBeNull();
  });
});
