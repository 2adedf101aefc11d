import type { Db } from '../../../src/db/open.js';
import { memberById, type Member } from '../../../src/services/members.js';

export interface Task {
  id: number;
  community_id: number;
  platform: string;
  chat_id: string;
  title: string;
  building: string | null;
  skill: string | null;
  due_at: number | null;
  posted_by: number | null;
  owner_member_id: number | null;
  status: 'open' | 'claimed' | 'done' | 'cancelled';
  announcements: number;
  created_at: number;
  claimed_at: number | null;
  done_at: number | null;
  cancelled_at: number | null;
}

export function createTask(
  db: Db,
  t: { communityId: number; platform: string; chatId: string; title: string; building: string | null; skill: string | null; dueAt: number | null; postedBy: number },
  now: number,
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO volunteer_tasks (community_id, platform, chat_id, title, building, skill, due_at, posted_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(t.communityId, t.platform, t.chatId, t.title, t.building, t.skill, t.dueAt, t.postedBy, now).lastInsertRowid,
  );
}

export function taskById(db: Db, id: number): Task | undefined {
  return db.prepare('SELECT * FROM volunteer_tasks WHERE id = ?').get(id) as Task | undefined;
}

export type ClaimResult =
  | { ok: true; task: Task }
  | { ok: false; reason: 'taken'; owner: Member; task: Task }
  | { ok: false; reason: 'closed'; task: Task }
  | { ok: false; reason: 'missing' };

/**
 * Claims a task for a member. The conditional UPDATE is the decision: of any number of claims,
 * however close together, exactly one finds the task unowned; the others learn who owns it.
 */
export function claimTask(db: Db, taskId: number, memberId: number, now: number): ClaimResult {
  const won = db
    .prepare(
      `UPDATE volunteer_tasks SET owner_member_id = ?, status = 'claimed', claimed_at = ?
       WHERE id = ? AND owner_member_id IS NULL AND status = 'open'`,
    )
    .run(memberId, now, taskId);
  const task = taskById(db, taskId);
  if (!task) return { ok: false, reason: 'missing' };
  if (won.changes === 1) return { ok: true, task };
  if (task.status === 'claimed' && task.owner_member_id !== null) {
    return { ok: false, reason: 'taken', owner: memberById(db, task.owner_member_id)!, task };
  }
  return { ok: false, reason: 'closed', task };
}

/** The owner marks the task done; returns false if they do not own an unfinished task. */
export function finishTask(db: Db, taskId: number, memberId: number, now: number): boolean {
  return (
    db
      .prepare(`UPDATE volunteer_tasks SET status = 'done', done_at = ? WHERE id = ? AND owner_member_id = ? AND status = 'claimed'`)
      .run(now, taskId, memberId).changes === 1
  );
}

/** The owner gives the task back (or it is taken back when overdue): open again, unowned. */
export function reopenTask(db: Db, taskId: number, ownerId: number): boolean {
  return (
    db
      .prepare(
        `UPDATE volunteer_tasks SET status = 'open', owner_member_id = NULL, claimed_at = NULL, announcements = 1
         WHERE id = ? AND owner_member_id = ? AND status = 'claimed'`,
      )
      .run(taskId, ownerId).changes === 1
  );
}

/** The poster (or a secretary) cancels an unfinished task. */
export function cancelTask(db: Db, taskId: number, now: number): boolean {
  return (
    db
      .prepare(`UPDATE volunteer_tasks SET status = 'cancelled', cancelled_at = ? WHERE id = ? AND status IN ('open', 'claimed')`)
      .run(now, taskId).changes === 1
  );
}

/** Counts another announcement of an unclaimed task. */
export function countAnnouncement(db: Db, taskId: number): void {
  db.prepare('UPDATE volunteer_tasks SET announcements = announcements + 1 WHERE id = ?').run(taskId);
}

/** Tasks a member had claimed go back to the group (when they step down); returns them. */
export function releaseTasksOf(db: Db, communityId: number, memberId: number): Task[] {
  const tasks = db
    .prepare(`SELECT * FROM volunteer_tasks WHERE community_id = ? AND owner_member_id = ? AND status = 'claimed'`)
    .all(communityId, memberId) as Task[];
  for (const t of tasks) reopenTask(db, t.id, memberId);
  return tasks.map((t) => taskById(db, t.id)!);
}

/** Unfinished tasks (open and claimed), oldest first, with their owner's name. */
export function unfinishedTasks(db: Db, communityId: number): (Task & { owner_name: string | null })[] {
  return db
    .prepare(
      `SELECT t.*, m.display_name AS owner_name FROM volunteer_tasks t LEFT JOIN members m ON m.id = t.owner_member_id
       WHERE t.community_id = ? AND t.status IN ('open', 'claimed') ORDER BY t.status DESC, t.id`,
    )
    .all(communityId) as (Task & { owner_name: string | null })[];
}

/** The member's claimed, unfinished tasks. */
export function claimedBy(db: Db, communityId: number, memberId: number): Task[] {
  return db
    .prepare(`SELECT * FROM volunteer_tasks WHERE community_id = ? AND owner_member_id = ? AND status = 'claimed' ORDER BY id`)
    .all(communityId, memberId) as Task[];
}

/** Counts for the bulletin. */
export function taskCounts(db: Db, communityId: number, start: number, end: number): { open: number; doneToday: number } {
  const open = db
    .prepare(`SELECT COUNT(*) FROM volunteer_tasks WHERE community_id = ? AND status IN ('open', 'claimed')`)
    .pluck()
    .get(communityId) as number;
  const doneToday = db
    .prepare(`SELECT COUNT(*) FROM volunteer_tasks WHERE community_id = ? AND status = 'done' AND done_at >= ? AND done_at < ?`)
    .pluck()
    .get(communityId, start, end) as number;
  return { open, doneToday };
}

/** For /forgetme: tasks the member claimed or posted stay (counts), without their name. */
export function forgetTasks(db: Db, memberId: number): number {
  const a = db.prepare('UPDATE volunteer_tasks SET owner_member_id = NULL WHERE owner_member_id = ? AND status IN (\'done\', \'cancelled\')').run(memberId).changes;
  const b = db.prepare('UPDATE volunteer_tasks SET posted_by = NULL WHERE posted_by = ?').run(memberId).changes;
  const c = db.prepare(`UPDATE volunteer_tasks SET status = 'open', owner_member_id = NULL, claimed_at = NULL WHERE owner_member_id = ? AND status = 'claimed'`).run(memberId).changes;
  return a + b + c;
}

export function tasksTouching(db: Db, memberId: number): { claimed: number; posted: number } {
  const claimed = db.prepare('SELECT COUNT(*) FROM volunteer_tasks WHERE owner_member_id = ?').pluck().get(memberId) as number;
  const posted = db.prepare('SELECT COUNT(*) FROM volunteer_tasks WHERE posted_by = ?').pluck().get(memberId) as number;
  return { claimed, posted };
}
