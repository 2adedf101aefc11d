import type { Db } from '../../../src/db/open.js';
import type { Member } from '../../../src/services/members.js';

export interface Elderly {
  id: number;
  community_id: number;
  name: string;
  building: string;
  door: string;
  phone: string | null;
  volunteer_member_id: number | null;
  paired_at: number | null;
  confirmed_date: string | null;
}

export interface ElderlyWithVolunteer extends Elderly {
  volunteer_name: string | null;
}

/** Registers an elderly resident living alone; false when already registered (same door and name). */
export function registerElderly(
  db: Db,
  e: { communityId: number; name: string; building: string; door: string; phone: string | null; registeredBy: number },
  now: number,
): boolean {
  return (
    db
      .prepare(
        `INSERT OR IGNORE INTO elderly_residents (community_id, name, building, door, phone, registered_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.communityId, e.name, e.building, e.door, e.phone, e.registeredBy, now).changes === 1
  );
}

export function elderlyOf(db: Db, communityId: number): ElderlyWithVolunteer[] {
  return db
    .prepare(
      `SELECT e.*, m.display_name AS volunteer_name FROM elderly_residents e LEFT JOIN members m ON m.id = e.volunteer_member_id
       WHERE e.community_id = ? ORDER BY e.id`,
    )
    .all(communityId) as ElderlyWithVolunteer[];
}

export interface Helper {
  memberId: number;
  building: string | null;
}

/** Distance between buildings for "near": the same building is 0; numbered buildings by their numbers. */
function distance(a: string | null, b: string): number {
  if (a === null) return 10_000;
  if (a === b) return 0;
  const na = Number(/\d+/.exec(a)?.[0]);
  const nb = Number(/\d+/.exec(b)?.[0]);
  const sameArea = a.replace(/\d+/g, '') === b.replace(/\d+/g, '');
  return (Number.isFinite(na) && Number.isFinite(nb) ? Math.abs(na - nb) : 1000) + (sameArea ? 0 : 1000);
}

/**
 * Plans who looks after whom: each elderly resident without a volunteer gets one. Same building
 * first, one each while there are enough volunteers; nobody gets more than ceil(elderly / volunteers).
 * Existing pairs stay and count towards the load. Returns elderly id → volunteer member id.
 */
export function planPairs(elderly: Pick<Elderly, 'id' | 'building' | 'volunteer_member_id'>[], helpers: Helper[]): Map<number, number> {
  const plan = new Map<number, number>();
  if (helpers.length === 0) return plan;
  const cap = Math.max(1, Math.ceil(elderly.length / helpers.length));
  const load = new Map<number, number>(helpers.map((h) => [h.memberId, 0]));
  for (const e of elderly) {
    if (e.volunteer_member_id !== null && load.has(e.volunteer_member_id)) load.set(e.volunteer_member_id, load.get(e.volunteer_member_id)! + 1);
  }
  const waiting = elderly.filter((e) => e.volunteer_member_id === null || !load.has(e.volunteer_member_id));
  const assign = (e: (typeof waiting)[number], candidates: Helper[]) => {
    const best = candidates
      .filter((h) => load.get(h.memberId)! < cap)
      .sort((a, b) => distance(a.building, e.building) - distance(b.building, e.building) || load.get(a.memberId)! - load.get(b.memberId)! || a.memberId - b.memberId)[0];
    if (!best) return false;
    plan.set(e.id, best.memberId);
    load.set(best.memberId, load.get(best.memberId)! + 1);
    return true;
  };
  // Pass 1: a neighbour in the same building who has nobody yet. Pass 2: same building, up to the cap.
  // Pass 3: the nearest volunteer with room.
  for (const limit of [1, cap]) {
    for (const e of waiting) {
      if (plan.has(e.id)) continue;
      const same = helpers.filter((h) => h.building === e.building && load.get(h.memberId)! < limit);
      if (same.length > 0) assign(e, same);
    }
  }
  for (const e of waiting) if (!plan.has(e.id)) assign(e, helpers);
  return plan;
}

export function setPair(db: Db, elderlyId: number, memberId: number, now: number): void {
  db.prepare('UPDATE elderly_residents SET volunteer_member_id = ?, paired_at = ?, confirmed_date = NULL WHERE id = ?').run(memberId, now, elderlyId);
}

/** Unpairs elderly residents whose volunteer stepped down, so /pair finds them a new one. */
export function dropInactivePairs(db: Db, communityId: number): number {
  return db
    .prepare(
      `UPDATE elderly_residents SET volunteer_member_id = NULL, paired_at = NULL
       WHERE community_id = ? AND volunteer_member_id IS NOT NULL AND volunteer_member_id NOT IN
         (SELECT member_id FROM volunteers WHERE community_id = ? AND status = 'active')`,
    )
    .run(communityId, communityId).changes;
}

export function elderlyOfVolunteer(db: Db, communityId: number, memberId: number): Elderly[] {
  return db
    .prepare('SELECT * FROM elderly_residents WHERE community_id = ? AND volunteer_member_id = ? ORDER BY id')
    .all(communityId, memberId) as Elderly[];
}

/** The volunteer has contacted their elderly residents today. Returns how many. */
export function confirmContact(db: Db, communityId: number, memberId: number, date: string): number {
  return db
    .prepare('UPDATE elderly_residents SET confirmed_date = ? WHERE community_id = ? AND volunteer_member_id = ?')
    .run(date, communityId, memberId).changes;
}

export function unconfirmed(db: Db, communityId: number, date: string): ElderlyWithVolunteer[] {
  return elderlyOf(db, communityId).filter((e) => e.volunteer_member_id !== null && e.confirmed_date !== date);
}

/** Volunteers who look after someone. */
export function pairedVolunteers(db: Db, communityId: number): Member[] {
  return db
    .prepare(
      `SELECT DISTINCT m.* FROM elderly_residents e JOIN members m ON m.id = e.volunteer_member_id
       WHERE e.community_id = ? ORDER BY m.id`,
    )
    .all(communityId) as Member[];
}

/** Communities that have pairs (for the daily check-in). */
export function elderlyCount(db: Db, communityId: number): { total: number; paired: number } {
  const row = db
    .prepare('SELECT COUNT(*) AS total, COUNT(volunteer_member_id) AS paired FROM elderly_residents WHERE community_id = ?')
    .get(communityId) as { total: number; paired: number };
  return row;
}

/** For /forgetme: the member's pairs are released (the elderly residents are paired again at the next /pair). */
export function forgetPairs(db: Db, memberId: number): number {
  return db.prepare('UPDATE elderly_residents SET volunteer_member_id = NULL, paired_at = NULL WHERE volunteer_member_id = ?').run(memberId).changes;
}

/** For /mydata: how many elderly residents a volunteer looks after. */
export function elderlyPairedWith(db: Db, memberId: number): number {
  return db.prepare('SELECT COUNT(*) FROM elderly_residents WHERE volunteer_member_id = ?').pluck().get(memberId) as number;
}
