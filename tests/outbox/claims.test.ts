import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { TelegramAdapter } from '../../src/adapters/telegram.js';
import { App } from '../../src/app.js';
import { loadConfig } from '../../src/kernel/config.js';
import { FakeClock } from '../../src/kernel/clock.js';
import { enqueue } from '../../src/outbox/store.js';
import { runOutbox } from '../helpers/drive-clock.js';
import { MORNING } from '../helpers/chat.js';
import { TOKEN } from '../helpers/telegram-emulator.js';
import { TelegramBot } from '../helpers/telegram-bot.js';

const GROUP = { id: -1002, type: 'supergroup' as const, title: '阳光二期业主群' };

let bot: TelegramBot | undefined;
let second: App | undefined;
afterEach(async () => {
  if (second?.db.open) await second.stop(0);
  second = undefined;
  await bot?.stop();
  bot = undefined;
});

/** A second linli process by mistake: its own App, adapter and connection on the same database file. */
async function secondProcess(first: TelegramBot, clock: FakeClock): Promise<App> {
  const log = pino({ level: 'silent' });
  const config = loadConfig({ LINLI_DB_PATH: join(first.dir, 'linli.db'), LOG_LEVEL: 'silent', LINLI_ADMINS: 'telegram:1' });
  const adapter = new TelegramAdapter({ token: TOKEN, apiRoot: first.emu.apiRoot, admins: config.admins, pollTimeout: 1 }, log);
  await adapter.init();
  return new App({ config, log, adapters: [adapter], clock });
}

describe('two bot processes on one database', { timeout: 60_000 }, () => {
  it('each queued answer reaches its chat once, whichever process sends it', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false });
    second = await secondProcess(bot, clock);
    const expected = new Map<string, string[]>();
    bot.db.transaction(() => {
      for (let i = 1; i <= 20; i++) {
        const chatId = String(1000 + i);
        const texts = [`您好 ${i}`, `您的登记已收到 ${i}`, `明早8点取菜 ${i}`];
        for (const text of texts) enqueue(bot!.db, { platform: 'telegram', chatId }, text, {}, clock.now());
        expected.set(chatId, texts);
      }
      for (let i = 1; i <= 10; i++) enqueue(bot!.db, { platform: 'telegram', chatId: String(GROUP.id) }, `通知 ${i}`, {}, clock.now());
    })();

    await Promise.all([runOutbox(bot.app.worker, clock), runOutbox(second.worker, clock)]);

    for (const [chatId, texts] of expected) expect(bot.emu.botPosts(chatId).map((p) => p.text), chatId).toEqual(texts);
    expect(bot.emu.botPosts(GROUP.id).map((p) => p.text)).toEqual(Array.from({ length: 10 }, (_, i) => `通知 ${i + 1}`));
    const status = bot.db.prepare(`SELECT status, COUNT(*) AS n FROM outbox GROUP BY status`).all();
    expect(status).toEqual([{ status: 'sent', n: 70 }]);
    // Both processes took part (otherwise the test proves nothing about sharing).
    const senders = bot.db.prepare(`SELECT COUNT(DISTINCT claimed_by) FROM outbox`).pluck().get();
    expect(senders).toBe(2);
  });
});

describe('claims of a process that stopped', { timeout: 60_000 }, () => {
  /** Marks rows as being sent by another worker (what a process writes before sending). */
  const claimAs = (worker: string, chatId: string, until: number) =>
    bot!.db.prepare(`UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE chat_id = ?`).run(worker, until, chatId);

  it('what a crashed process was sending goes out once when the bot starts again', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false });
    enqueue(bot.db, { platform: 'telegram', chatId: '4001' }, '您的药已配好,明天上午送到', {}, clock.now());
    // A process on this machine that has exited: its pid no longer exists.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    claimAs(`${hostname()}:${gone}:crashed`, '4001', clock.now() + 3600_000);

    second = await secondProcess(bot, clock);
    await runOutbox(second.worker, clock);
    expect(bot.emu.botPosts(4001).map((p) => p.text)).toEqual(['您的药已配好,明天上午送到']);
    expect(bot.db.prepare(`SELECT status FROM outbox WHERE chat_id = '4001'`).pluck().get()).toBe('sent');
  });

  it('what a running process is sending is left to it, and taken over once its claim runs out', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false });
    enqueue(bot.db, { platform: 'telegram', chatId: '4002' }, '明早8点取菜', {}, clock.now());
    enqueue(bot.db, { platform: 'telegram', chatId: '4003' }, '登记已收到', {}, clock.now());
    // The process that started this test runs on: its claim stands until it runs out.
    const claimedUntil = clock.now() + 60_000;
    claimAs(`${hostname()}:${process.ppid}:other`, '4002', claimedUntil);

    second = await secondProcess(bot, clock);
    await runOutbox(second.worker, clock, claimedUntil - 1);
    expect(bot.emu.botPosts(4003).map((p) => p.text)).toEqual(['登记已收到']);
    expect(bot.emu.botPosts(4002)).toEqual([]);

    // The other process froze or died elsewhere: no renewal, so the claim runs out.
    clock.set(claimedUntil);
    await runOutbox(second.worker, clock);
    expect(bot.emu.botPosts(4002).map((p) => p.text)).toEqual(['明早8点取菜']);
  });
});
