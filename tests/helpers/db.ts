import { openDb } from '../../src/db/open.js';

/** Reads a running bot's database through a second, read-only connection. */
export function queryDb<T>(dbPath: string, sql: string): T[] {
  const db = openDb(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
