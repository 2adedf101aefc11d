import type { Db } from '../../../src/db/open.js';
import type { Lang, Platform } from '../../../src/kernel/types.js';

export interface BulletinSend {
  id: number;
  community_id: number;
  date: string;
  trigger: 'schedule' | 'manual';
  late: number;
  empty: number;
  sent_by: number | null;
  group_count: number;
  reported_at: number | null;
  created_at: number;
}

/**
 * Claims the community's bulletin for a day. Returns the new row's id, or undefined when the day
 * was already claimed (by this process earlier, another process, or before a restart). Call it in
 * the transaction that queues the bulletin, so the claim and the messages commit together.
 */
export function claimBulletin(
  db: Db,
  c: { communityId: number; date: string; trigger: 'schedule' | 'manual'; late: boolean; sentBy: number | null },
  now: number,
): number | undefined {
  const r = db
    .prepare(
      `INSERT INTO bulletin_sends (community_id, date, trigger, late, sent_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (community_id, date) DO NOTHING`,
    )
    .run(c.communityId, c.date, c.trigger, c.late ? 1 : 0, c.sentBy, now);
  return r.changes > 0 ? Number(r.lastInsertRowid) : undefined;
}

export function sendOf(db: Db, communityId: number, date: string): BulletinSend | undefined {
  return db
    .prepare('SELECT * FROM bulletin_sends WHERE community_id = ? AND date = ?')
    .get(communityId, date) as BulletinSend | undefined;
}

export function sendById(db: Db, id: number): BulletinSend | undefined {
  return db.prepare('SELECT * FROM bulletin_sends WHERE id = ?').get(id) as BulletinSend | undefined;
}

/** Records that a claimed day had nothing to say (nothing was sent). */
export function markEmpty(db: Db, sendId: number): void {
  db.prepare('UPDATE bulletin_sends SET empty = 1 WHERE id = ?').run(sendId);
}

export function setGroupCount(db: Db, sendId: number, count: number): void {
  db.prepare('UPDATE bulletin_sends SET group_count = ? WHERE id = ?').run(count, sendId);
}

export function markReported(db: Db, sendId: number, now: number): void {
  db.prepare('UPDATE bulletin_sends SET reported_at = ? WHERE id = ?').run(now, sendId);
}

export function saveCopy(db: Db, sendId: number, lang: Lang, text: string): void {
  db.prepare('INSERT OR REPLACE INTO bulletin_copies (send_id, lang, text) VALUES (?, ?, ?)').run(sendId, lang, text);
}

/** The bulletin as it was sent, in a language. */
export function copyOf(db: Db, sendId: number, lang: Lang): string | undefined {
  return db.prepare('SELECT text FROM bulletin_copies WHERE send_id = ? AND lang = ?').pluck().get(sendId, lang) as
    | string
    | undefined;
}

/** Delivery of a bulletin to its groups, from the outbox rows that carry it. */
export function deliveryOf(
  db: Db,
  sendId: number,
): { platform: Platform; chat_id: string; status: 'pending' | 'sent' | 'failed' }[] {
  return db
    .prepare(
      `SELECT platform, chat_id, status FROM outbox WHERE ref_kind = 'bulletin' AND ref_id = ? ORDER BY id`,
    )
    .all(sendId) as { platform: Platform; chat_id: string; status: 'pending' | 'sent' | 'failed' }[];
}

/** Members of a community who write English and can be reached privately (for their English copy). */
export function englishMembersOf(db: Db, communityId: number): number[] {
  return db
    .prepare(`SELECT id FROM members WHERE community_id = ? AND lang = 'en' ORDER BY id`)
    .pluck()
    .all(communityId) as number[];
}

/** The day a new notice goes into: today's bulletin, or tomorrow's once today's has gone out. */
export function openBulletinDate(db: Db, communityId: number, today: string): string {
  if (!sendOf(db, communityId, today)) return today;
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * After a restore: the bulletins the replaced database (attached as `schema`) records as sent,
 * for days the restored one has none, are recorded here too (with their copies), so the catch-up
 * does not send a day's bulletin again. A community is the same when its id and name agree.
 * Returns how many days were carried over.
 */
export function carrySends(db: Db, schema: string): number {
  const carried = db
    .prepare(
      `INSERT INTO bulletin_sends (community_id, date, trigger, late, empty, sent_by, group_count, reported_at, created_at)
       SELECT r.community_id, r.date, r.trigger, r.late, r.empty, NULL, r.group_count, COALESCE(r.reported_at, r.created_at), r.created_at
       FROM ${schema}.bulletin_sends r
       JOIN communities c ON c.id = r.community_id
       JOIN ${schema}.communities rc ON rc.id = r.community_id AND rc.name = c.name
       WHERE NOT EXISTS (SELECT 1 FROM bulletin_sends s WHERE s.community_id = r.community_id AND s.date = r.date)`,
    )
    .run().changes;
  db.prepare(
    `INSERT OR IGNORE INTO bulletin_copies (send_id, lang, text)
     SELECT s.id, rc.lang, rc.text FROM ${schema}.bulletin_copies rc
     JOIN ${schema}.bulletin_sends rs ON rs.id = rc.send_id
     JOIN bulletin_sends s ON s.community_id = rs.community_id AND s.date = rs.date AND s.created_at = rs.created_at`,
  ).run();
  return carried;
}
