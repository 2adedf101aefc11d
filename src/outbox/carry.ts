import type { Db } from '../db/open.js';

/**
 * After a restore: the restored outbox's pending rows that the replaced database (attached as
 * `schema`) records as sent or settled are marked so here too, and the platform ids of what they
 * posted are remembered again (so replies to them still route). A row is the same row when its
 * id, chat and creation time agree: the backup is an earlier copy of the same outbox. Returns how
 * many rows were carried over. Rows created after the backup are not in the restored database and
 * are never sent again either.
 */
export function carrySentRows(db: Db, schema: string): number {
  const carried = db
    .prepare(
      `UPDATE outbox SET status = r.status, sent_at = r.sent_at, attempts = r.attempts, error = r.error, claimed_until = NULL,
         parts_sent = MAX(outbox.parts_sent, r.parts_sent)
       FROM ${schema}.outbox r
       WHERE outbox.status = 'pending' AND r.id = outbox.id AND r.platform = outbox.platform AND r.chat_id = outbox.chat_id
         AND r.created_at = outbox.created_at AND (r.status <> 'pending' OR r.parts_sent > outbox.parts_sent)`,
    )
    .run().changes;
  db.prepare(
    `INSERT OR IGNORE INTO bot_messages (platform, chat_id, message_id, outbox_id, ref_kind, ref_id, sent_at)
     SELECT b.platform, b.chat_id, b.message_id, b.outbox_id, b.ref_kind, b.ref_id, b.sent_at
     FROM ${schema}.bot_messages b
     JOIN ${schema}.outbox r ON r.id = b.outbox_id
     JOIN outbox o ON o.id = r.id AND o.created_at = r.created_at AND o.chat_id = r.chat_id AND o.platform = r.platform`,
  ).run();
  return carried;
}
