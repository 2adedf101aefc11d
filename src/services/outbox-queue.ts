import type { Db } from '../db/open.js';
import type { Lang, Platform } from '../core/types.js';
import type { OutboxRow } from './outbox.js';

/** Chats with pending messages, the one holding the most urgent (then oldest) message first. */
export function pendingChats(db: Db, dueBy: number): { platform: Platform; chat_id: string }[] {
  return db
    .prepare(
      `SELECT platform, chat_id FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?
       GROUP BY platform, chat_id ORDER BY MAX(priority) DESC, MIN(id)`,
    )
    .all(dueBy) as { platform: Platform; chat_id: string }[];
}

/** A chat's pending messages due by then, most urgent first, then oldest. */
export function pendingOfChat(db: Db, platform: Platform, chatId: string, dueBy: number): OutboxRow[] {
  return db
    .prepare(
      `SELECT * FROM outbox WHERE status = 'pending' AND platform = ? AND chat_id = ? AND next_attempt_at <= ?
       ORDER BY priority DESC, id`,
    )
    .all(platform, chatId, dueBy) as OutboxRow[];
}

/** Whether a chat is a group, as the bot has seen it; by its id's shape when never seen. */
export function isGroupChat(db: Db, platform: Platform, chatId: string): boolean {
  const row = db.prepare('SELECT is_group FROM chats WHERE platform = ? AND chat_id = ?').get(platform, chatId) as
    | { is_group: number }
    | undefined;
  if (row) return row.is_group === 1;
  if (platform === 'telegram') return chatId.startsWith('-');
  if (platform === 'console') return !chatId.startsWith('private:');
  return chatId.endsWith('@chatroom');
}

/** A chat's language and title, for messages about it. */
export function chatInfo(db: Db, platform: Platform, chatId: string): { lang: Lang; title: string } {
  const row = db.prepare('SELECT lang, title FROM chats WHERE platform = ? AND chat_id = ?').get(platform, chatId) as
    | { lang: Lang | null; title: string | null }
    | undefined;
  return { lang: row?.lang ?? 'zh-CN', title: row?.title ?? chatId };
}

/** The display names of the people whose messages caused these outbox rows, by row id. */
export function askerNames(db: Db, rows: OutboxRow[]): Map<number, string> {
  const names = new Map<number, string>();
  const q = db.prepare(
    `SELECT m.display_name FROM incoming_messages i JOIN members m ON m.id = i.member_id WHERE i.id = ?`,
  );
  for (const r of rows) {
    if (r.source_message_id === null) continue;
    const name = q.pluck().get(r.source_message_id) as string | undefined;
    if (name) names.set(r.id, name);
  }
  return names;
}

/** Moves a message to a later time without counting an attempt (the platform said "wait"). */
export function postpone(db: Db, ids: number[], until: number, reason: string): void {
  const q = db.prepare(`UPDATE outbox SET next_attempt_at = ?, error = ? WHERE id = ? AND status = 'pending'`);
  db.transaction(() => {
    for (const id of ids) q.run(until, reason.slice(0, 500), id);
  })();
}

/** Every platform message sent since then, grouped by send (what a restart must remember for pacing). */
export function recentSends(db: Db, since: number): { platform: Platform; chat_id: string; sent_at: number; parts: number }[] {
  return db
    .prepare(
      `SELECT platform, chat_id, sent_at, COUNT(*) AS parts FROM bot_messages WHERE sent_at >= ?
       GROUP BY platform, chat_id, sent_at ORDER BY sent_at`,
    )
    .all(since) as { platform: Platform; chat_id: string; sent_at: number; parts: number }[];
}

/** When each chat last got an acknowledgement (merged or alone) since then. */
export function recentAcks(db: Db, since: number): { platform: Platform; chat_id: string; sent_at: number }[] {
  return db
    .prepare(
      `SELECT platform, chat_id, MAX(sent_at) AS sent_at FROM outbox
       WHERE status = 'sent' AND coalesce = 1 AND sent_at >= ? GROUP BY platform, chat_id`,
    )
    .all(since) as { platform: Platform; chat_id: string; sent_at: number }[];
}

/** Every chat with pending messages, in the order the worker serves them, with when its first falls due. */
export function earliestPending(db: Db): { platform: Platform; chat_id: string; next_attempt_at: number; coalesce: number }[] {
  return db
    .prepare(
      `SELECT platform, chat_id, MIN(next_attempt_at) AS next_attempt_at, MIN(coalesce) AS coalesce FROM outbox
       WHERE status = 'pending' GROUP BY platform, chat_id ORDER BY MAX(priority) DESC, MIN(id)`,
    )
    .all() as { platform: Platform; chat_id: string; next_attempt_at: number; coalesce: number }[];
}
