import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './open.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export class MigrationError extends Error {}

/** Reads `NNN_name.sql` files in version order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((file) => {
      const match = /^(\d{3})_([\w-]+)\.sql$/.exec(file);
      if (!match) throw new MigrationError(`migration file ${file} is not named NNN_name.sql`);
      return { version: Number(match[1]), name: match[2]!, sql: readFileSync(join(dir, file), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version === migrations[i - 1]!.version) {
      throw new MigrationError(`two migrations share version ${migrations[i]!.version}`);
    }
  }
  return migrations;
}

/** The versions already applied to this database. */
export function appliedVersions(db: Db): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  return (db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[]);
}

/**
 * Applies every migration not yet applied, in order, each in its own transaction, and records it.
 * Refuses a database that holds a migration this code does not know (it is newer than the code).
 * A failing migration is rolled back whole and stops start-up; earlier ones stay applied.
 */
export function migrate(db: Db, migrations = readMigrations()): number[] {
  const applied = new Set(appliedVersions(db));
  const known = new Set(migrations.map((m) => m.version));
  const unknown = [...applied].filter((v) => !known.has(v));
  if (unknown.length > 0) {
    throw new MigrationError(
      `the database has migration ${unknown.join(', ')} that this code does not know: it is newer than the code; run a newer linli`,
    );
  }
  const done: number[] = [];
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    const apply = db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
      db.pragma(`user_version = ${m.version}`);
    });
    try {
      apply();
    } catch (err) {
      throw new MigrationError(`migration ${m.version}_${m.name} failed and was rolled back: ${(err as Error).message}`);
    }
    done.push(m.version);
  }
  return done;
}
