import type { Db } from '../db/open.js';

export interface Restore {
  id: number;
  file: string;
  replaced: string;
  restored_at: number;
}

/** Records, in the restored database, which database the restore replaced (src/ops/restore.ts). */
export function recordRestore(db: Db, r: { file: string; replaced: string }, now: number): void {
  db.prepare('INSERT INTO restores (file, replaced, restored_at) VALUES (?, ?, ?)').run(r.file, r.replaced, now);
}

/** A restore whose carry-over has not been done yet (the newest, if several). */
export function pendingRestore(db: Db): Restore | undefined {
  return db
    .prepare('SELECT id, file, replaced, restored_at FROM restores WHERE carried_at IS NULL ORDER BY id DESC LIMIT 1')
    .get() as Restore | undefined;
}

/** Marks every restore carried over (an older one left pending is superseded by the newest). */
export function finishRestores(db: Db, now: number, outcome: string): void {
  db.prepare('UPDATE restores SET carried_at = ?, outcome = ? WHERE carried_at IS NULL').run(now, outcome.slice(0, 500));
}

/** The name the replaced database is attached under while its records are carried over. */
export const REPLACED = 'replaced';

/** Opens the replaced database beside the restored one (as `replaced`), for reading. */
export function attachReplaced(db: Db, path: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${REPLACED}`).run(path);
}

export function detachReplaced(db: Db): void {
  db.exec(`DETACH DATABASE ${REPLACED}`);
}

/** Whether the replaced database has a table (it may be older than the code). */
export function replacedHas(db: Db, table: string): boolean {
  return db.prepare(`SELECT 1 FROM ${REPLACED}.sqlite_master WHERE type = 'table' AND name = ?`).get(table) !== undefined;
}
