import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { checkpointFile, inspectFile } from '../db/file.js';
import { lockFileOf, takeDatabase } from '../db/lock.js';
import { migrate, readMigrations } from '../db/migrate.js';
import { openDb } from '../db/open.js';
import { appendAudit } from '../services/audit.js';
import { recordRestore } from '../services/restores.js';

export class RestoreError extends Error {}

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
 * Replaces the database with a checked backup. Refuses while any linli process holds the database
 * (src/db/lock.ts), and holds it itself while it works, so no linli can start on a half-restored
 * file. The current database is first checkpointed (its WAL folded in) and kept as
 * `<db>.before-restore-<time>`, so a restore can itself be undone. The restored database is brought
 * up to this code's migrations and told where the replaced one is: the next linli to open it
 * carries over what went out meanwhile (src/ops/carry-over.ts), so nothing is sent twice. The
 * restore is recorded in the restored database's audit trail.
 */
export function restoreBackup(file: string, dbPath: string, now: number): RestoreResult {
  const migrations = checkBackup(file);
  mkdirSync(dirname(dbPath), { recursive: true });
  const lock = takeDatabase(dbPath);
  if (!lock) {
    throw new RestoreError(
      `linli is running on ${dbPath} (a process holds ${lockFileOf(dbPath)}): stop every linli on it first (the bot, console runs), then restore`,
    );
  }
  try {
    return replace(file, dbPath, now, migrations);
  } finally {
    lock.release();
  }
}

function replace(file: string, dbPath: string, now: number, migrations: number[]): RestoreResult {

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
    migrate(db);
    db.transaction(() => {
      appendAudit(db, { actorMemberId: null, communityId: null, action: 'backup.restore', recordKind: 'backup', recordId: basename(file) }, now);
      if (savedAs) recordRestore(db, { file: basename(file), replaced: savedAs }, now);
    })();
  } finally {
    db.close();
  }
  return { savedAs, migrations };
}
