import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

export interface OpenOptions {
  /** `FULL` (default) survives a power cut; `NORMAL` only a process crash. */
  synchronous?: 'FULL' | 'NORMAL';
  readonly?: boolean;
}

/**
 * SQLite's page cache, in KiB (a negative cache_size): at most this much of the file is kept in the
 * bot's memory. better-sqlite3's default is 16 MiB; the bot's working set (members, chats, open
 * group-buys and the last messages) is far smaller, and the rest of the file is in the operating
 * system's cache anyway, a read away. With 4 MiB a 300,000-message soak and the street bench lose
 * nothing measurable (docs/performance.md), and the bot's memory stops growing 12 MiB earlier.
 */
export const PAGE_CACHE_KIB = 4096;

/**
 * Opens the SQLite file with the settings linli relies on: WAL, foreign keys, a busy timeout,
 * synchronous=FULL, temporary data in memory and a page cache of PAGE_CACHE_KIB. better-sqlite3 is
 * built to lower `synchronous` to NORMAL when a database enters WAL mode, so the level is set after
 * the journal mode and then read back. temp_store=MEMORY keeps the statement journal of each
 * message's savepoint in memory: on disk it was ~45 writes to a temporary file a message.
 */
export function openDb(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    const level = options.synchronous ?? 'FULL';
    db.pragma(`synchronous = ${level}`);
    const actual = db.pragma('synchronous', { simple: true });
    const expected = level === 'FULL' ? 2 : 1;
    if (actual !== expected) throw new Error(`SQLite refused synchronous=${level} (got ${String(actual)})`);
  }
  cachePreparedStatements(db);
  return db;
}

/**
 * Services call `db.prepare(sql)` where they need it, which keeps SQL next to its use; preparing
 * costs more than running a small statement, so each SQL text is prepared once per connection.
 * A reused statement has its reading modes reset, so `.pluck()` in one place never leaks into another.
 */
function cachePreparedStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = prepare(sql);
      cache.set(sql, stmt);
    } else if (stmt.reader) {
      stmt.pluck(false).expand(false).raw(false);
    }
    return stmt;
  }) as Db['prepare'];
}
