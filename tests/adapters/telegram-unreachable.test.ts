import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/kernel/clock.js';
import { MORNING } from '../helpers/chat.js';
import { runOutbox } from '../helpers/drive-clock.js';
import { TelegramBot } from '../helpers/telegram-bot.js';

const GROUP = { id: -1001, type: 'supergroup' as const, title: '阳光二期5号楼' };
const secretary = { id: 1, name: '书记', username: 'shuji' };
const v1 = { id: 21, name: '张师傅' };

let bot: TelegramBot;
afterEach(async () => bot?.stop());

/** A bound group and a volunteer who signed up there and never opened a private chat with the bot. */
async function groupOnlyVolunteer(clock: FakeClock) {
  bot = await TelegramBot.start({ clock, worker: false });
  bot.emu.userSays(secretary, GROUP, '/bind 阳光二期');
  bot.emu.userSays(secretary, GROUP, '/招募 紧急招募志愿者');
  await bot.emu.until(() => bot.incomingCount() === 2, 15_000, 'the secretary');
  await runOutbox(bot.app.worker, clock);
  const recruit = bot.emu.botPosts(GROUP.id).find((p) => p.text.includes('招募'))!;
  bot.emu.userSays(v1, GROUP, '报名 5-302 配送 全天', { reply_to_message: { message_id: recruit.messageId, text: recruit.text } });
  await bot.emu.until(() => bot.incomingCount() === 3, 15_000, 'the sign-up');
  await runOutbox(bot.app.worker, clock);
}

/** Runs what falls due at `at` and sends it. */
async function at(clock: FakeClock, time: string) {
  clock.set(Date.parse(time));
  bot.app.scheduler.tick();
  await runOutbox(bot.app.worker, clock);
}

const mentioned = (post: { entities?: { type: string; user?: { id: number } }[] }) => post.entities?.filter((e) => e.type === 'text_mention').map((e) => e.user?.id);

describe('nobody is silently unreachable (fake clock, emulator)', { timeout: 60_000 }, () => {
  it('a volunteer without a private chat is chased for a late task in the group, by @-mention, without the task\'s detail', async () => {
    const clock = new FakeClock(MORNING);
    await groupOnlyVolunteer(clock);
    bot.emu.userSays(secretary, GROUP, '/任务 5号楼 给302王阿姨送降压药 今天16:00前');
    bot.emu.userSays(v1, GROUP, '/认领 1');
    await bot.emu.until(() => bot.incomingCount() === 5, 15_000, 'the task and the claim');
    await runOutbox(bot.app.worker, clock);
    const before = bot.emu.botPosts(GROUP.id).length;

    await at(clock, '2026-04-20T16:00:00+08:00');
    const posts = bot.emu.botPosts(GROUP.id).slice(before);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toMatch(/^@张师傅 ⏰ 您认领的任务#1到时间了。完成了发 \/完成 1/);
    expect(posts[0]!.text).toContain('https://t.me/linli_test_bot?start=tasks');
    expect(posts[0]!.text).not.toContain('降压药');
    expect(mentioned(posts[0]!)).toEqual([v1.id]);
    expect(bot.emu.botPosts(v1.id)).toEqual([]);
    expect(bot.db.prepare(`SELECT COUNT(*) FROM audit_log WHERE action = 'member.reachedInGroup'`).pluck().get()).toBe(1);
  });

  it('a volunteer without a private chat is reminded of their shift in the group', async () => {
    const clock = new FakeClock(MORNING);
    await groupOnlyVolunteer(clock);
    bot.emu.userSays(secretary, GROUP, '/排班 16-24 4月20日');
    await bot.emu.until(() => bot.incomingCount() === 4, 15_000, 'the plan');
    await runOutbox(bot.app.worker, clock);
    const plan = bot.emu.botPosts(GROUP.id).find((p) => p.text.includes('#1'))!;
    bot.emu.userSays(v1, GROUP, '接 1', { reply_to_message: { message_id: plan.messageId, text: plan.text } });
    await bot.emu.until(() => bot.incomingCount() === 5, 15_000, 'the shift taken');
    await runOutbox(bot.app.worker, clock);
    const before = bot.emu.botPosts(GROUP.id).length;

    await at(clock, '2026-04-20T15:00:00+08:00');
    const posts = bot.emu.botPosts(GROUP.id).slice(before);
    expect(posts.map((p) => p.text)).toEqual(['@张师傅 ⏰ 提醒:您的巡逻班次 #1(4月20日 16:00-24:00)1小时后开始。']);
    expect(mentioned(posts[0]!)).toEqual([v1.id]);
    expect(bot.emu.botPosts(v1.id)).toEqual([]);
  });

  it('someone who blocked the bot is reached in the group when the private message fails', async () => {
    const clock = new FakeClock(MORNING);
    await groupOnlyVolunteer(clock);
    // 张师傅 once wrote privately, then blocked the bot: Telegram answers 403 to the reminder.
    bot.emu.userSays(v1, { id: v1.id, type: 'private' }, '你好');
    await bot.emu.until(() => bot.incomingCount() === 4, 15_000, 'the private hello');
    await runOutbox(bot.app.worker, clock);
    bot.emu.failChat(v1.id, 403, 'Forbidden: bot was blocked by the user');
    bot.emu.userSays(secretary, GROUP, '/任务 5号楼 搬运物资10箱 今天16:00前');
    bot.emu.userSays(v1, GROUP, '/认领 1');
    await bot.emu.until(() => bot.incomingCount() === 6, 15_000, 'the task and the claim');
    await runOutbox(bot.app.worker, clock);
    const before = bot.emu.botPosts(GROUP.id).length;

    await at(clock, '2026-04-20T16:00:00+08:00');
    const posts = bot.emu.botPosts(GROUP.id).slice(before);
    expect(posts.map((p) => p.text).join('\n')).toContain('@张师傅 ⏰ 您认领的任务#1到时间了');
  });
});

describe('whoever asked on someone\'s behalf hears the outcome', { timeout: 60_000 }, () => {
  it('a daughter who asked in the group for her mother, and never opened a private chat, is told in the group there is news, without the medicine', async () => {
    const clock = new FakeClock(MORNING);
    bot = await TelegramBot.start({ clock, worker: false });
    const daughter = { id: 31, name: '小李' };
    bot.emu.userSays(secretary, { id: secretary.id, type: 'private' }, '/我是 1-101');
    bot.emu.userSays(secretary, GROUP, '/bind 阳光二期');
    bot.emu.userSays(daughter, GROUP, '帮6-101王阿姨配药 氨氯地平 5mg 两盒 可以替换 还剩3天');
    await bot.emu.until(() => bot.incomingCount() === 3, 15_000, 'the request');
    await runOutbox(bot.app.worker, clock);
    expect(bot.db.prepare('SELECT COUNT(*) FROM medicine_requests').pluck().get()).toBe(1);
    const before = bot.emu.botPosts(GROUP.id).length;

    bot.emu.userSays(secretary, { id: secretary.id, type: 'private' }, '/配药状态 #1 已买到');
    await bot.emu.until(() => bot.incomingCount() === 4, 15_000, 'the update');
    await runOutbox(bot.app.worker, clock);
    const posts = bot.emu.botPosts(GROUP.id).slice(before);
    expect(posts.map((p) => p.text)).toEqual([expect.stringMatching(/^@小李 配药登记 #1 有新进展,请私聊我查看。打开 https:\/\/t\.me\/linli_test_bot\?start=medinfo_1/)]);
    expect(posts[0]!.text).not.toContain('氨氯地平');
    expect(mentioned(posts[0]!)).toEqual([daughter.id]);
  });
});
