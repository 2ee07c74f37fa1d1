// A token bucket per connection: a device may send a few acts a second, with a short burst.
// Past that its acts are refused; a device that keeps flooding regardless (its refusals pile up
// faster than they fade) is cut off.

export class RateLimit {
  private tokens: number;
  private refusals = 0;
  private last: number;

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
    const elapsed = (now - this.last) / 1000;
    this.last = now;
    this.tokens = Math.min(this.burst, this.tokens + elapsed * this.perSecond);
    this.refusals = Math.max(0, this.refusals - elapsed * this.perSecond);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 'ok';
    }
    this.refusals += 1;
    return this.refusals > this.burst * 2 ? 'cut' : 'refuse';
  }
}
