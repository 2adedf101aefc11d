import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { TelegramAdapter } from '../src/adapters/telegram.js';
import { App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { FakeClock } from '../src/core/clock.js';
import { enqueue } from '../src/services/outbox.js';
import { runOutbox } from './helpers/drive-clock.js';
import { MORNING } from './helpers/chat.js';
import { TOKEN } from './helpers/telegram-emulator.js';
import { TelegramBot } from './helpers/telegram-bot.js';

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
