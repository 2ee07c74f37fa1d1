// A carried message in words: a side that stated a position and then moved from it in the same
// message holds the new one, and the message says only that.
import { describe, expect, it } from 'vitest';
import type { MessageItem } from '../../../src/model/index.ts';
import { latestWord, messageItemText, messageText } from '../../../src/present/words/said.ts';
import { world } from '../../model/helpers.ts';

describe('messageText', () => {
  const { c } = world();
  const stated: MessageItem = { type: 'stated', issue: 0, option: 3 };
  const moved: MessageItem = { type: 'moved', issue: 0, to: 2 };
  const other: MessageItem = { type: 'stated', issue: 1, option: 0 };

  it('drops a stated position that a later item of the message moves from or states again', () => {
    expect(latestWord([stated, other, moved])).toEqual([other, moved]);
    expect(latestWord([stated, { type: 'stated', issue: 0, option: 2 }])).toEqual([{ type: 'stated', issue: 0, option: 2 }]);
    // A move then a position stated after it: both stand, in order.
    expect(latestWord([moved, stated])).toEqual([moved, stated]);
    const text = messageText(c, { from: 0, items: [stated, other, moved] });
    expect(text).toContain(messageItemText(c, moved));
    expect(text).toContain(messageItemText(c, other));
    expect(text).not.toContain(messageItemText(c, stated));
  });
});
