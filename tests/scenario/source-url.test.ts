import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { articleUrlProblem, sourceUrl } from '../../src/scenario/source-url.ts';

describe('a source address', () => {
  it('gets https:// when the scenario left the scheme out, and keeps one it has', () => {
    expect(sourceUrl('iaea.org/report')).toBe('https://iaea.org/report');
    expect(sourceUrl('http://example.org/a')).toBe('http://example.org/a');
    expect(sourceUrl('HTTPS://Example.org/b')).toBe('HTTPS://Example.org/b');
  });
});

describe('an address that names the article, not the site (articleUrlProblem)', () => {
  // Addresses the shipped scenarios once had, and their kind: each must be refused.
  const homePages = ['https://www.thenationalnews.com/', 'https://www.cbsnews.com', 'https://indianexpress.com', 'indianexpress.com/', 'https://example.org/?p=42'];
  const cutAfterDate = [
    'https://thenationalnews.com/news/mena/2026/02/17/',
    'wvtf.org/2026-02-26/',
    'https://krdo.com/news/2026/03/01/',
    'https://cnbc.com/2019/07/11/',
    'https://www.example.org/archive/2026/02',
    'https://www.example.org/archive/2026/',
    'https://www.example.org/2026-02',
  ];

  it.each(homePages)('refuses a home page: %s', (url) => {
    expect(articleUrlProblem(url)).toMatch(/names only the site/);
  });

  it.each(cutAfterDate)('refuses an address cut off after its date: %s', (url) => {
    expect(articleUrlProblem(url)).toMatch(/stops at a date/);
  });

  it('refuses what is not an address at all', () => {
    expect(articleUrlProblem('https://')).toBe('is not a web address');
  });

  it.each([
    'https://www.thenationalnews.com/news/mena/2026/02/17/us-iran-talks-resume-in-geneva-with-trump-indirectly-involved-and-tehran-deploying-full-team',
    'https://www.cnbc.com/2019/07/11/oil-heres-why-the-strait-of-hormuz-is-so-critical-to-energy-markets.html',
    'https://jta.org/1978/09/25/archive/camp-david-letters-indicate-differences-on-west-bank-settlements-between-carter-and-begin-but-common',
    'https://history.state.gov/historicaldocuments/frus1977-80v09Ed2/d43',
    'https://iranintl.com/en/202509285894',
    'https://thenewregion.com/posts/4494',
    'https://afsa.org/sites/default/files/flipping_book/0918/80/',
    'armscontrol.org/2015-08/section-3-understanding-jcpoa',
  ])('accepts an article: %s', (url) => {
    expect(articleUrlProblem(url)).toBeNull();
  });
});

describe.each(['muscat-2026.yaml', 'camp-david-1978.yaml', 'dayton-1995.yaml'])('every source address in %s', (file) => {
  const r = loadScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  const withUrl = r.scenario.sources.filter((s) => s.url !== undefined);

  it('opens an article: a path past the site, not cut off after a date', () => {
    expect(withUrl.length).toBeGreaterThan(10);
    expect(withUrl.map((s) => [s.id, articleUrlProblem(s.url!)]).filter(([, problem]) => problem !== null)).toEqual([]);
  });
});
