import type { Db } from '../db/open.js';
import type { Lang, Platform } from '../kernel/types.js';
import type { OutboxRow } from './store.js';

/** A row no worker is sending at `now`: never claimed, released, or its claim ran out. */
const UNCLAIMED = '(claimed_until IS NULL OR claimed_until <= @now)';

/** No row of this chat is being sent by a worker now (one chat is served by one worker at a time, so its messages stay in order). */
const CHAT_FREE = 'COALESCE(MAX(claimed_until), 0) <= @now';

/**
 * Chats with messages due and no worker sending to them now, the one holding the most urgent
 * (then oldest) due message first.
 */
export function pendingChats(db: Db, now: number): { platform: Platform; chat_id: string }[] {
  return db
    .prepare(
      `SELECT platform, chat_id FROM outbox WHERE status = 'pending' AND tap_id IS NULL
       GROUP BY platform, chat_id HAVING MIN(next_attempt_at) <= @now AND ${CHAT_FREE}
       ORDER BY MAX(CASE WHEN next_attempt_at <= @now THEN priority END) DESC,
                MIN(CASE WHEN next_attempt_at <= @now THEN id END)`,
    )
    .all({ now }) as { platform: Platform; chat_id: string }[];
}

/**
 * A chat's pending messages due by then that no worker is sending, most urgent first, then oldest.
 * (Answers to taps are not messages of a chat: src/outbox/worker.ts sends them first, unpaced.)
 */
export function pendingOfChat(db: Db, platform: Platform, chatId: string, now: number): OutboxRow[] {
  return db
    .prepare(
      `SELECT * FROM outbox WHERE status = 'pending' AND tap_id IS NULL AND platform = @platform AND chat_id = @chatId
         AND next_attempt_at <= @now AND ${UNCLAIMED}
       ORDER BY priority DESC, id`,
    )
    .all({ platform, chatId, now }) as OutboxRow[];
}

/**
 * Claims rows for one worker until `until`, each only if it is still pending and no other worker
 * is sending to its chat (one UPDATE each, so two processes can never both get a row, nor send to
 * one chat at once). Returns the ids this worker got.
 */
export function claimRows(db: Db, ids: number[], worker: string, now: number, until: number): number[] {
  const q = db.prepare(
    `UPDATE outbox SET claimed_by = @worker, claimed_until = @until
     WHERE id = @id AND status = 'pending' AND ${UNCLAIMED}
       AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.status = 'pending' AND o.platform = outbox.platform
                         AND o.chat_id = outbox.chat_id AND o.claimed_until > @now AND o.claimed_by <> @worker)`,
  );
  return db.transaction(() => ids.filter((id) => q.run({ worker, until, id, now }).changes === 1))();
}

/** Keeps this worker's claim on rows it is still sending. */
export function extendClaims(db: Db, ids: number[], worker: string, until: number): void {
  const q = db.prepare(`UPDATE outbox SET claimed_until = ? WHERE id = ? AND claimed_by = ? AND status = 'pending'`);
  db.transaction(() => {
    for (const id of ids) q.run(until, id, worker);
  })();
}

/** Lets other workers have rows this worker holds (after a send, whatever its outcome). */
export function releaseClaims(db: Db, ids: number[], worker: string): void {
  const q = db.prepare(`UPDATE outbox SET claimed_until = NULL WHERE id = ? AND claimed_by = ?`);
  db.transaction(() => {
    for (const id of ids) q.run(id, worker);
  })();
}

/** The workers holding claims on pending rows now. */
export function claimHolders(db: Db, now: number): string[] {
  return db
    .prepare(`SELECT DISTINCT claimed_by FROM outbox WHERE status = 'pending' AND claimed_until > ?`)
    .pluck()
    .all(now) as string[];
}

/** Frees every claim of a worker known to be dead: its rows go out again (at least once). */
export function releaseClaimsOf(db: Db, worker: string): number {
  return db.prepare(`UPDATE outbox SET claimed_until = NULL WHERE claimed_by = ? AND status = 'pending'`).run(worker).changes;
}

export interface PlatformPause {
  since: number;
  until: number;
}

/** The pause a platform asked for in its current outage, if one is recorded (it may have run out). */
export function platformPause(db: Db, platform: Platform): PlatformPause | undefined {
  return db.prepare('SELECT since, until FROM platform_pauses WHERE platform = ?').get(platform) as PlatformPause | undefined;
}

/** Records that a platform asked to rest until then; the outage's start stays. */
export function recordPause(db: Db, platform: Platform, now: number, until: number, reason: string): void {
  db.prepare(
    `INSERT INTO platform_pauses (platform, since, until, reason) VALUES (?, ?, ?, ?)
     ON CONFLICT (platform) DO UPDATE SET until = MAX(until, excluded.until), reason = excluded.reason`,
  ).run(platform, now, until, reason.slice(0, 500));
}

/** A send went through after the pause: the platform's outage is over. */
export function endPause(db: Db, platform: Platform, now: number): void {
  db.prepare('DELETE FROM platform_pauses WHERE platform = ? AND until <= ?').run(platform, now);
}

/** Whether a chat is a group, as the bot has seen it; undefined when it has never seen it. */
export function seenAsGroup(db: Db, platform: Platform, chatId: string): boolean | undefined {
  const row = db.prepare('SELECT is_group FROM chats WHERE platform = ? AND chat_id = ?').get(platform, chatId) as
    | { is_group: number }
    | undefined;
  return row ? row.is_group === 1 : undefined;
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
  const q = db.prepare(`UPDATE outbox SET next_attempt_at = ?, error = ?, claimed_until = NULL WHERE id = ? AND status = 'pending'`);
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

/**
 * Every chat with pending messages that no worker is sending to, in the order the worker serves them, with
 * when its first falls due. (Rows another worker holds are its business; if it dies, its claims
 * run out and the worker's regular poll finds them.)
 */
export function earliestPending(db: Db, now: number): { platform: Platform; chat_id: string; next_attempt_at: number; coalesce: number }[] {
  return db
    .prepare(
      `SELECT platform, chat_id, MIN(next_attempt_at) AS next_attempt_at, MIN(coalesce) AS coalesce FROM outbox
       WHERE status = 'pending' AND tap_id IS NULL GROUP BY platform, chat_id HAVING ${CHAT_FREE} ORDER BY MAX(priority) DESC, MIN(id)`,
    )
    .all({ now }) as { platform: Platform; chat_id: string; next_attempt_at: number; coalesce: number }[];
}

/** How many messages wait to be sent, and since when the oldest waits (for /healthz). */
export function backlog(db: Db): { pending: number; oldestAt: number | null } {
  return db.prepare(`SELECT COUNT(*) AS pending, MIN(created_at) AS oldestAt FROM outbox WHERE status = 'pending'`).get() as { pending: number; oldestAt: number | null };
}

/** The display names linli knows for platform user ids (for @-mentions), by position; the id where unknown. */
export function mentionNames(db: Db, platform: Platform, userIds: string[]): string[] {
  const q = db.prepare('SELECT display_name FROM members WHERE platform = ? AND user_id = ?').pluck();
  return userIds.map((id) => (q.get(platform, id) as string | undefined) ?? id);
}

/** When the earliest answer to a tap waiting for a retry falls due (answers are not paced). */
export function nextTapAt(db: Db): number | undefined {
  return (db.prepare(`SELECT MIN(next_attempt_at) FROM outbox WHERE tap_id IS NOT NULL AND status = 'pending'`).pluck().get() as number | null) ?? undefined;
}
