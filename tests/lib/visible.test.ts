// Text from files shown where control codes act: every control character a visible escape.
import { describe, expect, it } from 'vitest';
import { hasControl, visible, visibleLines } from '../../src/lib/visible.ts';

describe('visible', () => {
  it('shows terminal codes as escapes, so none reaches a terminal', () => {
    expect(visible('\u001b[2J\u001b]0;title\u0007OK')).toBe('\\x1b[2J\\x1b]0;title\\x07OK');
    expect(visible('a\u0000b\rc\td\ne')).toBe('a\\x00b\\x0dc\\x09d\\x0ae');
    // C1 controls (an 8-bit CSI), DEL, the line separators and the bidirectional overrides too.
    expect(visible('\u009b31m\u007f\u2028\u202eevil\ufeff')).toBe('\\x9b31m\\x7f\\u2028\\u202eevil\\ufeff');
  });

  it('leaves text alone, in any script', () => {
    for (const text of ['Muscat, February 2026', 'Ünïcödé — “quoted”', 'مسقط', 'مذاکرات', '😀', '']) expect(visible(text)).toBe(text);
  });

  it('keeps line breaks when asked (text printed over several lines on purpose)', () => {
    expect(visibleLines('one\u001b\ntwo\r')).toBe('one\\x1b\ntwo\\x0d');
  });

  it('is idempotent: an escape is not escaped again', () => {
    const once = visible('\u001b');
    expect(visible(once)).toBe(once);
  });
});

describe('hasControl', () => {
  it('finds a terminal control, except those allowed', () => {
    expect(hasControl('plain')).toBe(false);
    expect(hasControl('a\u0000')).toBe(true);
    expect(hasControl('a\nb\tc', '\n\t')).toBe(false);
    expect(hasControl('a\nb\rc', '\n\t')).toBe(true);
    expect(hasControl('\u0085')).toBe(true);
    // Right-to-left marks belong in Arabic and Persian text: not controls here.
    expect(hasControl('\u200fمسقط')).toBe(false);
  });
});
