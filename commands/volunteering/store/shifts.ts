import type { Db } from '../../../src/db/open.js';
import { memberById, type Member } from '../../../src/services/members.js';

export interface Shift {
  id: number;
  community_id: number;
  plan_id: number;
  platform: string;
  chat_id: string;
  label: string;
  starts_at: number;
  ends_at: number;
  owner_member_id: number | null;
  taken_at: number | null;
}

export interface ShiftWithOwner extends Shift {
  owner_name: string | null;
}

/** Creates the shifts of a plan in one go; the plan id is the id of its first shift. */
export function createShifts(
  db: Db,
  p: { communityId: number; platform: string; chatId: string; createdBy: number; shifts: { label: string; startsAt: number; endsAt: number }[] },
  now: number,
): number {
  const insert = db.prepare(
    `INSERT INTO patrol_shifts (community_id, plan_id, platform, chat_id, label, starts_at, ends_at, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let planId = 0;
  for (const s of p.shifts) {
    const id = Number(insert.run(p.communityId, planId, p.platform, p.chatId, s.label, s.startsAt, s.endsAt, p.createdBy, now).lastInsertRowid);
    if (planId === 0) {
      planId = id;
      db.prepare('UPDATE patrol_shifts SET plan_id = ? WHERE id = ?').run(id, id);
    }
  }
  return planId;
}

export function shiftById(db: Db, id: number): Shift | undefined {
  return db.prepare('SELECT * FROM patrol_shifts WHERE id = ?').get(id) as Shift | undefined;
}

export function shiftsOfPlan(db: Db, planId: number): ShiftWithOwner[] {
  return db
    .prepare(
      `SELECT s.*, m.display_name AS owner_name FROM patrol_shifts s LEFT JOIN members m ON m.id = s.owner_member_id
       WHERE s.plan_id = ? ORDER BY s.starts_at, s.id`,
    )
    .all(planId) as ShiftWithOwner[];
}

/** Shifts not yet over, of a community. */
export function upcomingShifts(db: Db, communityId: number, now: number): ShiftWithOwner[] {
  return db
    .prepare(
      `SELECT s.*, m.display_name AS owner_name FROM patrol_shifts s LEFT JOIN members m ON m.id = s.owner_member_id
       WHERE s.community_id = ? AND s.ends_at > ? ORDER BY s.starts_at, s.id`,
    )
    .all(communityId, now) as ShiftWithOwner[];
}

/** Takes a shift; like a task claim, the conditional UPDATE makes one owner. */
export function takeShift(db: Db, id: number, memberId: number, now: number): { ok: true } | { ok: false; owner: Member | undefined } {
  const won = db.prepare('UPDATE patrol_shifts SET owner_member_id = ?, taken_at = ? WHERE id = ? AND owner_member_id IS NULL').run(memberId, now, id);
  if (won.changes === 1) return { ok: true };
  const s = shiftById(db, id);
  return { ok: false, owner: s?.owner_member_id ? memberById(db, s.owner_member_id) : undefined };
}

/** Frees the shifts a member took that have not started (when they step down). */
export function releaseShiftsOf(db: Db, communityId: number, memberId: number, now: number): number {
  return db
    .prepare('UPDATE patrol_shifts SET owner_member_id = NULL, taken_at = NULL WHERE community_id = ? AND owner_member_id = ? AND starts_at > ?')
    .run(communityId, memberId, now).changes;
}

/** For /forgetme: future shifts the member took are freed. */
export function forgetShifts(db: Db, memberId: number, now: number): number {
  const future = db.prepare('UPDATE patrol_shifts SET owner_member_id = NULL, taken_at = NULL WHERE owner_member_id = ? AND starts_at > ?').run(memberId, now).changes;
  const past = db.prepare('UPDATE patrol_shifts SET owner_member_id = NULL WHERE owner_member_id = ?').run(memberId).changes;
  return future + past;
}

export function shiftsTakenBy(db: Db, memberId: number): number {
  return db.prepare('SELECT COUNT(*) FROM patrol_shifts WHERE owner_member_id = ?').pluck().get(memberId) as number;
}
