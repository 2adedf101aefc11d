import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { enqueue } from '../src/services/outbox.js';
import { TelegramBot } from './helpers/telegram-bot.js';

const GROUP = { id: -1001, type: 'supergroup' as const, title: '阳光二期5号楼' };
const wang = { id: 11, name: '王阿姨', username: 'wang_ayi' };
const li = { id: 12, name: '李师傅', username: 'li_shifu' };
const privateOf = (u: { id: number }) => ({ id: u.id, type: 'private' as const });

/** A tiny test command: its answer carries a ref, and a reply to that answer is routed back to it. */
const pingCommand = defineCommand({
  name: 'ping',
  aliases: [],
  help: 'help.help',
  usage: 'help.usage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    ctx.replyText('pong', { ref: { kind: 'test.pong', id: 42 } });
  },
  onReply: {
    'test.pong': (ctx, refId, text) => {
      ctx.replyText(`reply to pong #${refId}: ${text}`);
      return true;
    },
  },
});

let bot: TelegramBot;
afterEach(async () => bot?.stop());

describe('linli on Telegram (telegraf against the Bot API emulator)', () => {
  it('a command in the group is answered in the group, as a reply to it', async () => {
    bot = await TelegramBot.start();
    const asked = bot.emu.userSays(wang, GROUP, '/我是 5-302');
    const [answer] = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).length > 0 && bot.emu.botPosts(GROUP.id), 15_000, 'the answer');
    expect(answer!.text).toContain('5号楼302');
    expect(answer!.replyTo).toBe(asked);
    expect(bot.emu.botPosts().filter((p) => p.chatId !== String(GROUP.id))).toEqual([]);
  });

  it('/cmd@botname and an @mention of the bot are understood; another bot\'s command is not ours', async () => {
    bot = await TelegramBot.start();
    bot.emu.userSays(wang, GROUP, '/home@linli_test_bot 7-1201');
    bot.emu.userSays(li, GROUP, '/home@some_other_bot 7-1201');
    bot.emu.userSays(li, GROUP, '@linli_test_bot 你好', { entities: [{ type: 'mention', offset: 0, length: 14 }] });
    const posts = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).length >= 2 && bot.emu.botPosts(GROUP.id), 15_000, 'two answers');
    await new Promise((r) => setTimeout(r, 500));
    expect(bot.emu.botPosts(GROUP.id)).toHaveLength(2);
    expect(posts.some((p) => p.text.includes('7号楼1201'))).toBe(true);
    expect(posts.some((p) => p.text.includes('/帮助'))).toBe(true);
  });

  it('a private chat works', async () => {
    bot = await TelegramBot.start();
    bot.emu.userSays(wang, privateOf(wang), '今天天气不错');
    const [answer] = await bot.emu.until(() => bot.emu.botPosts(wang.id).length > 0 && bot.emu.botPosts(wang.id), 15_000, 'the answer');
    expect(answer!.text).toContain('/帮助');
    expect(bot.emu.botPosts(GROUP.id)).toEqual([]);
  });

  it('a reply to the bot\'s message is routed as a reply to what that message was about', async () => {
    bot = await TelegramBot.start({ extraCommands: [pingCommand] });
    bot.emu.userSays(wang, GROUP, '/ping');
    const [pong] = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).length > 0 && bot.emu.botPosts(GROUP.id), 15_000, 'pong');
    expect(pong!.text).toBe('pong');
    bot.emu.userSays(li, GROUP, '接', { reply_to_message: { message_id: pong!.messageId, text: 'pong' } });
    const posts = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).length > 1 && bot.emu.botPosts(GROUP.id), 15_000, 'the routed reply');
    expect(posts[1]!.text).toBe('reply to pong #42: 接');
  });

  it('a 3,000-line message is split on line boundaries and arrives whole, in order', async () => {
    bot = await TelegramBot.start();
    const lines = Array.from({ length: 3000 }, (_, i) => `${i + 1}. 5-${100 + (i % 900)} B套餐×1`);
    // Sent by the worker as the platform sees it: one outbox row, several Telegram messages.
    enqueue(bot.db, { platform: 'telegram', chatId: String(GROUP.id) }, lines.join('\n'), {}, Date.now());
    bot.app.worker.kick();
    const total = lines.join('\n').length;
    const posts = await bot.emu.until(() => {
      const p = bot.emu.botPosts(GROUP.id);
      return p.reduce((n, x) => n + x.text.length, 0) + p.length - 1 >= total && p;
    }, 30_000, 'every part');
    expect(posts.length).toBeGreaterThan(1);
    for (const p of posts) expect(p.text.length).toBeLessThanOrEqual(4096);
    expect(posts.map((p) => p.text).join('\n')).toBe(lines.join('\n'));
    // Every part is remembered, so a reply to any of them can be routed.
    expect(bot.db.prepare('SELECT COUNT(*) FROM bot_messages').pluck().get()).toBe(posts.length);
  });
});
