import type { Db } from '../../../src/db/open.js';
import type { Member } from '../../../src/services/members.js';
import { isUrgent, OPEN_STATUSES, type MedicineRequest } from './requests.js';

const OPEN_SQL = OPEN_STATUSES.map((s) => `'${s}'`).join(',');

export interface MedicineCounts {
  receivedToday: number;
  deliveredToday: number;
  open: number;
  openUrgent: number;
}

/** Numbers for the bulletin: never a name, a door or a medicine. */
export function medicineCounts(db: Db, communityId: number, day: { start: number; end: number }, now: number): MedicineCounts {
  const count = (sql: string, ...params: number[]) => db.prepare(sql).pluck().get(communityId, ...params) as number;
  const open = db
    .prepare(`SELECT * FROM medicine_requests WHERE community_id = ? AND status IN (${OPEN_SQL})`)
    .all(communityId) as MedicineRequest[];
  return {
    receivedToday: count('SELECT COUNT(*) FROM medicine_requests WHERE community_id = ? AND created_at >= ? AND created_at < ?', day.start, day.end),
    deliveredToday: count(
      `SELECT COUNT(*) FROM medicine_requests WHERE community_id = ? AND status = 'delivered' AND delivered_at >= ? AND delivered_at < ?`,
      day.start,
      day.end,
    ),
    open: open.length,
    openUrgent: open.filter((r) => isUrgent(r, now)).length,
  };
}

/** Requests a member wrote (what /mydata describes and /forgetme erases). */
export function requestsWrittenBy(db: Db, member: Member): MedicineRequest[] {
  return db
    .prepare('SELECT * FROM medicine_requests WHERE requester_id = ? AND forgotten_at IS NULL ORDER BY id')
    .all(member.id) as MedicineRequest[];
}

const ERASED = '-';

/** Erases the personal details of requests (medicines, patient, notes); the rows stay for the counts. */
export function eraseRequests(db: Db, ids: number[], now: number): number {
  const erase = db.prepare(
    `UPDATE medicine_requests SET patient = NULL, outcome_note = NULL, card_returned_to = NULL, hospital = NULL,
       status = CASE WHEN status IN (${OPEN_SQL}) THEN 'cancelled' ELSE status END,
       closed_at = COALESCE(closed_at, ?), forgotten_at = ?, updated_at = ? WHERE id = ?`,
  );
  const items = db.prepare(`UPDATE medicine_items SET name = '${ERASED}', strength = NULL WHERE request_id = ?`);
  for (const id of ids) {
    erase.run(now, now, now, id);
    items.run(id);
  }
  return ids.length;
}

/** Closed requests of a community closed before `cutoff` whose details are still kept. */
export function closedBefore(db: Db, communityId: number, cutoff: number): number[] {
  return db
    .prepare('SELECT id FROM medicine_requests WHERE community_id = ? AND closed_at IS NOT NULL AND closed_at < ? AND forgotten_at IS NULL')
    .pluck()
    .all(communityId, cutoff) as number[];
}
