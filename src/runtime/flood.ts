/** How many messages for the bot a member may send at once, and how many a minute after that (LINLI_FLOOD_PER_MINUTE). */
export const FLOOD_BURST = 30;
export const FLOOD_PER_MINUTE = 30;
/** One notice per flood: another only after this long. */
const NOTICE_EVERY_MS = 10 * 60_000;

export type FloodVerdict = 'pass' | 'notice' | 'drop';

interface Bucket {
  tokens: number;
  at: number;
  noticedAt: number | undefined;
}

/**
 * A token bucket per member, in memory (a restart forgives everyone, which is fine). One entry per member who wrote (a few thousand at most). A member who
 * sends faster than the bucket refills gets one polite notice, then silence until it refills; other
 * members are not slowed, because their messages never wait behind the dropped ones.
 */
export class FloodGuard {
  private readonly buckets = new Map<number, Bucket>();

  constructor(
    private readonly burst = FLOOD_BURST,
    private readonly perMinute = FLOOD_PER_MINUTE,
  ) {}

  /** Takes one token for a member's message at time `now`. */
  take(memberId: number, now: number): FloodVerdict {
    const b = this.buckets.get(memberId) ?? { tokens: this.burst, at: now, noticedAt: undefined };
    b.tokens = Math.min(this.burst, b.tokens + (Math.max(0, now - b.at) * this.perMinute) / 60_000);
    b.at = now;
    this.buckets.set(memberId, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 'pass';
    }
    if (b.noticedAt === undefined || now - b.noticedAt >= NOTICE_EVERY_MS) {
      b.noticedAt = now;
      return 'notice';
    }
    return 'drop';
  }
}
