import { describe, expect, it } from 'vitest';
import { sourceUrl } from '../../src/scenario/source-url.ts';

describe('a source address', () => {
  it('gets https:// when the scenario left the scheme out, and keeps one it has', () => {
    expect(sourceUrl('iaea.org/report')).toBe('https://iaea.org/report');
    expect(sourceUrl('http://example.org/a')).toBe('http://example.org/a');
    expect(sourceUrl('HTTPS://Example.org/b')).toBe('HTTPS://Example.org/b');
  });
});
