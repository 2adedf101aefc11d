import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/kernel/clock.js';
import { enqueue } from '../../src/outbox/store.js';
import { STALE_REPLY_MS } from '../../src/outbox/worker.js';
import { MORNING } from '../helpers/chat.js';
import { runOutbox } from '../helpers/drive-clock.js';
import { TelegramBot } from '../helpers/telegram-bot.js';

const GROUP = { id: -1002, type: 'supergroup' as const, title: '阳光二期5号楼群' };
const SECRETARY = { id: 1, name: '书记' };
const residents = Array.from({ length: 24 }, (_, i) => ({ id: 7000 + i, name: `居民${i + 1}`, door: `${1 + (i % 8)}-${101 + i}` }));

let bot: TelegramBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const statuses = (b: TelegramBot) => b.db.prepare(`SELECT status, COUNT(*) AS n FROM outbox GROUP BY status ORDER BY status`).all();
/** When (fake clock) each post the bot remembers went out, by chat. */
const sentAt = (b: TelegramBot, chatId: string) => b.db.prepare(`SELECT MIN(sent_at) FROM bot_messages WHERE chat_id = ?`).pluck().get(chatId) as number | null;

/**
 * A bound group with a secretary who has a private chat with the bot (answered); then Telegram
 * goes down (`outage`), and 24 residents ask privately and one calls for help in the group.
 */
async function residentsAsk(b: TelegramBot, clock: FakeClock, outage: () => void): Promise<void> {
  b.emu.userSays(SECRETARY, { id: SECRETARY.id, type: 'private' }, '/我是 1-101');
  b.emu.userSays(SECRETARY, GROUP, '/bind 阳光二期');
  await b.emu.until(() => b.incomingCount() === 2, 15_000, 'the secretary');
  await runOutbox(b.app.worker, clock);
  outage();
  for (const r of residents) b.emu.userSays(r, { id: r.id, type: 'private' }, `/我是 ${r.door}`);
  b.emu.userSays({ id: 8001, name: '小王' }, GROUP, '/sos 5-302 老人昏迷');
  await b.emu.until(() => b.incomingCount() === 27, 15_000, 'every message handled');
}

describe('a Bot API outage loses nothing (fake clock, real telegraf, emulator)', { timeout: 60_000 }, () => {
  it('60 s of 502s: nothing is given up, and when Telegram answers again every reply arrives, the emergency first', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false, admins: ['telegram:1'] });
    // The secretary's own two answers went out before the outage.
    const downAt = clock.now();
    await residentsAsk(bot, clock, () => bot!.emu.failAll(502, 'Bad Gateway'));
    await runOutbox(bot.app.worker, clock, downAt + 60_000);
    expect(bot.emu.failures.length).toBeGreaterThan(3);
    // Tried again and again, and still waiting: nothing failed, nothing stale, nothing posted.
    expect(statuses(bot)).toEqual([{ status: 'pending', n: 26 }, { status: 'sent', n: 2 }]);
    // While Telegram is down it is tried with one message at a time, not with every chat at once.
    expect(bot.emu.failures.length).toBeLessThan(20);

    bot.emu.recover();
    const upAt = clock.now();
    await runOutbox(bot.app.worker, clock);
    expect(statuses(bot)).toEqual([{ status: 'sent', n: 28 }]);

    // Every resident got their answer, once.
    for (const r of residents) {
      const [building, room] = r.door.split('-');
      const posts = bot.emu.botPosts(r.id).map((p) => p.text);
      expect(posts, r.name).toHaveLength(1);
      expect(posts[0]).toContain(`已记住:您住${building}号楼${room}。`);
    }
    // The emergency went first: the group's call and the secretary's alert before any reply.
    const groupCall = bot.db.prepare(`SELECT sent_at FROM outbox WHERE chat_id = ? AND text LIKE '🚨%'`).pluck().get(String(GROUP.id)) as number;
    const alert = bot.db.prepare(`SELECT sent_at FROM outbox WHERE chat_id = '1' AND text LIKE '%紧急%'`).pluck().get() as number;
    const firstReply = Math.min(...residents.map((r) => sentAt(bot!, String(r.id))!));
    expect(groupCall).toBeLessThanOrEqual(firstReply);
    expect(alert).toBeLessThanOrEqual(firstReply);
    expect(bot.emu.botPosts(GROUP.id).map((p) => p.text)[1]).toContain('🚨 紧急:5号楼302需要医护人员');
    // Back within the longest wait between two tries of a down platform (15 s), all within a minute.
    expect(groupCall - upAt).toBeLessThanOrEqual(15_000);
    const last = bot.db.prepare('SELECT MAX(sent_at) FROM outbox').pluck().get() as number;
    expect(last - upAt).toBeLessThan(60_000);
  });

  it('the admins hear once, on another platform, when Telegram has failed for minutes, and once when it is back', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false, admins: ['console:secretary', 'telegram:1'], console: true });
    await residentsAsk(bot, clock, () => bot!.emu.failAll(500, 'Internal Server Error'));
    await runOutbox(bot.app.worker, clock, clock.now() + 10 * 60_000);
    const told = bot.console!.sent.filter((m) => m.chatId === 'private:secretary');
    expect(told.map((m) => m.text)).toEqual(['⚠️ telegram 已经 2 分钟发不出消息了(Telegram 500: Internal Server Error)。消息都还在队列里,恢复后会按紧急程度依次补发。']);

    bot.emu.recover();
    await runOutbox(bot.app.worker, clock);
    const after = bot.console!.sent.filter((m) => m.chatId === 'private:secretary').map((m) => m.text);
    expect(after).toHaveLength(2);
    expect(after[1]).toMatch(/^✅ telegram 恢复了\(中断约 1\d 分钟\),排队的消息正在补发。$/);
    expect(statuses(bot)).toEqual([{ status: 'sent', n: 30 }]);
  });

  it('a reply that could not go out for hours becomes one short apology in its chat; an emergency call still goes out', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false, admins: ['telegram:1'] });
    await residentsAsk(bot, clock, () => bot!.emu.failAll(502, 'Bad Gateway'));
    const asker = residents[0]!;
    bot.emu.userSays(asker, { id: asker.id, type: 'private' }, '/我是');
    await bot.emu.until(() => bot!.incomingCount() === 28, 15_000, 'the second question');
    await runOutbox(bot.app.worker, clock, clock.now() + STALE_REPLY_MS + 60_000);
    bot.emu.recover();
    await runOutbox(bot.app.worker, clock);

    // Two late answers to that resident became one apology; the emergency call went out, late as it was.
    expect(bot.emu.botPosts(asker.id).map((p) => p.text)).toEqual(['抱歉,平台故障,这里有 2 条回复已经晚了约 6 小时,就不再补发了。如果还需要,请再发一次。']);
    expect(bot.emu.botPosts(GROUP.id).map((p) => p.text)[1]).toContain('🚨 紧急');
    expect(bot.db.prepare(`SELECT COUNT(*) FROM outbox WHERE status = 'stale'`).pluck().get()).toBe(25);
  });

  it('a chat the bot was removed from is recorded, its messages are not tried forever, and the community\'s secretary is told once', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false, admins: ['telegram:1'] });
    await residentsAsk(bot, clock, () => {});
    await runOutbox(bot.app.worker, clock);
    bot.emu.failChat(GROUP.id, 403, 'Forbidden: bot was kicked from the supergroup chat');
    for (let i = 0; i < 3; i++) enqueue(bot.db, { platform: 'telegram', chatId: String(GROUP.id) }, `通知 ${i}`, {}, clock.now());
    await runOutbox(bot.app.worker, clock);
    enqueue(bot.db, { platform: 'telegram', chatId: String(GROUP.id) }, '通知 3', {}, clock.now());
    await runOutbox(bot.app.worker, clock);

    const told = bot.emu.botPosts(SECRETARY.id).filter((p) => p.text.includes('无法再给'));
    expect(told.map((p) => p.text)).toEqual([
      '机器人已无法再给「阳光二期5号楼群」(telegram)发消息,3 条消息已放弃。原因:Telegram 403: Forbidden: bot was kicked from the supergroup chat。如果是群:请把机器人重新拉进群,并在群里发一次 /bind;如果是个人:请对方给机器人发一条消息(Telegram 上先按 Start)。',
    ]);
    expect(bot.emu.failures.filter((c) => c === String(GROUP.id))).toHaveLength(2);
    expect(bot.db.prepare(`SELECT gone_reason FROM chats WHERE chat_id = ?`).pluck().get(String(GROUP.id))).toContain('kicked');

    // Added back, someone writes there: the chat is back and is written to again.
    bot.emu.unfailChat(GROUP.id);
    bot.emu.userSays(residents[1]!, GROUP, '/我是 2-202');
    await bot.emu.until(() => bot!.incomingCount() === 28, 15_000, 'the message from the group');
    await runOutbox(bot.app.worker, clock);
    expect(bot.emu.botPosts(GROUP.id).at(-1)!.text).toContain('2号楼202');
  });
});
