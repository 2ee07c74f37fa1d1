// The exports: the Markdown carries every fact of the debrief a teacher needs (it round-trips the
// turning points, escalations, outcome, utilities and theory), and the JSON is the Debrief itself.
import { describe, expect, it } from 'vitest';
import { buildDebrief, debriefJson, debriefMarkdown } from '../../src/classroom/index.ts';
import { markdownHeadings } from '../../src/classroom/markdown.ts';
import type { Debrief } from '../../src/classroom/types.ts';
import { OUTCOME_IDS } from '../../src/model/types.ts';
import { debrief, findGame, muscat, play, type Game } from './helpers.ts';

/** One game of each outcome the policies reach in the search range. */
const games: Game[] = OUTCOME_IDS.flatMap((id) => {
  try {
    return [findGame(['passive', 'manipulator', 'broker', 'random'], (s) => s.outcome?.id === id)];
  } catch {
    return [];
  }
});

function factsOf(d: Debrief): string[] {
  const a = d.analysis;
  // Worths on the tables' scale, 0 to 100, to a tenth.
  const u = (x: number) => (x * 100).toFixed(1);
  return [
    d.outcome.label,
    d.outcome.reason,
    ...a.turningPoints.map((t) => t.summary),
    // The cause's rule id (coercion.hedge) is the JSON's, for a script; the Markdown says it in words.
    ...d.description.escalations.flatMap((e) => [e.cause.actor, e.cause.text, `${e.fromRung} → ${e.toRung}`]),
    d.description.blame.verdict,
    ...d.description.blame.actors.map((x) => x.actor),
    ...a.text.utilities.map(u),
    ...a.text.reservations.map(u),
    ...(a.text.nash ?? []).map(u),
    ...a.theory.flatMap((t) => [t.name, t.thinker, `[${t.citation}](${t.url})`, t.why, ...t.facts]),
    ...a.sides.flatMap((s) => [s.reservation.text, s.concession.text, s.ripeness.text, s.hardliners.text]),
    ...d.application.questions.map((q) => q.text),
    a.history.game,
    a.history.history,
  ];
}

describe('the Markdown export', () => {
  it('reaches several outcomes to test with', () => {
    expect(games.length).toBeGreaterThanOrEqual(4);
  });

  it.each(games.map((g) => [`${g.state.outcome!.id} (${g.policy}, seed ${g.seed})`, g] as const))('round-trips the facts of %s', (_name, g) => {
    const d = debrief(g);
    const md = debriefMarkdown(d);
    for (const fact of factsOf(d)) expect(md, fact).toContain(fact);
    for (const h of Object.values(markdownHeadings())) expect(md).toContain(`\n${h}\n`);
    expect(md.indexOf(markdownHeadings().description)).toBeLessThan(md.indexOf(markdownHeadings().analysis));
    expect(md.indexOf(markdownHeadings().analysis)).toBeLessThan(md.indexOf(markdownHeadings().application));
    // The meters per round as a table, one column per round played.
    expect(md).toContain(`| Meter | Start | ${d.description.meters.rounds.map((r) => `Round ${r.round}`).join(' | ')} |`);
    // The questions numbered, in order.
    d.application.questions.forEach((q, i) => expect(md).toContain(`\n${i + 1}. ${q.text}`));
    // Simulated lines are marked as such.
    if (d.description.timeline.some((r) => r.statements.some((s) => s.simulated))) expect(md).toContain('(*simulated*)');
  });

  it('keeps table rows intact when a cell holds a pipe', () => {
    const d = debrief(play('passive', 1));
    const changed: Debrief = structuredClone(d);
    changed.analysis.sides[0].weights[0]!.name = 'Enrichment | cap';
    const md = debriefMarkdown(changed);
    expect(md).toContain('Enrichment \\| cap');
  });
});

describe('the JSON export', () => {
  it('is the Debrief itself, the same bytes for the same game, with one shape for every game', () => {
    const g = play('manipulator', 1);
    const json = debriefJson(buildDebrief(muscat, g.state));
    expect(debriefJson(buildDebrief(muscat, structuredClone(g.state)))).toBe(json);
    expect(JSON.parse(json)).toEqual(debrief(g));
    expect(json.endsWith('\n')).toBe(true);

    const shape = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
      if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, v === null ? null : typeof v === 'object' ? shape(v) : typeof v]);
      return typeof value;
    };
    const other = debrief(play('passive', 2));
    const keys = (d: Debrief) => [Object.keys(d), Object.keys(d.description), Object.keys(d.analysis), Object.keys(d.analysis.text), Object.keys(d.description.blame)];
    expect(keys(other)).toEqual(keys(JSON.parse(json) as Debrief));
    expect(shape(other.analysis.sides)).toEqual(shape((JSON.parse(json) as Debrief).analysis.sides));
  });
});
