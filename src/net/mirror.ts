// A device's copy of its role's view of one game, kept in step with the server: updates apply
// in sequence order; a gap (a lost or reordered message) is never patched over: the device asks
// for what it missed. Also the device's numbering of its own acts (n), so an act is never applied
// twice: after a reconnection the server says which was the last it took.
import type { GameEvent } from '../machine/index.ts';
import { applyPatch } from './patch.ts';
import type { Act, LogLine, Update, Welcome } from './protocol.ts';
import type { Wire } from './wire.ts';

export type UpdateResult = 'applied' | 'old' | 'gap';

export class Mirror {
  private welcome: Welcome;
  private current: Wire;
  private readonly lines: LogLine[];
  private lastN: number;

  constructor(welcome: Welcome) {
    this.welcome = welcome;
    this.current = welcome.view;
    this.lines = [...welcome.log];
    this.lastN = welcome.lastN;
  }

  get seq(): number {
    return this.lines.length === 0 ? 0 : this.lines[this.lines.length - 1]!.seq;
  }

  get view(): Wire {
    return this.current;
  }

  get log(): readonly LogLine[] {
    return this.lines;
  }

  get info(): Welcome {
    return this.welcome;
  }

  /** Applies an update in order; an old one is ignored, one past a gap is refused. */
  update(u: Update): UpdateResult {
    if (u.seq <= this.seq) return 'old';
    if (u.seq !== this.seq + 1) return 'gap';
    if (u.patch) this.current = applyPatch(this.current as unknown as Record<string, unknown>, u.patch) as unknown as Wire;
    this.lines.push(u.line);
    return 'applied';
  }

  /** Starts again from a full view (a reconnection or a resync). */
  reset(welcome: Welcome): void {
    this.welcome = welcome;
    this.current = welcome.view;
    this.lines.splice(0, this.lines.length, ...welcome.log);
    // The server's count is the truth: an act numbered past it was never taken.
    this.lastN = welcome.lastN;
  }

  /** An acknowledged act: the server counts up to it. */
  acked(a: { n: number }): void {
    this.lastN = Math.max(this.lastN, a.n);
  }

  /** A refusal says which act number the server counts up to: the device numbers on from there. */
  refused(r: { lastN: number }): void {
    this.lastN = r.lastN;
  }

  /** The next act to send for this event, at the step this device has seen. */
  act(event: GameEvent): Act {
    this.lastN += 1;
    return { n: this.lastN, at: this.seq, event };
  }
}
