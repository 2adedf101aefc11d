import { afterEach, describe, expect, it } from 'vitest';
import { PuppetMock } from 'wechaty-puppet-mock';
import { FakeClock } from '../../src/kernel/clock.js';
import { enqueue, PRIORITY } from '../../src/outbox/store.js';
import { runOutbox } from '../helpers/drive-clock.js';
import { MORNING } from '../helpers/chat.js';
import { TelegramBot } from '../helpers/telegram-bot.js';
import { until, WechatWorld } from '../helpers/wechat.js';

const GROUP = { id: -1002, type: 'supergroup' as const, title: '阳光二期业主群' };

/** Send times (fake clock) of what reached a chat, from the ids the bot remembers. */
const sentTimes = (bot: TelegramBot, chatId: number | string): number[] =>
  bot.db.prepare('SELECT sent_at FROM bot_messages WHERE chat_id = ? ORDER BY sent_at').pluck().all(String(chatId)) as number[];

/** The most sends found in any window of `ms` (sliding over the send times). */
function busiestWindow(times: number[], ms: number): number {
  let most = 0;
  for (let i = 0; i < times.length; i++) {
    let n = 0;
    for (let j = i; j < times.length && times[j]! < times[i]! + ms; j++) n++;
    most = Math.max(most, n);
  }
  return most;
}
const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);

let bot: TelegramBot | undefined;
let wechat: WechatWorld | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  await wechat?.dispose();
  wechat = undefined;
});

describe('Telegram pacing (fake clock, real telegraf and emulator)', { timeout: 60_000 }, () => {
  it('60 messages for one group never go faster than 1 a second and 20 a minute, and 60 private answers at most 25 a second in all', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false });
    bot.db.transaction(() => {
      for (let i = 1; i <= 60; i++) {
        enqueue(bot!.db, { platform: 'telegram', chatId: String(GROUP.id) }, `通知 ${i}`, { priority: PRIORITY.bulk }, clock.now());
        enqueue(bot!.db, { platform: 'telegram', chatId: String(1000 + i) }, `您好 ${i}`, {}, clock.now());
      }
    })();
    await runOutbox(bot.app.worker, clock);

    const group = sentTimes(bot, GROUP.id);
    expect(bot.emu.botPosts(GROUP.id).map((p) => p.text)).toEqual(Array.from({ length: 60 }, (_, i) => `通知 ${i + 1}`));
    expect(Math.min(...gaps(group))).toBeGreaterThanOrEqual(1000);
    expect(busiestWindow(group, 60_000)).toBeLessThanOrEqual(20);
    const all = bot.db.prepare('SELECT sent_at FROM bot_messages ORDER BY sent_at').pluck().all() as number[];
    expect(all).toHaveLength(120);
    expect(busiestWindow(all, 1000)).toBeLessThanOrEqual(25);
  });

  it('an emergency call goes out before a queue of 50 bulletins', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false });
    bot.db.transaction(() => {
      for (let i = 1; i <= 50; i++) enqueue(bot!.db, { platform: 'telegram', chatId: String(GROUP.id) }, `日报 ${i}`, { priority: PRIORITY.bulk }, clock.now());
    })();
    await runOutbox(bot.app.worker, clock, clock.now() + 3000);
    enqueue(bot.db, { platform: 'telegram', chatId: String(GROUP.id) }, '紧急:3号楼有老人晕倒,谁是医护人员?', { priority: PRIORITY.urgent }, clock.now());
    await runOutbox(bot.app.worker, clock, clock.now() + 1500);
    const texts = bot.emu.botPosts(GROUP.id).map((p) => p.text);
    expect(texts.at(-1)).toContain('紧急');
    expect(texts.length).toBeLessThan(10);
  });

  it('a 429 pauses only that chat: the other chats go on, that one waits out retry_after', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false });
    const other = -1003;
    bot.db.transaction(() => {
      for (let i = 1; i <= 5; i++) {
        enqueue(bot!.db, { platform: 'telegram', chatId: String(GROUP.id) }, `A${i}`, {}, clock.now());
        enqueue(bot!.db, { platform: 'telegram', chatId: String(other) }, `B${i}`, {}, clock.now());
      }
    })();
    bot.emu.limitChat(GROUP.id, 30);
    const limitedAt = clock.now();
    await runOutbox(bot.app.worker, clock, limitedAt + 20_000);
    expect(bot.emu.botPosts(other).map((p) => p.text)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5']);
    expect(bot.emu.botPosts(GROUP.id)).toEqual([]);
    expect(bot.emu.refusals.filter((r) => r.chatId === String(GROUP.id))).toHaveLength(1);

    bot.emu.unlimit();
    await runOutbox(bot.app.worker, clock);
    expect(bot.emu.botPosts(GROUP.id).map((p) => p.text)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(Math.min(...sentTimes(bot, GROUP.id))).toBeGreaterThanOrEqual(limitedAt + 30_000);
  });

  it('a 429 in the middle of a split reply: only that chat waits out retry_after, the reply goes on at its next part, no part twice', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false });
    const other = -1003;
    const lines = Array.from({ length: 2000 }, (_, i) => `${i + 1}. 5-${100 + (i % 900)} B套餐×1`);
    bot.db.transaction(() => {
      enqueue(bot!.db, { platform: 'telegram', chatId: String(GROUP.id) }, lines.join('\n'), {}, clock.now());
      for (let i = 1; i <= 5; i++) enqueue(bot!.db, { platform: 'telegram', chatId: String(other) }, `B${i}`, {}, clock.now());
    })();
    // Telegram lets three parts through, then answers 429 with retry_after 75 s.
    bot.emu.limitChatAfter(GROUP.id, 3, 75);
    const start = clock.now();
    await runOutbox(bot.app.worker, clock, start + 70_000);
    expect(bot.emu.botPosts(GROUP.id)).toHaveLength(3);
    expect(bot.emu.refusals).toHaveLength(1);
    // The other chat was not held up: its five went out a second apart, during the wait.
    const otherTimes = sentTimes(bot, other);
    expect(bot.emu.botPosts(other).map((p) => p.text)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5']);
    expect(Math.max(...otherTimes) - start).toBeLessThan(10_000);

    bot.emu.unlimit();
    await runOutbox(bot.app.worker, clock);
    const posts = bot.emu.botPosts(GROUP.id);
    expect(posts.length).toBeGreaterThan(5);
    expect(posts.map((p) => p.text).join('\n')).toBe(lines.join('\n'));
    expect(new Set(posts.map((p) => p.text)).size).toBe(posts.length);
    // Each part is paced like a message of its own; the fourth waited out the 429.
    const times = sentTimes(bot, GROUP.id);
    expect(Math.min(...gaps(times))).toBeGreaterThanOrEqual(1000);
    expect(times[3]! - times[2]!).toBeGreaterThanOrEqual(75_000);
    expect(bot.db.prepare(`SELECT status, parts_sent FROM outbox WHERE chat_id = ?`).get(String(GROUP.id))).toEqual({ status: 'sent', parts_sent: posts.length });
  });

  it('300 residents recording their home within five minutes get at most 25 group messages, every one of them named', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false });
    const residents = Array.from({ length: 300 }, (_, i) => ({
      user: { id: 5000 + i, name: `居民${i + 1}` },
      door: `${1 + (i % 12)}-${101 + Math.floor(i / 12)}`,
    }));
    const start = clock.now();
    for (let batch = 0; batch < 30; batch++) {
      const some = residents.slice(batch * 10, batch * 10 + 10);
      for (const r of some) bot.emu.userSays(r.user, GROUP, `/我是 ${r.door}`);
      await bot.emu.until(() => bot!.incomingCount() === (batch + 1) * 10, 15_000, `batch ${batch}`);
      await runOutbox(bot.app.worker, clock, start + (batch + 1) * 10_000);
    }
    await runOutbox(bot.app.worker, clock);

    const posts = bot.emu.botPosts(GROUP.id);
    expect(posts.length).toBeLessThanOrEqual(25);
    for (const r of residents) {
      const [building, room] = r.door.split('-');
      const saved = `已记住:您住${building}号楼${room}。`;
      const holding = posts.filter((p) => p.text.startsWith(saved) || p.text.split('\n').some((l) => l.startsWith(`${r.user.name}:${saved}`)));
      expect(holding, r.user.name).toHaveLength(1);
    }
    // Merged answers are at least ~15 s apart.
    expect(Math.min(...gaps(sentTimes(bot, GROUP.id)))).toBeGreaterThanOrEqual(15_000);
  });
});

/** A puppet that refuses the first text, the way WeChat does when an account sends like a machine. */
class TiredOncePuppet extends PuppetMock {
  private refused = false;
  override async messageSendText(...args: Parameters<PuppetMock['messageSendText']>): ReturnType<PuppetMock['messageSendText']> {
    if (!this.refused) {
      this.refused = true;
      throw new Error('发送失败:操作过于频繁,请稍后再试');
    }
    return super.messageSendText(...args);
  }
}

const roomIds = ['111@chatroom', '222@chatroom', '333@chatroom'];

/**
 * linli on real wechaty over wechaty-puppet-mock (tests/helpers/wechat.ts), on a fake clock, with
 * three rooms; `sent` is what WeChat saw, in order, with the fake time of each message.
 */
async function wechatApp(clock: FakeClock, env: Record<string, string> = {}, reuseDir?: string, Puppet?: typeof PuppetMock) {
  const world = new WechatWorld({ clock, env, dir: reuseDir, Puppet, admins: ['wechat:wxid_secretary'] });
  wechat = world;
  await world.start();
  await until(() => world.adapter.loggedIn, 5000, () => 'WeChat login');
  const people = [world.person('张阿姨'), world.person('李师傅')];
  for (const [i, id] of roomIds.entries()) world.room(`${i + 5}号楼群`, people, id);
  const sent = () => world.seen.filter((m) => roomIds.includes(m.chatId)).map((m) => ({ chatId: m.chatId, text: m.text, at: m.at }));
  return { app: world.app, world, sent };
}

const rooms = roomIds;

describe('WeChat pacing (fake clock, real wechaty, mock puppet)', { timeout: 120_000 }, () => {
  it('keeps 3 s between messages to one room, 3-5 s when switching rooms, and at most 40 a minute', async () => {
    const clock = new FakeClock(MORNING);
    const { app, sent } = await wechatApp(clock);
    app.db.transaction(() => {
      for (let i = 1; i <= 40; i++) for (const room of rooms) enqueue(app.db, { platform: 'wechat', chatId: room }, `通知${i}`, {}, clock.now());
    })();
    await runOutbox(app.worker, clock);

    expect(sent()).toHaveLength(120);
    const times = sent().map((s) => s.at);
    expect(busiestWindow(times, 60_000)).toBeLessThanOrEqual(40);
    for (let i = 1; i < sent().length; i++) {
      const gap = sent()[i]!.at - sent()[i - 1]!.at;
      expect(gap).toBeGreaterThanOrEqual(3000);
    }
    for (const room of rooms) {
      expect(Math.min(...gaps(sent().filter((s) => s.chatId === room).map((s) => s.at)))).toBeGreaterThanOrEqual(3000);
    }
    // Jitter: switching gaps are not all the same.
    const all = sent();
    const switchGaps = all.slice(1).flatMap((s, i) => (s.chatId !== all[i]!.chatId ? [s.at - all[i]!.at] : []));
    expect(switchGaps.length).toBeGreaterThan(100);
    for (const gap of switchGaps) expect(gap).toBeGreaterThanOrEqual(3000);
    for (const gap of switchGaps) expect(gap).toBeLessThanOrEqual(5001);
    expect(new Set(switchGaps).size).toBeGreaterThan(10);
  });

  it('stops at the daily cap and goes on the next day', async () => {
    const clock = new FakeClock(MORNING);
    const { app, sent } = await wechatApp(clock, { LINLI_WECHAT_DAILY_CAP: '30' });
    app.db.transaction(() => {
      for (let i = 1; i <= 45; i++) enqueue(app.db, { platform: 'wechat', chatId: rooms[i % 3]! }, `通知${i}`, {}, clock.now());
    })();
    const midnight = Date.parse('2026-04-21T00:00:00+08:00');
    await runOutbox(app.worker, clock, midnight - 1);
    expect(sent()).toHaveLength(30);
    await runOutbox(app.worker, clock);
    expect(sent()).toHaveLength(45);
    expect(sent()[30]!.at).toBeGreaterThanOrEqual(midnight);
  });

  it('a long message counts as every part it was split into: 40 parts a minute at most', async () => {
    const clock = new FakeClock(MORNING);
    const { app, sent } = await wechatApp(clock);
    // Ten lines of 1,900 characters: ten WeChat messages each.
    const long = (i: number) => Array.from({ length: 10 }, (_, k) => `长通知${i}-${k} ${'米'.repeat(1890)}`).join('\n');
    app.db.transaction(() => {
      for (let i = 1; i <= 12; i++) enqueue(app.db, { platform: 'wechat', chatId: rooms[i % 3]! }, long(i), {}, clock.now());
    })();
    await runOutbox(app.worker, clock);
    expect(sent()).toHaveLength(120);
    expect(busiestWindow(sent().map((s) => s.at), 60_000)).toBeLessThanOrEqual(40);
  });

  it('a long reply goes out part by part, 3 s apart in its room, in order, and its parts count against the daily cap', async () => {
    const clock = new FakeClock(MORNING);
    const { app, sent } = await wechatApp(clock, { LINLI_WECHAT_DAILY_CAP: '10' });
    const lines = Array.from({ length: 700 }, (_, i) => `${i + 1}. 5-${300 + (i % 20)} 大米 ×1`);
    app.db.transaction(() => {
      enqueue(app.db, { platform: 'wechat', chatId: rooms[0]! }, lines.join('\n'), {}, clock.now());
      enqueue(app.db, { platform: 'wechat', chatId: rooms[1]! }, '明天上午核酸', {}, clock.now());
    })();
    const midnight = Date.parse('2026-04-21T00:00:00+08:00');
    await runOutbox(app.worker, clock);
    const parts = sent().filter((s) => s.chatId === rooms[0]);
    // 700 lines (11,000 characters) are six parts of at most 2,000 characters, each 3 s or more after the last.
    expect(parts).toHaveLength(6);
    expect(parts.every((p) => p.text.length <= 2000)).toBe(true);
    expect(parts.map((p) => p.text).join('\n')).toBe(lines.join('\n'));
    expect(Math.min(...gaps(parts.map((p) => p.at)))).toBeGreaterThanOrEqual(3000);
    expect(sent()).toHaveLength(7);
    // The day's cap counts parts: of two more long replies, three parts go today, the rest tomorrow.
    app.db.transaction(() => {
      for (const room of [rooms[1]!, rooms[2]!]) enqueue(app.db, { platform: 'wechat', chatId: room }, lines.join('\n'), {}, clock.now());
    })();
    await runOutbox(app.worker, clock, midnight - 1);
    expect(sent()).toHaveLength(10);
    await runOutbox(app.worker, clock);
    expect(sent()).toHaveLength(19);
    expect(sent()[10]!.at).toBeGreaterThanOrEqual(midnight);
    expect(app.db.prepare(`SELECT status, parts_sent FROM outbox ORDER BY id`).all()).toEqual([
      { status: 'sent', parts_sent: 6 },
      { status: 'sent', parts_sent: 1 },
      { status: 'sent', parts_sent: 6 },
      { status: 'sent', parts_sent: 6 },
    ]);
  });

  it('after a restart, what was sent today still counts against the daily cap', async () => {
    const clock = new FakeClock(MORNING);
    const first = await wechatApp(clock, { LINLI_WECHAT_DAILY_CAP: '10' });
    first.app.db.transaction(() => {
      for (let i = 1; i <= 15; i++) enqueue(first.app.db, { platform: 'wechat', chatId: rooms[i % 3]! }, `通知${i}`, {}, clock.now());
    })();
    const midnight = Date.parse('2026-04-21T00:00:00+08:00');
    await runOutbox(first.app.worker, clock, clock.now() + 3600_000);
    expect(first.sent()).toHaveLength(10);
    const dir = wechat!.dir;
    await first.app.stop(0);
    wechat = undefined;

    const second = await wechatApp(clock, { LINLI_WECHAT_DAILY_CAP: '10' }, dir);
    await runOutbox(second.app.worker, clock, midnight - 1);
    expect(second.sent()).toEqual([]);
    await runOutbox(second.app.worker, clock);
    expect(second.sent().map((s) => s.text).sort()).toEqual(['通知11', '通知12', '通知13', '通知14', '通知15']);
  });

  it('"操作过于频繁" pauses the whole account, then sending resumes by itself', async () => {
    const clock = new FakeClock(MORNING);
    const { app, sent } = await wechatApp(clock, {}, undefined, TiredOncePuppet);
    app.db.transaction(() => {
      for (let i = 1; i <= 4; i++) for (const room of rooms) enqueue(app.db, { platform: 'wechat', chatId: room }, `通知${i}`, {}, clock.now());
    })();
    const pausedAt = clock.now();
    await runOutbox(app.worker, clock, pausedAt + 29 * 60_000);
    expect(sent()).toEqual([]);
    await runOutbox(app.worker, clock);
    expect(sent().filter((s) => s.text.startsWith('通知'))).toHaveLength(12);
    expect(sent()[0]!.at).toBeGreaterThanOrEqual(pausedAt + 30 * 60_000);
  });
});

describe('failed sends (fake clock, real telegraf and emulator)', { timeout: 60_000 }, () => {
  it('a send that fails for a moment is retried with growing waits, then arrives once', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false });
    bot.emu.failChat(GROUP.id, 502, 'Bad Gateway', 3);
    enqueue(bot.db, { platform: 'telegram', chatId: String(GROUP.id) }, '今晚8点发菜', {}, clock.now());
    const start = clock.now();
    await runOutbox(bot.app.worker, clock);
    expect(bot.emu.failures).toHaveLength(3);
    expect(bot.emu.botPosts(GROUP.id).map((p) => p.text)).toEqual(['今晚8点发菜']);
    // Waits of 1 s, 2 s and 4 s between the attempts.
    expect(sentTimes(bot, GROUP.id)[0]).toBeGreaterThanOrEqual(start + 7000);
  });

  it('a send that cannot succeed is given up, logged, and the admins are told privately', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false, admins: ['telegram:1'] });
    bot.emu.failChat(4242, 403, 'Forbidden: bot was blocked by the user');
    enqueue(bot.db, { platform: 'telegram', chatId: '4242' }, '您的配药结果', {}, clock.now());
    await runOutbox(bot.app.worker, clock);
    expect(bot.emu.botPosts(4242)).toEqual([]);
    const [alert] = bot.emu.botPosts(1);
    expect(alert!.text).toContain('放弃');
    expect(alert!.text).not.toContain('配药');
    expect(bot.db.prepare(`SELECT status FROM outbox WHERE chat_id = '4242'`).pluck().get()).toBe('failed');
  });
});
