import type { Db } from '../db/open.js';

export interface JobRow {
  id: number;
  kind: string;
  key: string | null;
  payload: string;
  due_at: number;
  attempts: number;
}

/**
 * Schedules a durable timer (a reminder, a re-announcement, a deadline). With a key, a pending job
 * of that key is moved to the new time instead of doubled.
 */
export function scheduleJob(
  db: Db,
  job: { kind: string; dueAt: number; payload?: unknown; key?: string },
  now: number,
): void {
  const payload = JSON.stringify(job.payload ?? {});
  if (job.key !== undefined) {
    const moved = db
      .prepare(`UPDATE jobs SET due_at = ?, payload = ?, kind = ? WHERE key = ? AND status = 'pending'`)
      .run(job.dueAt, payload, job.kind, job.key);
    if (moved.changes > 0) return;
    // A finished job with the same key is history: free the key for the new one.
    db.prepare(`UPDATE jobs SET key = NULL WHERE key = ? AND status <> 'pending'`).run(job.key);
  }
  db.prepare('INSERT INTO jobs (kind, key, payload, due_at, created_at) VALUES (?, ?, ?, ?, ?)').run(
    job.kind,
    job.key ?? null,
    payload,
    job.dueAt,
    now,
  );
}

/** Cancels the pending job with this key; returns whether there was one. */
export function cancelJob(db: Db, key: string): boolean {
  return db.prepare(`UPDATE jobs SET status = 'cancelled' WHERE key = ? AND status = 'pending'`).run(key).changes > 0;
}

export function dueJobs(db: Db, now: number, limit = 100): JobRow[] {
  return db
    .prepare(`SELECT id, kind, key, payload, due_at, attempts FROM jobs WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?`)
    .all(now, limit) as JobRow[];
}

export function finishJob(db: Db, id: number, status: 'done' | 'failed', now: number): void {
  db.prepare('UPDATE jobs SET status = ?, done_at = ?, attempts = attempts + 1 WHERE id = ?').run(status, now, id);
}

export function pendingJob(db: Db, key: string): JobRow | undefined {
  return db
    .prepare(`SELECT id, kind, key, payload, due_at, attempts FROM jobs WHERE key = ? AND status = 'pending'`)
    .get(key) as JobRow | undefined;
}

/** Tries a failed job again later, counting the attempt. */
export function retryJob(db: Db, id: number, dueAt: number): void {
  db.prepare('UPDATE jobs SET due_at = ?, attempts = attempts + 1 WHERE id = ?').run(dueAt, id);
}

/**
 * After a restore: pending jobs that fell due by `by` (between the backup and the restore) are not
 * run late, except the kinds in `quiet` (they send nothing, e.g. retention's erasure). Returns how
 * many were skipped, by kind.
 */
export function skipJobsDueBy(db: Db, by: number, quiet: ReadonlySet<string>, now: number): Map<string, number> {
  const due = db.prepare(`SELECT id, kind FROM jobs WHERE status = 'pending' AND due_at <= ?`).all(by) as { id: number; kind: string }[];
  const skip = db.prepare(`UPDATE jobs SET status = 'skipped', done_at = ? WHERE id = ?`);
  const counts = new Map<string, number>();
  for (const job of due) {
    if (quiet.has(job.kind)) continue;
    skip.run(now, job.id);
    counts.set(job.kind, (counts.get(job.kind) ?? 0) + 1);
  }
  return counts;
}
