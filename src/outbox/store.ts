import type { Db } from '../db/open.js';
import type { CardSpec, ChatAddress, Platform, SpreadsheetSpec } from '../kernel/types.js';

/** Priorities: an emergency goes before anything queued; a bulletin waits behind replies. */
export const PRIORITY = { bulk: -5, normal: 0, urgent: 10 } as const;

export interface SendOptions {
  /** Platform message id this answers (shown as a reply where the platform can). */
  replyTo?: string;
  priority?: number;
  /** A short acknowledgement that may be merged with others for the same group. */
  coalesce?: boolean;
  /** What the message is about, so a later reply to it can be routed: { kind: 'task', id: 12 }. */
  ref?: { kind: string; id: number };
  file?: SpreadsheetSpec;
  /** A card drawn as a picture when sent, beside the text (the daily bulletin). */
  image?: CardSpec;
  /** Platform user ids to @-mention. */
  mentions?: string[];
  /** The incoming message that caused this one (for exactly-once bookkeeping and tests). */
  sourceMessageId?: number;
}

export interface OutboxRow {
  id: number;
  platform: Platform;
  chat_id: string;
  text: string;
  file_json: string | null;
  image_json: string | null;
  reply_to: string | null;
  mentions: string | null;
  priority: number;
  coalesce: number;
  ref_kind: string | null;
  ref_id: number | null;
  source_message_id: number | null;
  /** failed: the chat is gone or the platform refused the message itself; stale: a reply that waited too long. */
  status: 'pending' | 'sent' | 'failed' | 'stale';
  attempts: number;
  /** How many of its parts (src/outbox/parts.ts) have gone out. */
  parts_sent: number;
  next_attempt_at: number;
  created_at: number;
  sent_at: number | null;
  error: string | null;
  /** The worker that sends or last tried this row (host:pid:random). */
  claimed_by: string | null;
  /** Other workers leave the row alone until then; null when nobody is sending it. */
  claimed_until: number | null;
}

/** Queues a message. Call it inside the transaction of the change that caused it. */
export function enqueue(db: Db, to: ChatAddress, text: string, opts: SendOptions, now: number): number {
  const r = db
    .prepare(
      `INSERT INTO outbox (platform, chat_id, text, file_json, image_json, reply_to, mentions, priority, coalesce,
                           ref_kind, ref_id, source_message_id, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      to.platform,
      to.chatId,
      text,
      opts.file ? JSON.stringify(opts.file) : null,
      opts.image ? JSON.stringify(opts.image) : null,
      opts.replyTo ?? null,
      opts.mentions && opts.mentions.length > 0 ? JSON.stringify(opts.mentions) : null,
      opts.priority ?? PRIORITY.normal,
      opts.coalesce ? 1 : 0,
      opts.ref?.kind ?? null,
      opts.ref?.id ?? null,
      opts.sourceMessageId ?? null,
      now,
      now,
    );
  return Number(r.lastInsertRowid);
}

/** Pending messages due now, most urgent first, then oldest. */
export function duePending(db: Db, now: number, limit = 100): OutboxRow[] {
  return db
    .prepare(
      `SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?
       ORDER BY priority DESC, id LIMIT ?`,
    )
    .all(now, limit) as OutboxRow[];
}

/** Marks messages sent and remembers the platform ids of what was posted, so replies can be routed. */
export function markSent(db: Db, rows: OutboxRow[], platformMessageIds: string[], now: number): void {
  const mark = db.prepare(`UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, claimed_until = NULL WHERE id = ?`);
  const remember = db.prepare(
    `INSERT OR REPLACE INTO bot_messages (platform, chat_id, message_id, outbox_id, ref_kind, ref_id, sent_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const row of rows) mark.run(now, row.id);
    const first = rows[0];
    if (!first) return;
    // A merged message carries the ref of its first part; the parts of a split message share the ref.
    const withRef = rows.find((r) => r.ref_kind !== null) ?? first;
    for (const id of platformMessageIds) {
      remember.run(first.platform, first.chat_id, id, withRef.id, withRef.ref_kind, withRef.ref_id, now);
    }
  })();
}

/**
 * One part of a row went out (the platform ids of what it posted): remembered so replies to it
 * route, and counted, so a retry goes on at the next part. The last part marks the row sent.
 */
export function markPartSent(db: Db, row: OutboxRow, platformMessageIds: string[], last: boolean, now: number): void {
  const remember = db.prepare(
    `INSERT OR REPLACE INTO bot_messages (platform, chat_id, message_id, outbox_id, ref_kind, ref_id, sent_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const id of platformMessageIds) remember.run(row.platform, row.chat_id, id, row.id, row.ref_kind, row.ref_id, now);
    db.prepare(
      `UPDATE outbox SET parts_sent = parts_sent + 1,
         status = CASE WHEN ? THEN 'sent' ELSE status END, sent_at = CASE WHEN ? THEN ? ELSE sent_at END,
         attempts = attempts + CASE WHEN ? THEN 1 ELSE 0 END, error = NULL
       WHERE id = ?`,
    ).run(last ? 1 : 0, last ? 1 : 0, now, last ? 1 : 0, row.id);
  })();
}

/** Records a failed attempt: tries again at `retryAt`, or gives up for good when `retryAt` is null. */
export function markFailed(db: Db, id: number, error: string, retryAt: number | null): void {
  db.prepare(
    `UPDATE outbox SET attempts = attempts + 1, error = ?, claimed_until = NULL,
       status = CASE WHEN ? IS NULL THEN 'failed' ELSE status END,
       next_attempt_at = COALESCE(?, next_attempt_at)
     WHERE id = ?`,
  ).run(error.slice(0, 500), retryAt, retryAt, id);
}

/** What a bot message (by platform id) was about, for routing a reply to it. */
export function botMessageRef(
  db: Db,
  platform: Platform,
  chatId: string,
  messageId: string,
): { ref_kind: string | null; ref_id: number | null } | undefined {
  return db
    .prepare('SELECT ref_kind, ref_id FROM bot_messages WHERE platform = ? AND chat_id = ? AND message_id = ?')
    .get(platform, chatId, messageId) as { ref_kind: string | null; ref_id: number | null } | undefined;
}
