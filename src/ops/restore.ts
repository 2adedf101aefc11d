import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { checkpointFile, inspectFile } from '../db/file.js';
import { readMigrations } from '../db/migrate.js';
import { openDb } from '../db/open.js';
import { appendAudit } from '../services/audit.js';

export class RestoreError extends Error {}

/** The file the running bot writes its process id to, so a restore never swaps the database under it. */
export const pidFileOf = (dbPath: string) => `${dbPath}.pid`;

/** Whether a linli process is running on this database (its pid file names a live process). */
export function runningPid(dbPath: string): number | undefined {
  const file = pidFileOf(dbPath);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else; ESRCH: a stale file from a crash.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

/**
 * Checks a backup before it may replace the database: it opens as SQLite, passes
 * `PRAGMA integrity_check`, and every migration it holds is one this code knows.
 * Returns the migrations it holds.
 */
export function checkBackup(file: string): number[] {
  if (!existsSync(file)) throw new RestoreError(`${file}: no such file`);
  try {
    const { integrity, migrations: versions } = inspectFile(file);
    if (integrity !== 'ok') throw new RestoreError(`${file} is damaged: integrity_check says ${integrity}`);
    if (!versions) throw new RestoreError(`${file} is not a linli database (no schema_migrations)`);
    const known = new Set(readMigrations().map((m) => m.version));
    const unknown = versions.filter((v) => !known.has(v));
    if (unknown.length > 0) {
      throw new RestoreError(`${file} holds migration ${unknown.join(', ')} that this code does not know: restore it with a newer linli`);
    }
    return versions;
  } catch (err) {
    if (err instanceof RestoreError) throw err;
    throw new RestoreError(`${file} is not a readable SQLite database: ${(err as Error).message}`);
  }
}

export interface RestoreResult {
  /** Where the database that was replaced now is (undefined when there was none). */
  savedAs: string | undefined;
  migrations: number[];
}

/**
 * Replaces the database with a checked backup. Refuses while linli runs on it. The current database
 * is first checkpointed (its WAL folded in) and kept as `<db>.before-restore-<time>`, so a restore
 * can itself be undone. The restore is recorded in the restored database's audit trail.
 */
export function restoreBackup(file: string, dbPath: string, now: number): RestoreResult {
  const migrations = checkBackup(file);
  const pid = runningPid(dbPath);
  if (pid !== undefined) {
    throw new RestoreError(
      `linli is running on ${dbPath} (process ${pid}): stop it first, then restore (if that process is not linli, delete ${pidFileOf(dbPath)})`,
    );
  }
  mkdirSync(dirname(dbPath), { recursive: true });

  let savedAs: string | undefined;
  if (existsSync(dbPath)) {
    checkpointFile(dbPath);
    savedAs = `${dbPath}.before-restore-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dbPath, savedAs);
  }
  for (const extra of ['-wal', '-shm']) rmSync(`${dbPath}${extra}`, { force: true });

  const partial = `${dbPath}.restoring`;
  copyFileSync(file, partial);
  renameSync(partial, dbPath);

  const db = openDb(dbPath);
  try {
    appendAudit(db, { actorMemberId: null, communityId: null, action: 'backup.restore', recordKind: 'backup', recordId: basename(file) }, now);
  } finally {
    db.close();
  }
  return { savedAs, migrations };
}
