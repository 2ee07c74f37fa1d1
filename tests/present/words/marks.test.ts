// A report is labelled by what it rests on: a real quote or a reported event from a memoir reads
// as a memoir, from an official record as one, and only a news report as a news report. A line a
// student typed for a hot-seat delegation stays marked as written by a student.
import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/present/catalogue/index.ts';
import { saidMarkText } from '../../../src/present/words/said.ts';
import { reportKind, reportLabel } from '../../../src/present/words/sources.ts';
import { newsKind } from '../../../src/present/views/news.ts';
import type { NewsItem, TranscriptEntry } from '../../../src/model/types.ts';
import type { ScenarioInput } from '../../../src/scenario/schema.ts';
import { world } from '../../model/helpers.ts';

const SOURCES: NonNullable<ScenarioInput['sources']> = [
  { id: 'paper', kind: 'news', title: 'A newspaper', url: 'https://example.org/news/talks-day-one' },
  { id: 'memoir', kind: 'memoir', title: 'A memoir', citation: 'An Envoy, My Years (1990)' },
  { id: 'record', kind: 'official', title: 'The record', url: 'https://example.org/records/doc-12' },
  { id: 'accord', kind: 'treaty', title: 'The accord', url: 'https://example.org/treaties/accord-text' },
];

/** The mini scenario with one real quote per source, as the last four lines. */
const { c } = world((i) => {
  i.sources = SOURCES;
  for (const s of SOURCES) i.dialogue!.push({ situation: 'greet', delegation: 'north', simulated: false, source: s.id, text: `A quote from ${s.id}.` });
});
const last = c.scenario.dialogue.length - 1;
const quote = (line: number, extra: Partial<TranscriptEntry> = {}): TranscriptEntry => ({ step: 1, round: 0, where: 0, speaker: 0, said: { kind: 'line', ref: { line } }, simulated: false, ...extra });

describe('the mark beside a line', () => {
  it('names a real quote by its source’s kind', () => {
    expect(saidMarkText(c, quote(last - 3))).toBe('reported quote');
    expect(saidMarkText(c, quote(last - 2))).toBe('quote from a memoir');
    expect(saidMarkText(c, quote(last - 1))).toBe('quote from the official record');
    expect(saidMarkText(c, quote(last))).toBe('quote from the treaty text');
  });

  it('keeps the other marks: simulated, and a student’s own words', () => {
    expect(saidMarkText(c, quote(0, { simulated: true }))).toBe(messages().talks.marks.simulated);
    expect(saidMarkText(c, quote(last - 2, { person: true }))).toBe('written by a student');
    expect(saidMarkText(c, quote(0, { person: true, simulated: true }))).toBe('written by a student');
    expect(saidMarkText(c, quote(0, { speaker: 'mediator', simulated: false }))).toBeNull();
  });
});

describe('the label of a reported event', () => {
  const event = (sources: string[], reported = true): NewsItem => ({ round: 0, kind: 'scripted', headline: 'H', body: 'B', date: '2030-01-01', sources, reported, cause: 'scenario:storm' });

  it('follows the first cited source’s kind, with a capital on the news card', () => {
    expect(reportKind(c.scenario.sources, ['memoir', 'paper'])).toBe('memoir');
    expect(newsKind(c, event(['memoir']))).toBe('Participant’s memoir');
    expect(newsKind(c, event(['record']))).toBe('Official record');
    expect(newsKind(c, event(['accord']))).toBe('Treaty text');
    expect(newsKind(c, event(['paper']))).toBe('News report');
  });

  it('says "reported" when the event cites no source, and a scenario event when it is not a report', () => {
    expect(reportLabel(c.scenario.sources, [])).toBe('reported');
    expect(newsKind(c, event([]))).toBe('Reported');
    expect(newsKind(c, event(['memoir'], false))).toBe('Scenario event');
  });
});
