import type { Db } from '../db/open.js';
import type { Incoming } from '../kernel/types.js';

/**
 * The record of every incoming message (platform, chat, message id): written in the same
 * transaction as what its handler did, so a message delivered twice changes nothing the second time.
 */

/** Records a message as seen; its row id, or undefined when it was seen before (a redelivery). */
export function recordIncoming(db: Db, msg: Pick<Incoming, 'platform' | 'chatId' | 'messageId'>, now: number, handledAs: string | null = null): number | undefined {
  const inserted = db
    .prepare(
      `INSERT INTO incoming_messages (platform, chat_id, message_id, received_at, handled_as)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    .run(msg.platform, msg.chatId, msg.messageId, now, handledAs);
  return inserted.changes === 0 ? undefined : Number(inserted.lastInsertRowid);
}

export function setSender(db: Db, incomingId: number, memberId: number): void {
  db.prepare('UPDATE incoming_messages SET member_id = ? WHERE id = ?').run(memberId, incomingId);
}

/** What the bot made of a message ("medicine", "chatter", "reply:task"), for the audit and `npm run parse`. */
export function markHandled(db: Db, incomingId: number, handledAs: string): void {
  db.prepare('UPDATE incoming_messages SET handled_as = ? WHERE id = ?').run(handledAs, incomingId);
}
