// A token bucket per connection: a device may send a few acts a second, with a short burst.
// Past that its acts are refused; a device that keeps flooding is cut off.

export class RateLimit {
  private tokens: number;
  private last: number;
  private refusedInRow = 0;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** 'ok' to take the message, 'refuse' over the rate, 'cut' when it floods on regardless. */
  take(now: number): 'ok' | 'refuse' | 'cut' {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      this.refusedInRow = 0;
      return 'ok';
    }
    this.refusedInRow += 1;
    return this.refusedInRow > this.burst * 3 ? 'cut' : 'refuse';
  }
}
