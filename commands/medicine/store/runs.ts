import type { Db } from '../../../src/db/open.js';
import type { Member } from '../../../src/services/members.js';
import type { MedicineRequest } from './requests.js';

export interface MedicineRun {
  id: number;
  community_id: number;
  hospital: string;
  run_date: string;
  status: 'open' | 'done';
  created_by: number | null;
  created_at: number;
}

/** Creates a run and puts the requests in it; returns the run's number. */
export function createRun(
  db: Db,
  r: { communityId: number; hospital: string; date: string; createdBy: number; requestIds: number[] },
  now: number,
): number {
  const id = Number(
    db
      .prepare('INSERT INTO medicine_runs (community_id, hospital, run_date, created_by, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(r.communityId, r.hospital, r.date, r.createdBy, now).lastInsertRowid,
  );
  const assign = db.prepare('UPDATE medicine_requests SET run_id = ?, updated_at = ? WHERE id = ?');
  for (const requestId of r.requestIds) assign.run(id, now, requestId);
  return id;
}

export function runById(db: Db, id: number): MedicineRun | undefined {
  return db.prepare('SELECT * FROM medicine_runs WHERE id = ?').get(id) as MedicineRun | undefined;
}

/** A community's runs not yet done, soonest first (the desk lists their sheets). */
export function openRuns(db: Db, communityId: number): MedicineRun[] {
  return db
    .prepare(`SELECT * FROM medicine_runs WHERE community_id = ? AND status = 'open' ORDER BY run_date, id`)
    .all(communityId) as MedicineRun[];
}

/** The requests of a run, by door (the order volunteers walk the buildings in). */
export function runRequests(db: Db, runId: number): MedicineRequest[] {
  return db
    .prepare('SELECT * FROM medicine_requests WHERE run_id = ? ORDER BY building + 0, building, door, id')
    .all(runId) as MedicineRequest[];
}

/** A volunteer joins a run; false if they already had. */
export function joinRun(db: Db, runId: number, memberId: number, now: number): boolean {
  return (
    db.prepare('INSERT OR IGNORE INTO medicine_run_volunteers (run_id, member_id, joined_at) VALUES (?, ?, ?)').run(runId, memberId, now)
      .changes > 0
  );
}

export function runVolunteers(db: Db, runId: number): Member[] {
  return db
    .prepare(
      `SELECT m.* FROM medicine_run_volunteers v JOIN members m ON m.id = v.member_id WHERE v.run_id = ? ORDER BY v.joined_at, m.id`,
    )
    .all(runId) as Member[];
}
