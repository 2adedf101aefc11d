import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { taskById } from '../../commands/volunteering/store/tasks.js';
import { memberByPlatformId } from '../../src/services/members.js';
import { TelegramBot } from '../helpers/telegram-bot.js';

const GROUP = { id: -1001, type: 'supergroup' as const, title: '阳光二期5号楼' };
const secretary = { id: 1, name: '书记', username: 'shuji' };
const v1 = { id: 21, name: '张师傅' };
const v2 = { id: 22, name: '刘阿姨' };
const wang = { id: 11, name: '王阿姨' };

let bot: TelegramBot;
afterEach(async () => bot?.stop());

/** A bound group, two volunteers signed up under a recruit post, and a task posted with its 接任务 button. */
async function taskWithButton() {
  bot = await TelegramBot.start();
  bot.emu.userSays(secretary, GROUP, '/bind 阳光二期');
  bot.emu.userSays(secretary, GROUP, '/招募 紧急招募志愿者');
  const recruit = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.text.includes('招募')), 15_000, 'the recruit post');
  for (const [who, details] of [[v1, '5-302 司机 晚上'], [v2, '5-401 配送 全天']] as const) {
    bot.emu.userSays(who, GROUP, `报名 ${details}`, { reply_to_message: { message_id: recruit.messageId, text: recruit.text } });
  }
  await bot.emu.until(() => bot.db.prepare("SELECT COUNT(*) FROM member_roles WHERE role = 'volunteer'").pluck().get() === 2, 15_000, 'two volunteers');
  bot.emu.userSays(secretary, GROUP, '/任务 5号楼 搬运物资10箱');
  const post = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.text.includes('任务#1')), 15_000, 'the task post');
  return post;
}

describe('inline buttons on Telegram (on the emulator)', { timeout: 60_000 }, () => {
  it('a task is posted with a 接任务 button that stands for the reply 「接」', async () => {
    const post = await taskWithButton();
    expect(post.buttons).toEqual([[{ text: '接任务', data: '接' }]]);
  });

  it('two volunteers tap 接任务 at once: one owns it, the post shows the owner, the other is told privately, the group gets no new message', async () => {
    const post = await taskWithButton();
    const before = bot.emu.botPosts(GROUP.id).length;
    const tap1 = bot.emu.userTaps(v1, GROUP, post, '接');
    const tap2 = bot.emu.userTaps(v2, GROUP, post, '接');
    await bot.emu.until(() => bot.emu.answersTo(tap1).length + bot.emu.answersTo(tap2).length === 2, 15_000, 'both taps answered');
    const edited = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.messageId === post.messageId && p.edits > 0), 15_000, 'the post edited');

    const owner = taskById(bot.db, 1)!.owner_member_id;
    const winner = owner === memberByPlatformId(bot.db, 'telegram', String(v1.id))!.id ? v1 : v2;
    const [wonTap, lostTap] = winner === v1 ? [tap1, tap2] : [tap2, tap1];
    expect(bot.emu.answersTo(wonTap).map((a) => a.text)).toEqual(['任务#1归您了,谢谢!完成后发 /完成 1']);
    expect(bot.emu.answersTo(lostTap).map((a) => a.text)).toEqual([`任务#1已经由 ${winner.name} 认领了,谢谢您!`]);
    expect(edited.text).toContain(`任务#1由 ${winner.name} 认领`);
    expect(edited.buttons).toBeUndefined();
    await new Promise((r) => setTimeout(r, 500));
    expect(bot.emu.botPosts(GROUP.id)).toHaveLength(before);
    // Nothing was sent to either volunteer's private chat either.
    expect(bot.emu.botPosts(v1.id).concat(bot.emu.botPosts(v2.id))).toEqual([]);
  });

  it('a tap delivered twice is handled once', async () => {
    const post = await taskWithButton();
    const tap = bot.emu.userTaps(v1, GROUP, post, '接');
    await bot.emu.until(() => bot.emu.answersTo(tap).length === 1, 15_000, 'the answer');
    const incoming = bot.incomingCount();
    bot.emu.pushRaw({
      callback_query: { id: tap, from: { id: v1.id, is_bot: false, first_name: v1.name }, message: { message_id: post.messageId, date: 0, chat: GROUP, text: post.text }, chat_instance: '1', data: '接' },
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(bot.incomingCount()).toBe(incoming);
    expect(bot.emu.answersTo(tap)).toHaveLength(1);
  });

  it('a resident who taps is told privately that only volunteers claim tasks, and the task stays open', async () => {
    const post = await taskWithButton();
    const before = bot.emu.botPosts(GROUP.id).length;
    const tap = bot.emu.userTaps(wang, GROUP, post, '接');
    const [answer] = await bot.emu.until(() => bot.emu.answersTo(tap).length > 0 && bot.emu.answersTo(tap), 15_000, 'the answer');
    expect(answer!.text).toContain('只有登记的志愿者才能认领任务');
    expect(taskById(bot.db, 1)!.status).toBe('open');
    expect(bot.emu.botPosts(GROUP.id)).toHaveLength(before);
  });

  it('typing 「接」 as a reply still works, and the post loses its button', async () => {
    const post = await taskWithButton();
    bot.emu.userSays(v1, GROUP, '接', { reply_to_message: { message_id: post.messageId, text: post.text } });
    await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.text.includes('由 张师傅 认领') && p.messageId !== post.messageId), 15_000, 'the claim announced');
    const edited = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.messageId === post.messageId && p.edits > 0), 15_000, 'the post edited');
    expect(edited.buttons).toBeUndefined();
  });
});

describe('an emergency call\'s 我去 button (on the emulator)', { timeout: 60_000 }, () => {
  it('a tap answers the call: the group hears who is going once, the tapper is thanked alone, a second tapper is told who went first', async () => {
    await taskWithButton();
    bot.emu.userSays(wang, GROUP, '/sos 5-302 老人昏迷');
    const call = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.text.startsWith('🚨')), 15_000, 'the call');
    expect(call.buttons).toEqual([[{ text: '🙋 我去', data: '到' }]]);
    const tap1 = bot.emu.userTaps(v1, GROUP, call, '到');
    await bot.emu.until(() => bot.emu.answersTo(tap1).length === 1, 15_000, 'the first answer');
    const tap2 = bot.emu.userTaps(v2, GROUP, call, '到');
    await bot.emu.until(() => bot.emu.answersTo(tap2).length === 1, 15_000, 'the second answer');
    expect(bot.emu.answersTo(tap1)[0]!.text).toBe('谢谢您!已告诉大家您去5号楼302了。');
    expect(bot.emu.answersTo(tap2)[0]!.text).toContain('张师傅 已先响应');
    await bot.emu.until(() => bot.emu.botPosts(GROUP.id).some((p) => p.text.startsWith('✅ 紧急呼叫#1:张师傅 已响应')), 15_000, 'the group told');
    await new Promise((r) => setTimeout(r, 500));
    expect(bot.emu.botPosts(GROUP.id).filter((p) => p.text.includes('张师傅') && p.text.includes('紧急呼叫#1'))).toHaveLength(1);
    expect(bot.emu.botPosts(GROUP.id).filter((p) => p.text.includes('刘阿姨') && p.text.includes('紧急'))).toEqual([]);
  });
});

describe('a tap and the tapper\'s language', { timeout: 60_000 }, () => {
  it('an English-speaking volunteer who taps 接任务 is answered in English and stays English', async () => {
    const post = await taskWithButton();
    const tom = { id: 23, name: 'Tom' };
    const recruit = bot.emu.botPosts(GROUP.id).find((p) => p.text.includes('招募'))!;
    bot.emu.userSays(tom, GROUP, 'sign up 5-501 driver evenings', { reply_to_message: { message_id: recruit.messageId, text: recruit.text } });
    await bot.emu.until(() => bot.db.prepare("SELECT COUNT(*) FROM member_roles WHERE role = 'volunteer'").pluck().get() === 3, 15_000, 'tom signed up');
    const tap = bot.emu.userTaps(tom, GROUP, post, '接');
    const [answer] = await bot.emu.until(() => bot.emu.answersTo(tap).length > 0 && bot.emu.answersTo(tap), 15_000, 'the answer');
    expect(answer!.text).toBe('Task #1 is yours, thank you! When done, send /done 1');
    expect(memberByPlatformId(bot.db, 'telegram', String(tom.id))!.lang).toBe('en');
  });
});

describe('questions answered by a tap (on the emulator)', { timeout: 60_000 }, () => {
  it('「您是要登记配药吗?」 carries 是 / 不是, and a tap on 是 goes on with what was understood', async () => {
    bot = await TelegramBot.start();
    const me = { id: wang.id, type: 'private' as const };
    bot.emu.userSays(secretary, GROUP, '/bind 阳光二期');
    bot.emu.userSays(wang, GROUP, '/我是 5-302');
    bot.emu.userSays(wang, me, '阿司匹林');
    const question = await bot.emu.until(() => bot.emu.botPosts(wang.id).find((p) => p.text.includes('您是要登记配药吗')), 15_000, 'the question');
    expect(question.buttons).toEqual([[{ text: '是', data: '是' }, { text: '不是', data: '不是' }]]);
    bot.emu.userTaps(wang, me, question, '是');
    const next = await bot.emu.until(() => bot.emu.botPosts(wang.id).find((p) => p.text.includes('要几盒')), 15_000, 'the next question');
    expect(next.text).toBe('「阿司匹林」要几盒(几瓶、几支)?');
  });

  it('a private message linli did not understand offers its choices as numbered buttons', async () => {
    bot = await TelegramBot.start();
    const me = { id: wang.id, type: 'private' as const };
    bot.emu.userSays(wang, me, '今天天气不错');
    const guess = await bot.emu.until(() => bot.emu.botPosts(wang.id).find((p) => p.text.includes('回复数字就好')), 15_000, 'the choices');
    const choices = guess.text.split('\n').filter((l) => /^\d\. /.test(l));
    expect(guess.buttons?.[0]?.map((b) => b.data)).toEqual(choices.map((_, i) => String(i + 1)));
  });
});

describe('patrol shifts taken by a tap (on the emulator)', { timeout: 60_000 }, () => {
  it('the plan offers a button per free shift; a tap takes it, the plan shows the owner and offers the rest', async () => {
    await taskWithButton();
    // Tomorrow in Shanghai (this test runs on the real clock): both shifts are still to come.
    const tomorrow = DateTime.now().setZone('Asia/Shanghai').plus({ days: 1 });
    const day = `${tomorrow.month}月${tomorrow.day}日`;
    bot.emu.userSays(secretary, GROUP, `/排班 8-16 16-24 ${day}`);
    const plan = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.text.startsWith('🛡️')), 15_000, 'the plan');
    const ids = plan.buttons!.flat().map((b) => b.data);
    expect(ids).toHaveLength(2);
    const first = Number(ids[0]!.split(' ')[1]);
    const before = bot.emu.botPosts(GROUP.id).length;
    const tap = bot.emu.userTaps(v1, GROUP, plan, ids[0]!);
    const [answer] = await bot.emu.until(() => bot.emu.answersTo(tap).length > 0 && bot.emu.answersTo(tap), 15_000, 'the answer');
    expect(answer!.text).toContain(`✅ 张师傅 认领了巡逻班次 #${first}`);
    const edited = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.messageId === plan.messageId && p.edits > 0), 15_000, 'the plan edited');
    expect(edited.text).toContain(`#${first} ${day} 8:00-16:00 — 张师傅`);
    expect(edited.buttons!.flat().map((b) => b.data)).toEqual([ids[1]]);
    expect(bot.emu.botPosts(GROUP.id)).toHaveLength(before);
  });
});

describe('signing up to a recruit by a tap (on the emulator)', { timeout: 60_000 }, () => {
  it('the call offers a button per need; a tap is the typed sign-up, its questions go to the tapper alone, and the post shows the progress', async () => {
    bot = await TelegramBot.start();
    bot.emu.userSays(secretary, GROUP, '/bind 阳光二期');
    bot.emu.userSays(secretary, GROUP, '/招募 紧急招募志愿者 核酸引导2人 物资分发3人');
    const recruit = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.text.includes('紧急招募志愿者')), 15_000, 'the recruit post');
    expect(recruit.buttons).toEqual([
      [
        { text: '🙋 报名·核酸引导', data: '报名 核酸引导' },
        { text: '🙋 报名·物资分发', data: '报名 物资分发' },
      ],
    ]);

    // Typing still signs up, and the post is edited to show how far the call has got.
    bot.emu.userSays(v1, GROUP, '报名 5-302 司机 晚上', { reply_to_message: { message_id: recruit.messageId, text: recruit.text } });
    const once = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.messageId === recruit.messageId && p.text.includes('报名进度:1/5')), 15_000, 'the post shows 1/5');
    expect(once.buttons).toEqual(recruit.buttons);

    // A neighbour linli knows nothing about taps: the first question comes to them alone.
    const before = bot.emu.botPosts(GROUP.id).length;
    const tap = bot.emu.userTaps(v2, GROUP, recruit, '报名 物资分发');
    const [question] = await bot.emu.until(() => bot.emu.answersTo(tap).length > 0 && bot.emu.answersTo(tap), 15_000, 'the question');
    expect(question!.text).toBe('谢谢报名!请问您住几号楼几室?例如:5-302');
    await new Promise((r) => setTimeout(r, 500));
    expect(bot.emu.botPosts(GROUP.id)).toHaveLength(before);

    // Their answer completes the sign-up into the team they tapped; the post now says 2/5.
    bot.emu.userSays(v2, GROUP, '5-401 配送 全天');
    await bot.emu.until(() => bot.db.prepare("SELECT COUNT(*) FROM volunteers WHERE team = '物资分发'").pluck().get() === 1, 15_000, 'v2 in the team');
    const twice = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.messageId === recruit.messageId && p.text.includes('报名进度:2/5')), 15_000, 'the post shows 2/5');
    expect(twice.text).toContain('紧急招募志愿者');
    expect(twice.buttons).toEqual(recruit.buttons);
  });
});

describe('+1 / −1 under a group-buy chain (on the emulator)', { timeout: 60_000 }, () => {
  const leader = { id: 31, name: '李团长' };
  const me = (u: { id: number }) => ({ id: u.id, type: 'private' as const });
  const registration = [
    '/团购登记',
    '标题: 蔬菜套餐',
    '供应商: 浦东绿源农产品公司',
    'A套餐 100元: 鸡蛋、蔬菜、肉',
    'B套餐 150元: 蔬菜、水果、肉',
    '每户限购: 3份',
    '截止: 明天20:00',
    '送达: 4月25日',
    '营业执照: 91310115MA1K4XXXX',
    '通行证: 沪A-2026-0042',
    '送货员核酸: 今天 阴性',
    '司机核酸: 今天 阴性',
  ].join('\n');

  it('each item carries +1 and −1; a tap changes the tapper\'s own household by one and is answered to them alone', async () => {
    bot = await TelegramBot.start();
    bot.emu.userSays(secretary, GROUP, '/bind 阳光二期');
    bot.emu.userSays(leader, GROUP, '大家好');
    bot.emu.userSays(secretary, GROUP, '/授权 @李团长 团长', { entities: [{ type: 'text_mention', offset: 4, length: 4, user: { id: leader.id, is_bot: false, first_name: leader.name } }] });
    await bot.emu.until(() => bot.db.prepare("SELECT COUNT(*) FROM member_roles WHERE role = 'groupbuy_leader'").pluck().get() === 1, 15_000, 'the leader');
    bot.emu.userSays(leader, me(leader), registration);
    await bot.emu.until(() => bot.emu.botPosts(leader.id).some((p) => p.text.includes('已登记')), 15_000, 'registered');
    bot.emu.userSays(secretary, me(secretary), '/团购审批 1');
    await bot.emu.until(() => bot.db.prepare("SELECT status FROM groupbuys WHERE id = 1").pluck().get() === 'approved', 15_000, 'approved');
    bot.emu.userSays(wang, GROUP, '/我是 5-302');
    bot.emu.userSays(leader, GROUP, '/发团 1');
    const chain = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.text.includes('团购接龙 #1')), 15_000, 'the chain');
    expect(chain.buttons).toEqual([
      [
        { text: 'A +1', data: 'A+1' },
        { text: 'A −1', data: 'A-1' },
      ],
      [
        { text: 'B +1', data: 'B+1' },
        { text: 'B −1', data: 'B-1' },
      ],
    ]);
    const before = bot.emu.botPosts(GROUP.id).length;
    const answer = async (data: string) => {
      const tap = bot.emu.userTaps(wang, GROUP, chain, data);
      const [a] = await bot.emu.until(() => bot.emu.answersTo(tap).length > 0 && bot.emu.answersTo(tap), 15_000, `the answer to ${data}`);
      return a!.text;
    };
    expect(await answer('A-1')).toBe('5-302 没有订 A,不用减。');
    expect(await answer('B+1')).toBe('已登记 5-302 B×1,本团共1份');
    expect(await answer('B+1')).toContain('已更新 5-302 为 B×2');
    expect(await answer('A+1')).toContain('已更新 5-302 为 B×2 A×1');
    expect(await answer('A+1')).toBe('每户最多3份,您报了4份,请改少一点。');
    expect(await answer('B-1')).toContain('已更新 5-302 为 A×1 B×1(原来 A×1 B×2');
    const orders = () => bot.db.prepare("SELECT o.status, i.code, i.qty AS quantity FROM groupbuy_orders o LEFT JOIN groupbuy_order_items i ON i.order_id = o.id WHERE o.door = '5-302' ORDER BY i.code").all();
    expect(orders()).toEqual([
      { status: 'active', code: 'A', quantity: 1 },
      { status: 'active', code: 'B', quantity: 1 },
    ]);
    // What was said to the tapper stayed with the tapper: the group got no new message.
    await new Promise((r) => setTimeout(r, 500));
    expect(bot.emu.botPosts(GROUP.id)).toHaveLength(before);
    // A neighbour with no door on record is asked for it, privately too, and nothing is ordered.
    const tap = bot.emu.userTaps(v1, GROUP, chain, 'A+1');
    const [asked] = await bot.emu.until(() => bot.emu.answersTo(tap).length > 0 && bot.emu.answersTo(tap), 15_000, 'the door asked for');
    expect(asked!.text).toContain('请写上门牌号');
  });
});
