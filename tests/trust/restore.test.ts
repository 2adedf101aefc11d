import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { openDb } from '../../src/db/open.js';
import { FakeClock } from '../../src/kernel/clock.js';
import { backupNow } from '../../src/ops/backup.js';
import { restoreBackup } from '../../src/ops/restore.js';
import { TestChat } from '../helpers/chat.js';
import { queryDb } from '../helpers/db.js';

const at = (local: string) => Date.parse(`${local}+08:00`);

const dirs: string[] = [];
const chats: TestChat[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) process.kill(-c.pid!, 'SIGKILL');
  for (const c of chats.splice(0)) if (c.app.db.open) await c.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'linli-restore-'));
  dirs.push(d);
  return d;
};

/** linli as it runs from the terminal (`tsx src/main.ts`), the console chat reading lines from stdin. */
function consoleBot(dbPath: string, args: string[] = []): { child: ChildProcess; out: string[] } {
  const child = spawn('node_modules/.bin/tsx', ['src/main.ts', ...args], {
    env: { ...process.env, LINLI_DB_PATH: dbPath, LOG_LEVEL: 'warn', LINLI_BACKUP_SCHEDULE: 'off' },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true, // its own process group, so SIGKILL reaches node and not only the tsx launcher
  });
  const out: string[] = [];
  child.stdout!.on('data', (d: Buffer) => out.push(...d.toString().split('\n')));
  children.push(child);
  return { child, out };
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

/** `npm run restore -- FILE` as the operator runs it: its exit code and what it printed. */
function runRestore(file: string, dbPath: string): { status: number | null; output: string } {
  const r = spawnSync('node_modules/.bin/tsx', ['src/tools/restore.ts', file], { env: { ...process.env, LINLI_DB_PATH: dbPath }, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const homes = (dbPath: string) => queryDb<{ user_id: string }>(dbPath, `SELECT user_id FROM members WHERE home_room IS NOT NULL ORDER BY id`).map((r) => r.user_id);

describe('a restore cannot swap the database under a running bot', () => {
  it('a console run on the same database does not break the guard; the bot keeps every record; after kill -9 the restore goes through', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'linli.db');
    const seed = openDb(dbPath);
    migrate(seed);
    const backup = await backupNow(seed, join(dir, 'backups'), 3, Date.now());
    seed.close();

    const bot = consoleBot(dbPath);
    bot.child.stdin!.write('wang: /我是 5-302\n');
    await until(() => bot.out.some((l) => l.includes('5号楼302')), 60_000, 'the bot to answer');

    // Another linli started on the same database by mistake (a console script run), which ends.
    const script = join(dir, 'script.txt');
    writeFileSync(script, 'li: /我是 6-601\n');
    const second = consoleBot(dbPath, ['--script', script]);
    await exited(second.child);
    expect(second.child.exitCode).toBe(0);

    const refused = runRestore(backup, dbPath);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/^restore: linli is running on .*linli\.db/m);

    // 20 residents record their homes after the refused restore: every one is kept.
    for (let i = 1; i <= 20; i++) bot.child.stdin!.write(`r${i}: /我是 ${i}-10${i % 10}\n`);
    await until(() => homes(dbPath).length === 22, 60_000, 'the 20 records');
    expect(homes(dbPath)).toEqual(['wang', 'li', ...Array.from({ length: 20 }, (_, i) => `r${i + 1}`)]);

    // kill -9 leaves no pid file or lock behind that could block the restore for good.
    process.kill(-bot.child.pid!, 'SIGKILL');
    await exited(bot.child);
    const done = runRestore(backup, dbPath);
    expect(done.output).toContain('the previous database is kept as');
    expect(done.status).toBe(0);
    expect(homes(dbPath)).toEqual([]);
  }, 120_000);
});

describe('after restoring an older backup nothing that already went out goes out again', () => {
  it('the day\'s bulletin, an urgent notice queued when the backup was taken, and a task re-announcement are not sent again; the secretary is told once', async () => {
    const clock = new FakeClock(at('2026-04-20T09:00:00'));
    const first = new TestChat({ clock });
    chats.push(first);
    dirs.push(first.dir);
    await first.say('secretary: /bind 阳光二期');
    await first.say('secretary [楼5群]: /bind 阳光二期 楼 5');
    await first.say('secretary: /通报 时间 10:00');
    await first.say('secretary: /通知 明天上午8点全员核酸');
    await first.say('secretary: /任务 3号楼 搬运物资10箱');
    // An urgent notice is queued, and the backup taken before the outbox sends it.
    const kick = first.app.dispatcher.onCommit;
    first.app.dispatcher.onCommit = () => {};
    first.app.dispatcher.handleNow([first.adapter.parseLine('secretary: /通知 紧急 5号楼请勿下楼')!]);
    const backup = await backupNow(first.db, join(first.dir, 'backups'), 3, clock.now());
    first.app.dispatcher.onCommit = kick;
    await first.app.worker.drain();
    const urgent = first.sent.filter((m) => m.text.includes('5号楼请勿下楼'));
    expect(urgent.length).toBeGreaterThan(0);

    // The bulletin goes out at 10:00, the unclaimed task is announced again at 09:30.
    clock.set(at('2026-04-20T10:00:00'));
    first.app.cron.check();
    await first.tick();
    const bulletins = first.sent.filter((m) => m.text.includes('每日通报'));
    expect(bulletins.map((m) => m.chatId).sort()).toEqual(['控制台群', '楼5群']);
    expect(first.sent.filter((m) => m.text.includes('搬运物资10箱'))).toHaveLength(2);
    await first.close();

    clock.set(at('2026-04-20T11:00:00'));
    restoreBackup(backup, first.config.dbPath, clock.now());

    clock.set(at('2026-04-20T11:05:00'));
    const second = new TestChat({ dir: first.dir, clock });
    chats.push(second);
    second.app.cron.check();
    const after = [...(await second.tick()), ...(await second.tick())];
    const told = after.filter((m) => m.chatId === 'private:secretary');
    const others = after.filter((m) => m.chatId !== 'private:secretary');
    expect(others.filter((m) => m.text.includes('每日通报'))).toEqual([]);
    expect(others.filter((m) => m.text.includes('5号楼请勿下楼'))).toEqual([]);
    expect(others.filter((m) => m.text.includes('搬运物资10箱'))).toEqual([]);
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain(`备份「${backup.split('/').pop()}」`);
    expect(told[0]!.text).toMatch(/已经发出的 [1-9]\d* 条消息、1 天的每日通报不会再发/);
    expect(told[0]!.text).toContain('任务无人认领的再次提醒 1 个');
    await second.close();

    // The next start tells nobody again.
    const third = new TestChat({ dir: first.dir, clock });
    chats.push(third);
    expect(await third.tick()).toEqual([]);
  });
});
