import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The lock beside a database that a restore needs. It is SQLite's own file locking on a small file
 * of its own (`<db>.lock`, in rollback-journal mode), not a pid file: every linli process holds a
 * SHARED lock on it for as long as it has the database open (a read transaction left open), and a
 * restore needs the EXCLUSIVE lock, which SQLite grants only when no process holds a SHARED one.
 * Two linli processes on one database can both hold it; a console script run cannot take it away
 * from the bot; the operating system lets go of it when a process ends, even by `kill -9`.
 * The file itself is never deleted: a new file would be a new, unheld lock.
 */
export const lockFileOf = (dbPath: string): string => `${dbPath}.lock`;

export class LockError extends Error {}

export interface DbLock {
  /** Lets go of the lock (a stopped app, a finished restore). Calling it again does nothing. */
  release(): void;
}

function openLock(dbPath: string, waitMs: number): Database.Database {
  const file = lockFileOf(dbPath);
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma(`busy_timeout = ${waitMs}`);
  return db;
}

const holding = (db: Database.Database): DbLock => {
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      try {
        db.exec('COMMIT');
      } finally {
        db.close();
      }
    },
  };
};

/**
 * Takes the SHARED lock a running linli holds on its database. Fails (after `waitMs`) only while
 * a restore holds the EXCLUSIVE lock, i.e. the database is being replaced.
 */
export function holdDatabase(dbPath: string, waitMs = 5000): DbLock {
  if (dbPath === ':memory:') return { release() {} };
  const db = openLock(dbPath, waitMs);
  try {
    db.exec('BEGIN');
    // Reading starts the read transaction: SQLite takes the SHARED lock and keeps it until COMMIT.
    db.pragma('user_version');
  } catch (err) {
    db.close();
    throw new LockError(`${dbPath} is being restored from a backup (its lock is held): try again when the restore has finished (${(err as Error).message})`);
  }
  return holding(db);
}

/**
 * Takes the EXCLUSIVE lock, at once or not at all: undefined while any process holds the database
 * (a running linli, a console run, a second bot).
 */
export function takeDatabase(dbPath: string): DbLock | undefined {
  const db = openLock(dbPath, 0);
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch {
    db.close();
    return undefined;
  }
  return holding(db);
}

/** Whether some process holds the database now (it is open in linli somewhere on this machine). */
export function databaseInUse(dbPath: string): boolean {
  const lock = takeDatabase(dbPath);
  lock?.release();
  return lock === undefined;
}
