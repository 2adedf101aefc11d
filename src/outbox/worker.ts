import { SendError, type Adapter } from '../adapters/adapter.js';
import type { Deps } from '../core/context.js';
import type { OutgoingMessage, Platform, SpreadsheetSpec } from '../core/types.js';
import { duePending, markFailed, markSent, type OutboxRow } from '../services/outbox.js';
import { renderSpreadsheet } from './spreadsheet.js';

/** After this many failed attempts a message is given up (and logged). */
export const MAX_ATTEMPTS = 6;
const backoffMs = (attempts: number) => Math.min(60_000, 1000 * 2 ** attempts);

/**
 * Sends what the outbox holds, most urgent first, and marks it sent. Sending is at-least-once:
 * a crash between a send and its mark may repeat that one message after restart.
 */
export class OutboxWorker {
  private running = false;
  private draining: Promise<number> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private kicked = false;

  constructor(
    private readonly deps: Deps,
    private readonly adapters: Map<Platform, Adapter>,
  ) {}

  start(pollMs = 1000): void {
    this.running = true;
    this.timer = setInterval(() => this.kick(), pollMs);
    this.kick();
  }

  /** Stops polling; waits for the send in progress. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    await this.draining;
  }

  /** Asks for a drain soon (after a commit queued messages). */
  kick(): void {
    if (this.draining) {
      this.kicked = true;
      return;
    }
    void this.drain().catch((err: unknown) => this.deps.log.error({ err }, 'outbox drain failed'));
  }

  /** Sends everything due now; resolves with how many messages went out. */
  drain(): Promise<number> {
    if (this.draining) return this.draining.then(() => this.drain());
    this.draining = this.drainLoop().finally(() => {
      this.draining = undefined;
      if (this.kicked && this.running) {
        this.kicked = false;
        this.kick();
      }
    });
    return this.draining;
  }

  private async drainLoop(): Promise<number> {
    let sent = 0;
    for (;;) {
      const rows = duePending(this.deps.db, this.deps.clock.now(), 50).filter((r) => this.adapters.has(r.platform));
      if (rows.length === 0) return sent;
      for (const row of rows) if (await this.sendOne(row)) sent++;
    }
  }

  private async sendOne(row: OutboxRow): Promise<boolean> {
    const adapter = this.adapters.get(row.platform)!;
    const { db, clock, log } = this.deps;
    try {
      const out: OutgoingMessage = {
        outboxId: row.id,
        platform: row.platform,
        chatId: row.chat_id,
        text: row.text,
        replyTo: row.reply_to ?? undefined,
        mentions: row.mentions ? (JSON.parse(row.mentions) as string[]) : undefined,
      };
      if (row.file_json) {
        const spec = JSON.parse(row.file_json) as SpreadsheetSpec;
        out.file = { name: spec.name, data: await renderSpreadsheet(spec) };
      }
      const ids = await adapter.send(out);
      markSent(db, [row], ids, clock.now());
      return true;
    } catch (err) {
      const now = clock.now();
      const e = err instanceof SendError ? err : new SendError((err as Error).message ?? String(err));
      const giveUp = e.opts.permanent || row.attempts + 1 >= MAX_ATTEMPTS;
      const retryAt = giveUp ? null : now + (e.opts.retryAfterMs ?? backoffMs(row.attempts));
      markFailed(db, row.id, e.message, retryAt);
      log.warn({ outboxId: row.id, platform: row.platform, chatId: row.chat_id, attempts: row.attempts + 1, giveUp, error: e.message }, 'send failed');
      return false;
    }
  }
}
