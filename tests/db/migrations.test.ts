import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appliedVersions, migrate, MigrationError, readMigrations } from '../../src/db/migrate.js';
import { openDb } from '../../src/db/open.js';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'linli-mig-')), 'linli.db');
const tables = (db: ReturnType<typeof openDb>) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','index','trigger') ORDER BY name").pluck().all();

describe('the database', () => {
  it('opens with WAL, foreign keys, a busy timeout and synchronous=FULL (checked after a write)', () => {
    const db = openDb(tempDb());
    migrate(db);
    db.prepare('INSERT INTO communities (name, created_at) VALUES (?, ?)').run('阳光二期', 1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });
});

describe('migrations', () => {
  const all = readMigrations();

  it('builds a fresh database and records every migration', () => {
    const db = openDb(tempDb());
    expect(migrate(db)).toEqual(all.map((m) => m.version));
    expect(appliedVersions(db)).toEqual(all.map((m) => m.version));
    expect(db.pragma('user_version', { simple: true })).toBe(all.at(-1)!.version);
    expect(migrate(db)).toEqual([]);
  });

  it.each(all.map((_, i) => i))('upgrades a database left at the first %i migrations to the same schema as a fresh one', (k) => {
    const fresh = openDb(tempDb());
    migrate(fresh);
    const old = openDb(tempDb());
    migrate(old, all.slice(0, k));
    expect(migrate(old)).toEqual(all.slice(k).map((m) => m.version));
    expect(tables(old)).toEqual(tables(fresh));
  });

  it('rolls back a failing migration whole and stops', () => {
    const dir = mkdtempSync(join(tmpdir(), 'linli-migdir-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '001_one.sql'), 'CREATE TABLE one (id INTEGER PRIMARY KEY);');
    writeFileSync(join(dir, '002_broken.sql'), 'CREATE TABLE two (id INTEGER PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);');
    const db = openDb(tempDb());
    expect(() => migrate(db, readMigrations(dir))).toThrow(MigrationError);
    expect(appliedVersions(db)).toEqual([1]);
    expect(tables(db)).toContain('one');
    expect(tables(db)).not.toContain('two');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('refuses a database newer than the code', () => {
    const db = openDb(tempDb());
    migrate(db);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
    expect(() => migrate(db)).toThrow(/newer than the code/);
  });

  it('keeps the audit trail append-only', () => {
    const db = openDb(tempDb());
    migrate(db);
    db.prepare("INSERT INTO audit_log (at, action) VALUES (1, 'x')").run();
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET action = 'y'").run()).toThrow(/append-only/);
  });
});
