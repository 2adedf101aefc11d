import type { Db } from '../db/open.js';
import type { Lang, Platform } from '../kernel/types.js';
import { privateAddress, secretariesOf, type Member } from '../services/members.js';

/**
 * What the outbox records when sends fail: a platform that is down (an outage), a chat that is gone,
 * replies that waited too long. Nothing here drops a message because a platform is down.
 */

export interface Outage {
  since: number;
  told_at: number | null;
}

/** The outage a platform is in, if its last sends failed and none has gone through since. */
export function outageOf(db: Db, platform: Platform): Outage | undefined {
  return db.prepare('SELECT since, told_at FROM platform_outages WHERE platform = ?').get(platform) as Outage | undefined;
}

/** A send failed for a passing reason (5xx, no connection): the outage starts now, or goes on. */
export function recordOutage(db: Db, platform: Platform, now: number, error: string): Outage {
  db.prepare(
    `INSERT INTO platform_outages (platform, since, last_error) VALUES (?, ?, ?)
     ON CONFLICT (platform) DO UPDATE SET last_error = excluded.last_error`,
  ).run(platform, now, error.slice(0, 500));
  return outageOf(db, platform)!;
}

export function markOutageTold(db: Db, platform: Platform, now: number): void {
  db.prepare('UPDATE platform_outages SET told_at = ? WHERE platform = ?').run(now, platform);
}

/** A send went through: the outage (if any) is over. Returns the outage that ended. */
export function endOutage(db: Db, platform: Platform): Outage | undefined {
  const outage = outageOf(db, platform);
  if (outage) db.prepare('DELETE FROM platform_outages WHERE platform = ?').run(platform);
  return outage;
}

/**
 * While a platform is down, every pending message on it waits for the next try together (without
 * counting an attempt), so the most urgent goes first when the platform answers again.
 */
export function holdPlatform(db: Db, platform: Platform, until: number, now: number): void {
  db.prepare(
    `UPDATE outbox SET next_attempt_at = @until
     WHERE platform = @platform AND status = 'pending' AND (claimed_until IS NULL OR claimed_until <= @now)`,
  ).run({ until, platform, now });
}

/**
 * The platform says the bot can no longer write to a chat (removed from the group, blocked by the
 * person): the chat is recorded as gone and its pending messages fail. Returns how many failed, and
 * whether the chat was already known to be gone (its secretaries were told then).
 */
export function markChatGone(db: Db, platform: Platform, chatId: string, reason: string, now: number): { failed: number; already: boolean } {
  const already = db
    .prepare('SELECT gone_at FROM chats WHERE platform = ? AND chat_id = ?')
    .pluck()
    .get(platform, chatId) as number | null | undefined;
  db.prepare('UPDATE chats SET gone_at = ?, gone_reason = ? WHERE platform = ? AND chat_id = ?').run(now, reason.slice(0, 200), platform, chatId);
  const failed = db
    .prepare(`UPDATE outbox SET status = 'failed', error = ?, claimed_until = NULL WHERE platform = ? AND chat_id = ? AND status = 'pending'`)
    .run(`chat gone: ${reason}`.slice(0, 500), platform, chatId).changes;
  return { failed, already: already !== null && already !== undefined };
}

/**
 * Who hears that a chat is gone: the secretaries of its community (a group's, or the member's whose
 * private chat it is), or none when it belongs to no community (then the admins are told).
 */
export function secretariesOfChat(db: Db, admins: readonly string[], platform: Platform, chatId: string): { members: Member[]; name: string } {
  const chat = db.prepare('SELECT community_id, title, is_group FROM chats WHERE platform = ? AND chat_id = ?').get(platform, chatId) as
    | { community_id: number | null; title: string | null; is_group: number }
    | undefined;
  const person = db.prepare('SELECT * FROM members WHERE platform = ? AND private_chat_id = ?').get(platform, chatId) as Member | undefined;
  const communityId = chat?.is_group === 1 ? chat.community_id : (person?.community_id ?? null);
  const name = chat?.is_group === 1 ? (chat.title ?? chatId) : (person?.display_name ?? chatId);
  return { members: communityId === null ? [] : secretariesOf(db, admins, communityId).filter((m) => privateAddress(m) !== undefined), name };
}

/** The language to write to a chat in: the group's, or the person's whose private chat it is. */
export function chatLang(db: Db, platform: Platform, chatId: string): Lang {
  const lang = db
    .prepare(
      `SELECT COALESCE((SELECT lang FROM chats WHERE platform = @platform AND chat_id = @chatId),
                       (SELECT lang FROM members WHERE platform = @platform AND private_chat_id = @chatId))`,
    )
    .pluck()
    .get({ platform, chatId }) as Lang | null;
  return lang ?? 'zh-CN';
}

/**
 * Replies (to a message someone sent) that waited longer than `olderThan` and have not started
 * going out: marked stale. Urgent messages never go stale. Returns, per chat, how many.
 */
export function expireStaleReplies(
  db: Db,
  platforms: Platform[],
  olderThan: number,
  urgent: number,
): { platform: Platform; chat_id: string; count: number; oldest: number }[] {
  // Only on the platforms this process sends on: the apology goes out from the same process.
  const where = `status = 'pending' AND platform IN (SELECT value FROM json_each(@platforms)) AND source_message_id IS NOT NULL
    AND priority < @urgent AND created_at < @olderThan AND parts_sent = 0 AND claimed_until IS NULL`;
  const params = { platforms: JSON.stringify(platforms), urgent, olderThan };
  const stale = db
    .prepare(`SELECT platform, chat_id, COUNT(*) AS count, MIN(created_at) AS oldest FROM outbox WHERE ${where} GROUP BY platform, chat_id`)
    .all(params) as { platform: Platform; chat_id: string; count: number; oldest: number }[];
  if (stale.length > 0) db.prepare(`UPDATE outbox SET status = 'stale' WHERE ${where}`).run(params);
  return stale;
}
