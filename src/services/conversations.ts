import type { Db } from '../db/open.js';
import type { ChatAddress } from '../kernel/types.js';

/** How long the bot waits for the answer to its question before forgetting it. */
export const CONVERSATION_TTL_MS = 2 * 60 * 60 * 1000;
/** A request kept while a newcomer is asked for their community and door: an elderly resident may answer the next morning. */
export const KEPT_REQUEST_TTL_MS = 24 * 60 * 60 * 1000;

export interface Conversation<S = unknown> {
  kind: string;
  state: S;
}

/** Starts or updates the half-finished exchange with a member in a chat. Kept in SQLite across restarts. */
export function saveConversation(
  db: Db,
  memberId: number,
  where: ChatAddress,
  kind: string,
  state: unknown,
  now: number,
  lifeMs = CONVERSATION_TTL_MS,
): void {
  db.prepare(
    `INSERT INTO conversations (member_id, platform, chat_id, kind, state, expires_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (member_id, platform, chat_id) DO UPDATE SET
       kind = excluded.kind, state = excluded.state, expires_at = excluded.expires_at, updated_at = excluded.updated_at`,
  ).run(memberId, where.platform, where.chatId, kind, JSON.stringify(state), now + lifeMs, now);
}

/** The member's open exchange in this chat, if it has not expired. */
export function loadConversation(db: Db, memberId: number, where: ChatAddress, now: number): Conversation | undefined {
  const row = db
    .prepare('SELECT kind, state, expires_at FROM conversations WHERE member_id = ? AND platform = ? AND chat_id = ?')
    .get(memberId, where.platform, where.chatId) as { kind: string; state: string; expires_at: number } | undefined;
  if (!row || row.expires_at <= now) return undefined;
  return { kind: row.kind, state: JSON.parse(row.state) as unknown };
}

export function endConversation(db: Db, memberId: number, where: ChatAddress): boolean {
  return (
    db
      .prepare('DELETE FROM conversations WHERE member_id = ? AND platform = ? AND chat_id = ?')
      .run(memberId, where.platform, where.chatId).changes > 0
  );
}

/** The member's newest open exchange in another chat (a question asked in a group, answered privately). */
export function conversationElsewhere(db: Db, memberId: number, here: ChatAddress, now: number): (Conversation & { where: ChatAddress }) | undefined {
  const row = db
    .prepare(
      `SELECT platform, chat_id, kind, state FROM conversations
       WHERE member_id = ? AND expires_at > ? AND NOT (platform = ? AND chat_id = ?) ORDER BY updated_at DESC LIMIT 1`,
    )
    .get(memberId, now, here.platform, here.chatId) as { platform: ChatAddress['platform']; chat_id: string; kind: string; state: string } | undefined;
  if (!row) return undefined;
  return { kind: row.kind, state: JSON.parse(row.state) as unknown, where: { platform: row.platform, chatId: row.chat_id } };
}
