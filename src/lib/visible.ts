// Text from a file shown where control codes act (a terminal) or where they hide (a message
// quoting a key): every control character becomes a visible escape such as \x1b, so a scenario
// cannot clear a screen, retitle a terminal or print a line that is not there.

/** C0 and C1 controls, DEL, the line and paragraph separators and the bidirectional overrides. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Every control character as a visible escape (a line break too: the text stays on one line). */
export function visible(text: string): string {
  return text.replace(CONTROL, escape);
}

/** The same, keeping line breaks: for text printed over several lines on purpose. */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n');
}

/** The controls a terminal acts on (C0, DEL, C1): a file's text may hold none but tab and line feed. */
const TERMINAL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Whether text holds a terminal control other than those allowed (by default, none). */
export function hasControl(text: string, allowed = ''): boolean {
  for (const ch of text.match(TERMINAL) ?? []) if (!allowed.includes(ch)) return true;
  return false;
}
