import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/kernel/config.js';
import { backupNow, listBackups, nextBackupAt } from '../../src/ops/backup.js';
import { databaseInUse } from '../../src/db/lock.js';
import { checkBackup, restoreBackup, RestoreError } from '../../src/ops/restore.js';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await chat?.dispose();
  chat = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'linli-backup-'));
  dirs.push(d);
  return d;
};

/** One resident recording a home: a committed record per message. */
const homeLine = (i: number) => `r${i}: /我是 ${1 + (i % 20)}-${100 + i}`;

describe('backups that restore', () => {
  it('a backup taken during a burst of writes restores to a sound database holding everything committed before it began', async () => {
    const c = (chat = new TestChat());
    for (let i = 0; i < 300; i += 50) {
      chat.app.dispatcher.handleNow(Array.from({ length: 50 }, (_, k) => c.adapter.parseLine(homeLine(i + k))!));
    }
    const committedBefore = chat.db.prepare('SELECT user_id, home_building, home_room FROM members ORDER BY id').all();
    expect(committedBefore).toHaveLength(300);

    // The backup copies two pages per step; between steps the bot keeps committing.
    const dir = tempDir();
    const backup = backupNow(chat.db, dir, 5, chat.clock.now(), { pagesPerStep: 2 });
    let done = false;
    void backup.finally(() => (done = true));
    let during = 0;
    while (!done) {
      chat.app.dispatcher.handleNow([chat.adapter.parseLine(homeLine(300 + during))!]);
      during++;
      await new Promise((r) => setImmediate(r));
    }
    const file = await backup;
    expect(during).toBeGreaterThan(1);

    const target = join(tempDir(), 'restored.db');
    restoreBackup(file, target, chat.clock.now());
    const restored = new Database(target, { readonly: true });
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = restored.prepare('SELECT user_id, home_building, home_room FROM members ORDER BY id').all();
    expect(rows.slice(0, 300)).toEqual(committedBefore);
    expect(restored.prepare(`SELECT action FROM audit_log ORDER BY id DESC LIMIT 1`).pluck().get()).toBe('backup.restore');
    restored.close();
  });

  it('keeps the newest N backups', async () => {
    chat = new TestChat();
    const dir = tempDir();
    for (let i = 0; i < 5; i++) {
      await backupNow(chat.db, dir, 3, chat.clock.now());
      chat.clock.advance(60_000);
    }
    const kept = listBackups(dir);
    expect(kept).toHaveLength(3);
    expect(kept[0]).toContain('linli-20260420-010200-000.db');
  });

  it('restore refuses a damaged file, a file that is not linli\'s, and one newer than the code', () => {
    const dir = tempDir();
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database at all, just text');
    expect(() => checkBackup(junk)).toThrow(RestoreError);

    const foreign = join(dir, 'foreign.db');
    new Database(foreign).exec('CREATE TABLE x (y)').close();
    expect(() => checkBackup(foreign)).toThrow(/not a linli database/);

    chat = new TestChat();
    const newer = join(dir, 'newer.db');
    chat.db.exec(`VACUUM INTO '${newer}'`);
    const n = new Database(newer);
    n.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')`).run();
    n.close();
    expect(() => checkBackup(newer)).toThrow(/migration 999/);
    expect(() => restoreBackup(newer, join(dir, 'target.db'), 0)).toThrow(RestoreError);
    expect(existsSync(join(dir, 'target.db'))).toBe(false);
  });

  it('restore refuses while linli runs on the database, and keeps the replaced one', async () => {
    chat = new TestChat();
    await chat.say('wang: /我是 5-302');
    const file = await backupNow(chat.db, tempDir(), 3, chat.clock.now());
    await chat.say('li: /我是 6-101');

    await chat.app.start();
    expect(databaseInUse(chat.config.dbPath)).toBe(true);
    const running = chat;
    expect(() => restoreBackup(file, running.config.dbPath, running.clock.now())).toThrow(/is running/);
    await chat.close();
    expect(databaseInUse(chat.config.dbPath)).toBe(false);

    const { savedAs } = restoreBackup(file, chat.config.dbPath, chat.clock.now());
    const before = new Database(savedAs!, { readonly: true });
    expect(before.prepare('SELECT COUNT(*) FROM members').pluck().get()).toBe(2);
    before.close();
    chat = new TestChat({ dir: chat.dir });
    expect(await chat.answer('wang: /我是')).toContain('5号楼302');
    expect(await chat.answer('li: /我是')).toContain('还没有登记');
  });

  it('npm run restore checks the file and says what went wrong in one line', () => {
    const dir = tempDir();
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'garbage');
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'src/tools/restore.ts', junk], { env: { ...process.env, LINLI_DB_PATH: join(dir, 'linli.db') }, stdio: 'pipe' });
    } catch (err) {
      stderr = String((err as { stderr: Buffer }).stderr);
    }
    expect(stderr).toMatch(/^restore: .*junk\.db is not a readable SQLite database/m);
  });
});

describe('backup schedule', () => {
  it('reads a daily time, an interval, or off; a wrong value names the variable', () => {
    expect(loadConfig({}).backup).toMatchObject({ keep: 14, schedule: { dailyAt: '03:00' }, dir: join('data', 'backups') });
    expect(loadConfig({ LINLI_BACKUP_SCHEDULE: '6h' }).backup.schedule).toEqual({ everyMs: 6 * 3_600_000 });
    expect(loadConfig({ LINLI_BACKUP_SCHEDULE: 'off' }).backup.schedule).toBeUndefined();
    expect(() => loadConfig({ LINLI_BACKUP_SCHEDULE: 'sometimes' })).toThrow(/^LINLI_BACKUP_SCHEDULE: /);
    expect(() => loadConfig({ LINLI_BACKUP_KEEP: '0' })).toThrow(/^LINLI_BACKUP_KEEP: /);
  });

  it('the next daily backup is at that local time, today or tomorrow', () => {
    const morning = Date.parse('2026-04-20T09:00:00+08:00');
    expect(nextBackupAt(morning, { dailyAt: '03:00' }, 'Asia/Shanghai')).toBe(Date.parse('2026-04-21T03:00:00+08:00'));
    expect(nextBackupAt(morning, { dailyAt: '23:30' }, 'Asia/Shanghai')).toBe(Date.parse('2026-04-20T23:30:00+08:00'));
    expect(nextBackupAt(morning, { everyMs: 1800_000 }, 'Asia/Shanghai')).toBe(morning + 1800_000);
  });
});
