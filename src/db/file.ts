import Database from 'better-sqlite3';

/** What a database file says about itself, read without changing it: its integrity and its migrations. */
export function inspectFile(file: string): { integrity: string; migrations: number[] | undefined } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
    const migrations = hasTable ? (db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[]) : undefined;
    return { integrity, migrations };
  } finally {
    db.close();
  }
}

/** Folds a database's write-ahead log into the file itself, so the file alone holds everything. */
export function checkpointFile(file: string): void {
  const db = new Database(file);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
