// In the debrief and its Markdown export, a reported event is labelled by what it rests on: Camp
// David's packed bags come from participants' memoirs, so they read as a memoir, not as a
// news report or a bare "reported".
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/classroom/debrief.ts';
import { debriefMarkdown } from '../../src/classroom/markdown.ts';
import { findGame } from './helpers.ts';
import { shipped } from '../fixtures/shipped.ts';

const campDavid = shipped('camp-david-1978').scenario;
const bags = campDavid.events.find((e) => e.id === 'bags-packed')!;

describe('a reported event in the debrief', () => {
  it('rests on memoirs in the file (the case this test is about)', () => {
    expect(bags.reported).toBe(true);
    expect(bags.sources.map((id) => campDavid.sources.find((s) => s.id === id)!.kind)).toEqual(['memoir', 'memoir', 'memoir']);
  });

  it('is labelled as a memoir in the Markdown export', () => {
    const g = findGame(['passive', 'broker'], (s) => s.news.some((n) => n.headline === bags.headline), campDavid);
    const md = debriefMarkdown(buildDebrief(campDavid, g.state));
    expect(md).toContain(`**${bags.headline}** (participant’s memoir).`);
    expect(md).not.toContain(`**${bags.headline}** (reported).`);
  });
});
