import type { Logger } from '../kernel/log.js';

/**
 * When WeChat cannot be reached (no network, DNS down, a firewall), a puppet fails every few hundred
 * milliseconds and each failure comes with a stack trace: wechat4u gave 239 of them in 87 s and never
 * said "cannot reach WeChat". Here a failure to connect is one log line naming what could not be
 * reached, at most once a minute (with how many tries since), and wechat4u's own retries wait
 * longer and longer (5 s, 10 s, … 5 minutes).
 */

/** The host web WeChat logs in at (wechat4u's first request). */
export const WECHAT4U_HOST = 'login.wx.qq.com';
/** A connection problem is logged at most this often. */
export const TROUBLE_LOG_MS = 60_000;
/** Waits between two tries of wechat4u to log in, after the first: doubling from 5 s to 5 minutes. */
export const RETRY_MS = { first: 5_000, max: 5 * 60_000 } as const;

const NETWORK = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|EPIPE|ESOCKETTIMEDOUT)\b|socket hang up|network error|timeout of \d+ms exceeded/i;

/** What could not be reached, when an error says the network failed; undefined for any other error. */
export function networkTrouble(err: unknown, defaultHost: string): { host: string; error: string } | undefined {
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : String((err as { message?: unknown })?.message ?? '');
  // A proxy or gateway on the way that cannot reach WeChat answers 502, 503 or 504.
  const gateway = /status code (50[234])\b/.exec(message)?.[1];
  if (gateway) return { host: defaultHost, error: `HTTP ${gateway}` };
  const m = NETWORK.exec(message);
  if (!m) return undefined;
  const host = /(?:ENOTFOUND|EAI_AGAIN)\s+([\w.-]+)/.exec(message)?.[1] ?? /connect \w+ ([\w.:[\]-]+)/.exec(message)?.[1] ?? defaultHost;
  return { host, error: (m[1] ?? m[0]).slice(0, 40) };
}

/** Logs connection problems as one line at most every TROUBLE_LOG_MS, and once when they are over. */
export class TroubleLog {
  private lastAt = -Infinity;
  private tries = 0;
  private troubled = false;

  constructor(
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
    private readonly everyMs = TROUBLE_LOG_MS,
  ) {}

  /** One more failed try; logged if nothing was logged in the last minute. */
  failed(trouble: { host: string; error: string }, retryInMs?: number): void {
    this.tries++;
    this.troubled = true;
    const now = this.now();
    if (now - this.lastAt < this.everyMs) return;
    this.lastAt = now;
    const retry = retryInMs === undefined ? 'linli keeps trying' : `trying again in ${Math.round(retryInMs / 1000)} s`;
    this.log.warn({ host: trouble.host, error: trouble.error, tries: this.tries }, `cannot reach WeChat (${trouble.host}: ${trouble.error}); ${retry}. Check this machine's network.`);
    this.tries = 0;
  }

  /** WeChat answered (a QR code, a login): the trouble is over. */
  reached(): void {
    if (!this.troubled) return;
    this.troubled = false;
    this.tries = 0;
    this.lastAt = -Infinity;
    this.log.info('WeChat can be reached again');
  }
}

/** The wait before the n-th retry (n from 1): 5 s, 10 s, 20 s … at most 5 minutes. */
export const retryDelay = (n: number): number => Math.min(RETRY_MS.max, RETRY_MS.first * 2 ** Math.max(0, n - 1));

interface Wechat4u {
  start(): unknown;
}

/**
 * wechat4u's puppet starts wechat4u again at once whenever a try fails (its "logout"), so without
 * a network it spins. The puppet hands each new wechat4u to its `monkeyPatch` before starting it:
 * there its `start` is wrapped to wait retryDelay(n) before the n-th try in a row. `reached()`
 * starts the count again (a QR code came, or a login); `stop()` cancels a waiting try.
 */
export class Wechat4uRetries {
  private tries = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly onWait: (ms: number) => void = () => {}) {}

  /** Wraps the puppet's hook, when it is wechat4u's (other puppets are left alone). */
  attach(puppet: unknown): void {
    const p = puppet as { monkeyPatch?: (w: Wechat4u) => void };
    const original = p.monkeyPatch;
    if (typeof original !== 'function') return;
    const retries = this;
    p.monkeyPatch = function (this: unknown, w: Wechat4u) {
      original.call(this, w);
      const start = w.start.bind(w);
      w.start = () => retries.next(start);
    };
  }

  reached(): void {
    this.tries = 0;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** The delay before the try that comes next (0: the first). */
  get nextDelay(): number {
    return this.tries === 0 ? 0 : retryDelay(this.tries);
  }

  private next(start: () => unknown): void {
    if (this.stopped) return;
    const wait = this.nextDelay;
    this.tries++;
    if (wait === 0) {
      start();
      return;
    }
    this.onWait(wait);
    this.timer = setTimeout(() => {
      if (!this.stopped) start();
    }, wait);
    this.timer.unref();
  }
}
