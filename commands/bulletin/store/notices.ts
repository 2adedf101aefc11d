import type { Db } from '../../../src/db/open.js';

export interface Notice {
  id: number;
  community_id: number;
  date: string;
  text: string;
  urgent: number;
  text_en: string | null;
  claimed_by: number | null;
  translated_at: number | null;
  created_by: number | null;
  created_at: number;
  updated_at: number;
  removed_at: number | null;
}

/** Adds a notice to a day's bulletin; returns it. */
export function addNotice(
  db: Db,
  n: { communityId: number; date: string; text: string; urgent?: boolean; createdBy: number },
  now: number,
): Notice {
  const r = db
    .prepare(
      `INSERT INTO notices (community_id, date, text, urgent, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(n.communityId, n.date, n.text, n.urgent ? 1 : 0, n.createdBy, now, now);
  return noticeById(db, Number(r.lastInsertRowid))!;
}

export function noticeById(db: Db, id: number): Notice | undefined {
  return db.prepare('SELECT * FROM notices WHERE id = ?').get(id) as Notice | undefined;
}

/** A community's notice by id, if it is still there. */
export function liveNotice(db: Db, communityId: number, id: number): Notice | undefined {
  return db
    .prepare('SELECT * FROM notices WHERE id = ? AND community_id = ? AND removed_at IS NULL')
    .get(id, communityId) as Notice | undefined;
}

/** The notices of one day's bulletin, in the order they were written. */
export function noticesOf(db: Db, communityId: number, date: string): Notice[] {
  return db
    .prepare('SELECT * FROM notices WHERE community_id = ? AND date = ? AND removed_at IS NULL ORDER BY id')
    .all(communityId, date) as Notice[];
}

/** Replaces a notice's text; its English translation no longer fits and is dropped. */
export function editNotice(db: Db, id: number, text: string, now: number): void {
  db.prepare(
    `UPDATE notices SET text = ?, text_en = NULL, claimed_by = NULL, translated_at = NULL, updated_at = ? WHERE id = ?`,
  ).run(text, now, id);
}

export function removeNotice(db: Db, id: number, now: number): void {
  db.prepare('UPDATE notices SET removed_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
}

export type ClaimResult = { ok: true } | { ok: false; takenBy: number | null; translated: boolean };

/**
 * Claims the translation of a notice for a volunteer, atomically: the first claim wins, a second
 * claim by the same volunteer is fine.
 */
export function claimTranslation(db: Db, id: number, memberId: number): ClaimResult {
  const r = db
    .prepare(
      `UPDATE notices SET claimed_by = ? WHERE id = ? AND removed_at IS NULL AND text_en IS NULL
         AND (claimed_by IS NULL OR claimed_by = ?)`,
    )
    .run(memberId, id, memberId);
  if (r.changes > 0) return { ok: true };
  const n = noticeById(db, id);
  return { ok: false, takenBy: n?.claimed_by ?? null, translated: n?.text_en != null };
}

/** Saves a volunteer's English text, unless another volunteer holds the claim or it is translated. */
export function saveTranslation(db: Db, id: number, memberId: number, textEn: string, now: number): ClaimResult {
  const r = db
    .prepare(
      `UPDATE notices SET text_en = ?, claimed_by = ?, translated_at = ?, updated_at = ?
       WHERE id = ? AND removed_at IS NULL AND text_en IS NULL AND (claimed_by IS NULL OR claimed_by = ?)`,
    )
    .run(textEn, memberId, now, now, id, memberId);
  if (r.changes > 0) return { ok: true };
  const n = noticeById(db, id);
  return { ok: false, takenBy: n?.claimed_by ?? null, translated: n?.text_en != null };
}

/**
 * Puts back a member's language after they sent a translation: English written as a translation
 * says nothing about the language the translator reads (else they would get English bulletins).
 */
export function keepLanguage(db: Db, memberId: number, lang: string | null): void {
  db.prepare('UPDATE members SET lang = ? WHERE id = ? AND lang IS NOT ?').run(lang, memberId, lang);
}
