import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { openDb } from '../../src/db/open.js';
import { queryDb } from '../helpers/db.js';
import { enqueue } from '../../src/outbox/store.js';
import { TelegramEmulator, TOKEN } from '../helpers/telegram-emulator.js';

const dir = mkdtempSync(join(tmpdir(), 'linli-two-'));
const dbPath = join(dir, 'linli.db');
let emu: TelegramEmulator | undefined;
const children: ChildProcess[] = [];

/** Processes that logged "linli started" (the log goes to stderr). */
let started = 0;

/** linli as it runs in production (`tsx src/main.ts`) on the shared database. */
function startBot(): ChildProcess {
  const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
    env: { ...process.env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emu!.apiRoot, LINLI_DB_PATH: dbPath, LINLI_ADMINS: 'telegram:1', LOG_LEVEL: 'info', CI: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group, so the signal reaches node and not only the tsx launcher
  });
  child.stderr!.on('data', (d: Buffer) => {
    if (d.toString().includes('linli started')) started++;
  });
  children.push(child);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

const query = <T>(sql: string): T[] => queryDb<T>(dbPath, sql);

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) process.kill(-c.pid!, 'SIGKILL');
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a second bot process started by mistake on the same database', () => {
  it('both send from the queue, and every answer reaches its chat once and in order', async () => {
    emu = await TelegramEmulator.start();
    // A slow Bot API: each send is under way long enough for the other process to look at the queue.
    emu.sendDelayMs = 150;
    const db = openDb(dbPath);
    migrate(db);
    db.close();

    startBot();
    await emu.until(() => started === 1, 60_000, 'the first process to start');
    startBot();
    await emu.until(() => started === 2, 60_000, 'the second process to start');

    // Answers for 40 residents, three each, queued while both processes run.
    const expected = new Map<string, string[]>();
    const writer = openDb(dbPath);
    writer.transaction(() => {
      for (let i = 1; i <= 40; i++) {
        const chatId = String(20_000 + i);
        const texts = [`已记住:您住${i}号`, `明早8点在${i}号楼下取菜`, `药已配好 ${i}`];
        for (const text of texts) enqueue(writer, { platform: 'telegram', chatId }, text, {}, Date.now());
        expected.set(chatId, texts);
      }
    })();
    writer.close();

    await emu.until(() => query<{ n: number }>(`SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'`)[0]!.n === 0, 90_000, 'every answer sent');
    for (const [chatId, texts] of expected) expect(emu.botPosts(chatId).map((p) => p.text), chatId).toEqual(texts);
    // Both processes sent some of them.
    const senders = query<{ pid: string; n: number }>(`SELECT claimed_by AS pid, COUNT(*) AS n FROM outbox GROUP BY claimed_by`);
    expect(senders).toHaveLength(2);

    for (const c of children) process.kill(-c.pid!, 'SIGTERM');
    await Promise.all(children.map(exited));
  }, 180_000);
});
