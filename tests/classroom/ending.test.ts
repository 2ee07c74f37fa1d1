// The debrief's historical line is how the real talks ended: the scenario's `ending` when it
// gives one, else its last history entry (files written before the field). It is shown in full in
// the debrief and in both exports, with its sources.
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/classroom/debrief.ts';
import { debriefJson } from '../../src/classroom/json.ts';
import { debriefMarkdown } from '../../src/classroom/markdown.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { muscat, play } from './helpers.ts';

const game = play('passive', 3);
const withEnding = buildDebrief(muscat, game.state);
const { ending: _ending, ...noEnding } = muscat;
const fallback = buildDebrief(noEnding as Scenario, game.state);

describe('how the real talks ended, in the debrief', () => {
  it('is the scenario’s ending when it gives one', () => {
    const h = withEnding.analysis.history;
    expect(h.history).toBe('The historical line: No agreement: the talks gave way to strikes (28 Feb 2026, reported).');
    expect(h.ending).toMatchObject({ date: '2026-02-28', track: 'history', headline: muscat.ending!.headline, detail: muscat.ending!.body, reported: true });
    expect(h.ending!.sources.map((s) => s.id)).toEqual(muscat.ending!.sources);
    // The ending is not one more dated entry in the table beside the game.
    expect(h.entries.some((e) => e.headline === muscat.ending!.headline)).toBe(false);
  });

  it('falls back to the last history entry for a file without one', () => {
    const last = muscat.history.at(-1)!;
    const h = fallback.analysis.history;
    expect(h.history).toBe(`The historical line: ${last.headline} (28 Feb 2026, reported).`);
    expect(h.ending).toMatchObject({ headline: last.headline, detail: last.body });
  });

  it('is null, with "no history track", for a scenario with neither', () => {
    const bare = buildDebrief({ ...(noEnding as Scenario), history: [] }, game.state);
    expect(bare.analysis.history.ending).toBeNull();
    expect(bare.analysis.history.history).toBe('The scenario gives no history track.');
  });

  it('is in the Markdown export with its sources, and in the JSON export', () => {
    const md = debriefMarkdown(withEnding);
    expect(md).toContain('#### How the real talks ended');
    expect(md).toContain(muscat.ending!.body);
    const sources = muscat.ending!.sources.map((id) => muscat.sources.find((s) => s.id === id)!.title);
    for (const title of sources) expect(md).toContain(title);
    const json = JSON.parse(debriefJson(withEnding)) as typeof withEnding;
    expect(json.analysis.history.ending?.headline).toBe(muscat.ending!.headline);
  });
});
