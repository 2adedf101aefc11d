import type { Db } from '../../../src/db/open.js';
import { memberById, type Member } from '../../../src/services/members.js';

export interface Emergency {
  id: number;
  community_id: number;
  platform: string;
  chat_id: string;
  door: string | null;
  detail: string | null;
  reporter_member_id: number | null;
  responder_member_id: number | null;
  responded_at: number | null;
  escalated_at: number | null;
  status: 'open' | 'closed';
  closed_by: number | null;
  closed_at: number | null;
  created_at: number;
}

export type EventKind = 'raised' | 'notified' | 'responded' | 'escalated' | 'closed';

export interface EmergencyEvent {
  at: number;
  kind: EventKind;
  member_id: number | null;
  member_name: string | null;
  count: number | null;
}

export function createEmergency(
  db: Db,
  e: { communityId: number; platform: string; chatId: string; door: string | null; detail: string | null; reporterId: number },
  now: number,
): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO emergencies (community_id, platform, chat_id, door, detail, reporter_member_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.communityId, e.platform, e.chatId, e.door, e.detail, e.reporterId, now).lastInsertRowid,
  );
  addEvent(db, id, 'raised', e.reporterId, null, now);
  return id;
}

export function addEvent(db: Db, id: number, kind: EventKind, memberId: number | null, count: number | null, now: number): void {
  db.prepare('INSERT INTO emergency_events (emergency_id, at, kind, member_id, count) VALUES (?, ?, ?, ?, ?)').run(id, now, kind, memberId, count);
}

export function emergencyById(db: Db, id: number): Emergency | undefined {
  return db.prepare('SELECT * FROM emergencies WHERE id = ?').get(id) as Emergency | undefined;
}

/**
 * Records a responder. The first one is decided by the conditional UPDATE (atomic); every answer
 * goes into the timeline. Returns the first responder, and whether it is this member.
 */
export function respond(db: Db, id: number, memberId: number, now: number): { first: boolean; responder: Member | undefined } {
  const won = db
    .prepare(
      `UPDATE emergencies SET responder_member_id = ?, responded_at = ?
       WHERE id = ? AND responder_member_id IS NULL AND status = 'open'`,
    )
    .run(memberId, now, id);
  addEvent(db, id, 'responded', memberId, null, now);
  const e = emergencyById(db, id);
  return { first: won.changes === 1, responder: e?.responder_member_id ? memberById(db, e.responder_member_id) : undefined };
}

/** Marks the call as re-sent wider; false when someone answered or it was closed meanwhile. */
export function markEscalated(db: Db, id: number, now: number): boolean {
  return (
    db
      .prepare(
        `UPDATE emergencies SET escalated_at = ?
         WHERE id = ? AND responder_member_id IS NULL AND status = 'open' AND escalated_at IS NULL`,
      )
      .run(now, id).changes === 1
  );
}

export function closeEmergency(db: Db, id: number, memberId: number, now: number): boolean {
  const closed =
    db
      .prepare(`UPDATE emergencies SET status = 'closed', closed_by = ?, closed_at = ? WHERE id = ? AND status = 'open'`)
      .run(memberId, now, id).changes === 1;
  if (closed) addEvent(db, id, 'closed', memberId, null, now);
  return closed;
}

export function openEmergencies(db: Db, communityId: number): Emergency[] {
  return db.prepare(`SELECT * FROM emergencies WHERE community_id = ? AND status = 'open' ORDER BY id`).all(communityId) as Emergency[];
}

/** The most recent emergency of a community (for /soslog without a number). */
export function latestEmergency(db: Db, communityId: number): Emergency | undefined {
  return db.prepare('SELECT * FROM emergencies WHERE community_id = ? ORDER BY id DESC LIMIT 1').get(communityId) as Emergency | undefined;
}

export function timeline(db: Db, id: number): EmergencyEvent[] {
  return db
    .prepare(
      `SELECT e.at, e.kind, e.member_id, m.display_name AS member_name, e.count
       FROM emergency_events e LEFT JOIN members m ON m.id = e.member_id
       WHERE e.emergency_id = ? ORDER BY e.at, e.id`,
    )
    .all(id) as EmergencyEvent[];
}

/** Counts for the bulletin: calls raised and calls closed in a window. */
export function emergencyCounts(db: Db, communityId: number, start: number, end: number): { raised: number; handled: number } {
  const raised = db
    .prepare('SELECT COUNT(*) FROM emergencies WHERE community_id = ? AND created_at >= ? AND created_at < ?')
    .pluck()
    .get(communityId, start, end) as number;
  const handled = db
    .prepare(`SELECT COUNT(*) FROM emergencies WHERE community_id = ? AND status = 'closed' AND closed_at >= ? AND closed_at < ?`)
    .pluck()
    .get(communityId, start, end) as number;
  return { raised, handled };
}

/** For /mydata. */
export function emergenciesReportedBy(db: Db, memberId: number): number {
  return db.prepare('SELECT COUNT(*) FROM emergencies WHERE reporter_member_id = ?').pluck().get(memberId) as number;
}

/** For /forgetme: closed calls the member raised lose their door and health detail (the count stays). */
export function forgetEmergencies(db: Db, memberId: number): number {
  return db
    .prepare(`UPDATE emergencies SET door = NULL, detail = NULL WHERE reporter_member_id = ? AND status = 'closed' AND (door IS NOT NULL OR detail IS NOT NULL)`)
    .run(memberId).changes;
}

/** Retention: closed calls older than the cutoff lose their door and health detail. */
export function expireEmergencies(db: Db, communityId: number, cutoff: number): number {
  return db
    .prepare(
      `UPDATE emergencies SET door = NULL, detail = NULL
       WHERE community_id = ? AND status = 'closed' AND closed_at < ? AND (door IS NOT NULL OR detail IS NOT NULL)`,
    )
    .run(communityId, cutoff).changes;
}
