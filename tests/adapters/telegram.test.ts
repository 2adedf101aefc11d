import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand, defineReply } from '../../src/runtime/command.js';
import { enqueue } from '../../src/outbox/store.js';
import { TelegramBot } from '../helpers/telegram-bot.js';

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
    'test.pong': defineReply({
      read: (_ctx, _refId, text) => text,
      handle: (ctx, refId, text) => void ctx.replyText(`reply to pong #${refId}: ${text}`),
    }),
  },
});

let bot: TelegramBot;
afterEach(async () => bot?.stop());

describe('linli on Telegram (grammY against the Bot API emulator)', { timeout: 60_000 }, () => {
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

  it('a resident who never opened a private chat is given the t.me link to open one, and no medicine in the group', async () => {
    bot = await TelegramBot.start();
    const secretary = { id: 1, name: '书记', username: 'shuji' };
    bot.emu.userSays(secretary, GROUP, '/bind 阳光二期');
    bot.emu.userSays(wang, GROUP, '/我是 5-302');
    bot.emu.userSays(wang, GROUP, '我要配药');
    const posts = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).length >= 3 && bot.emu.botPosts(GROUP.id), 20_000, 'three answers');
    const answer = posts.map((p) => p.text).join('\n');
    expect(answer).toContain('https://t.me/linli_test_bot');
    expect(bot.emu.botPosts(wang.id)).toEqual([]);
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

  it('a short real run: answers to one group arrive about a second apart or more', async () => {
    bot = await TelegramBot.start();
    for (let i = 1; i <= 4; i++) enqueue(bot.db, { platform: 'telegram', chatId: String(GROUP.id) }, `通知 ${i}`, {}, Date.now());
    bot.app.worker.kick();
    const posts = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).length === 4 && bot.emu.botPosts(GROUP.id), 20_000, 'four posts');
    expect(posts.map((p) => p.text)).toEqual(['通知 1', '通知 2', '通知 3', '通知 4']);
    // Receive times on the emulator; a little slack for the network between the two.
    for (let i = 1; i < 4; i++) expect(posts[i]!.time - posts[i - 1]!.time).toBeGreaterThanOrEqual(900);
  });

  it('a graceful stop sends what is still queued, at the pace of the chat, for up to a few seconds', async () => {
    bot = await TelegramBot.start();
    for (let i = 1; i <= 2; i++) enqueue(bot.db, { platform: 'telegram', chatId: String(GROUP.id) }, `通知 ${i}`, {}, Date.now());
    bot.app.worker.kick();
    await bot.emu.until(() => bot.emu.botPosts(GROUP.id).length > 0, 15_000, 'the first post');
    await bot.app.stop(3000);
    expect(bot.emu.botPosts(GROUP.id).map((p) => p.text)).toEqual(['通知 1', '通知 2']);
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
    await bot.emu.until(() => bot.db.prepare('SELECT COUNT(*) FROM bot_messages').pluck().get() === posts.length, 5000, 'every part remembered');
  });
});

describe('what Telegram delivers that is not a plain request', { timeout: 60_000 }, () => {
  it('the same update delivered three times gives one record and one reply', async () => {
    bot = await TelegramBot.start();
    bot.emu.userSays(wang, GROUP, '/我是 5-302');
    const first = bot.emu.lastUpdateId;
    await bot.emu.until(() => bot.emu.botPosts(GROUP.id).length === 1, 15_000, 'the answer');
    const again = [bot.emu.redeliver(first), bot.emu.redeliver(first)];
    await bot.emu.until(() => bot.emu.confirmedOffset > again[1]!, 15_000, 'the redeliveries to be taken');
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.incomingCount()).toBe(1);
    expect(bot.emu.botPosts(GROUP.id)).toHaveLength(1);
  });

  it('stickers, photos, edits, channel posts, service messages and bots are ignored without a crash', async () => {
    bot = await TelegramBot.start();
    const chat = { id: GROUP.id, type: 'supergroup', title: GROUP.title };
    const from = { id: wang.id, is_bot: false, first_name: wang.name };
    const base = { date: Math.floor(Date.now() / 1000), chat, from };
    bot.emu.pushRaw({ message: { ...base, message_id: 9001, sticker: { file_id: 's1', emoji: '👍' } } });
    bot.emu.pushRaw({ message: { ...base, message_id: 9002, photo: [{ file_id: 'p1', width: 1, height: 1 }] } });
    bot.emu.pushRaw({ edited_message: { ...base, message_id: 9003, text: '/我是 9-901', edit_date: 1 } });
    bot.emu.pushRaw({ channel_post: { message_id: 9004, date: 1, chat: { id: -1009, type: 'channel', title: 'news' }, text: '/我是 9-902' } });
    bot.emu.pushRaw({ message: { ...base, message_id: 9005, left_chat_member: from } });
    bot.emu.pushRaw({ message: { ...base, message_id: 9006, from: { id: 77, is_bot: true, first_name: 'otherbot' }, text: '/我是 9-903' } });
    bot.emu.pushRaw({ message: { message_id: 9007, date: 1, chat, text: 'no sender' } });
    bot.emu.pushRaw({ my_chat_member: { chat, from, date: 1 } });
    bot.emu.userSays(li, GROUP, '/我是 6-601');
    const [answer] = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).length > 0 && bot.emu.botPosts(GROUP.id), 15_000, 'the answer');
    expect(answer!.text).toContain('6号楼601');
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.emu.botPosts()).toHaveLength(1);
    expect(bot.incomingCount()).toBe(1);
  });

  it('a voice message in a private chat is asked to be typed; in the group it is left alone', async () => {
    bot = await TelegramBot.start();
    const voice = { file_id: 'v1', file_unique_id: 'v1', duration: 12, mime_type: 'audio/ogg' };
    const from = { id: wang.id, is_bot: false, first_name: wang.name };
    const date = Math.floor(Date.now() / 1000);
    bot.emu.pushRaw({ message: { message_id: 9101, date, from, chat: { id: GROUP.id, type: 'supergroup', title: GROUP.title }, voice } });
    bot.emu.pushRaw({ message: { message_id: 9102, date, from, chat: { id: wang.id, type: 'private', first_name: wang.name }, voice } });
    const [answer] = await bot.emu.until(() => bot.emu.botPosts(wang.id).length > 0 && bot.emu.botPosts(wang.id), 15_000, 'the answer');
    expect(answer!.text).toBe('抱歉,我听不了语音。请打字告诉我,或者请家人邻居帮忙。');
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.emu.botPosts(GROUP.id)).toHaveLength(0);
  });

  it('a 429 with retry_after stops sends to that chat until it has passed; a private answer is not held up', async () => {
    bot = await TelegramBot.start();
    bot.emu.limitChat(GROUP.id, 5);
    const limitedAt = Date.now();
    bot.emu.userSays(wang, GROUP, '/我是 5-302');
    bot.emu.userSays(li, privateOf(li), '/我是 6-601');
    const [groupAnswer] = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).length > 0 && bot.emu.botPosts(GROUP.id), 30_000, 'the group answer');
    expect(groupAnswer!.text).toContain('5号楼302');
    expect(groupAnswer!.time).toBeGreaterThanOrEqual(limitedAt + 5000);
    const [privateAnswer] = bot.emu.botPosts(li.id);
    expect(privateAnswer!.time).toBeLessThan(groupAnswer!.time);
    expect(bot.emu.refusals).toHaveLength(1);
  });

  it('a spreadsheet a user sends as a document arrives as what Telegram says of it, its bytes fetched on request; the bot sends files as documents', async () => {
    bot = await TelegramBot.start();
    const bytes = Buffer.from('PK\u0003\u0004 pretend xlsx');
    const fileId = bot.emu.addFile('团购.xlsx', bytes);
    const msg = await bot.adapter.toIncoming({
      update_id: 1,
      message: { message_id: 5, date: 1, chat: { id: GROUP.id, type: 'supergroup', title: GROUP.title }, from: { id: wang.id, first_name: wang.name }, caption: '订单', document: { file_id: fileId, file_name: '团购.xlsx', file_size: bytes.length } },
    });
    expect(msg?.text).toBe('订单');
    expect(msg?.file?.name).toBe('团购.xlsx');
    // Nothing is downloaded with the message: only when a step waits for the file.
    expect(msg?.file?.data).toBeUndefined();
    expect(msg?.file?.size).toBe(bytes.length);
    expect((await bot.adapter.fetchFile(msg!.file!, 1024)).equals(bytes)).toBe(true);

    enqueue(bot.db, { platform: 'telegram', chatId: String(GROUP.id) }, '5号楼团购名单', { file: { name: '5号楼.xlsx', sheets: [{ name: '订单', rows: [['门牌', '数量'], ['5-302', 2]] }] } }, Date.now());
    bot.app.worker.kick();
    const [post] = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).length > 0 && bot.emu.botPosts(GROUP.id), 15_000, 'the file');
    expect(post!.document?.name).toBe('5号楼.xlsx');
    expect(post!.document?.bytes).toBeGreaterThan(100);
    expect(post!.text).toBe('5号楼团购名单');
  });

  it('what was queued for a group that became a supergroup goes to its new id', async () => {
    bot = await TelegramBot.start();
    bot.emu.failChat(-555, 400, 'Bad Request: group chat was upgraded to a supergroup chat', Infinity, { migrate_to_chat_id: -1000555 });
    enqueue(bot.db, { platform: 'telegram', chatId: '-555' }, '明天上午9点核酸', {}, Date.now());
    bot.app.worker.kick();
    const [post] = await bot.emu.until(() => bot.emu.botPosts(-1000555).length > 0 && bot.emu.botPosts(-1000555), 15_000, 'the post');
    expect(post!.text).toBe('明天上午9点核酸');
  });

  it('with privacy mode on, the admins are warned privately at start-up', async () => {
    bot = await TelegramBot.start({ privacyOn: true, admins: ['telegram:1', 'console:secretary'] });
    const [warning] = bot.emu.botPosts(1);
    expect(warning!.text).toContain('/setprivacy');
  });
});
