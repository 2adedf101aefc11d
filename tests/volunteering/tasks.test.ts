import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/open.js';
import { memberByPlatformId } from '../../src/services/members.js';
import { claimTask, taskById } from '../../commands/volunteering/store/tasks.js';
import { TestChat } from '../helpers/chat.js';
import { communityWithVolunteers } from '../helpers/volunteers.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  // The next test may not open a chat: never dispose this one twice.
  chat = undefined!;
});

async function postedTask(text = '/任务 3号楼 搬运物资10箱 今天16:00前') {
  chat = await communityWithVolunteers(['li: 5-302 医生 晚上', 'wang: 3-101 配送 全天', 'zhao: 6-202 司机 下午']);
  const [post] = await chat.say(`secretary: ${text}`);
  return post!;
}

const owner = (id = 1) => taskById(chat.db, id)!.owner_member_id;
const memberId = (name: string) => memberByPlatformId(chat.db, 'console', name)!.id;

describe('tasks claimed by reply', () => {
  it('a task is posted with a number, its deadline and how to claim', async () => {
    const post = await postedTask();
    expect(post.text).toBe('📌 任务#1:3号楼 搬运物资10箱,4月20日 16:00前完成\n志愿者请回复本消息“接”认领,或发 /认领 1');
  });

  it('two volunteers reply "接" in the same instant: exactly one owns it, the other is told who does', async () => {
    const post = await postedTask();
    const a = chat.adapter.parseLine(`li ^${post.id}: 接`)!;
    const b = chat.adapter.parseLine(`wang ^${post.id}: 接`)!;
    b.time = a.time;
    const answers = await chat.deliver(a, b);
    expect(answers.map((x) => x.text)).toEqual([
      '✅ 任务#1由 li 认领。完成后回复本消息“完成”,或发 /完成 1',
      '任务#1已经由 li 认领了,谢谢您!',
    ]);
    expect(owner()).toBe(memberId('li'));
    // Someone later, by command, hears the same.
    expect(await chat.answer('zhao: /认领 1')).toBe('任务#1已经由 li 认领了,谢谢您!');
    expect(owner()).toBe(memberId('li'));
  });

  it('the claim is decided by the database: a second connection claiming at once loses', async () => {
    await postedTask();
    const other = openDb(chat.config.dbPath);
    try {
      const now = chat.clock.now();
      const first = claimTask(chat.db, 1, memberId('wang'), now);
      const second = claimTask(other, 1, memberId('zhao'), now);
      expect(first.ok).toBe(true);
      expect(second).toMatchObject({ ok: false, reason: 'taken', owner: { display_name: 'wang' } });
      expect(owner()).toBe(memberId('wang'));
    } finally {
      other.close();
    }
  });

  it('a resident who is not a volunteer cannot claim, is told why, and nothing changes', async () => {
    const post = await postedTask();
    expect(await chat.answer(`chen ^${post.id}: 接`)).toBe('只有登记的志愿者才能认领任务。想帮忙的话,请先报名:/志愿者报名 5-302 司机 晚上');
    // The command goes through the policy, which names the role.
    expect(await chat.answer('chen: /claim 1')).toBe('这个操作需要志愿者身份。如需开通,请联系书记。');
    expect(owner()).toBeNull();
    expect(taskById(chat.db, 1)!.status).toBe('open');
  });

  it('the owner finishes it; nobody else can; the poster cancels another; open tasks are listed', async () => {
    const post = await postedTask();
    await chat.say(`wang ^${post.id}: 我来`);
    expect(await chat.answer(`li ^${post.id}: 完成`)).toBe('任务#1不是您认领的,只有认领人 wang 能报完成或退回。');
    expect(taskById(chat.db, 1)!.status).toBe('claimed');
    const [second] = await chat.say('secretary: /task 送药到6号楼 today 18:00');
    expect(await chat.answer('secretary: /任务列表')).toBe(
      '未完成的任务(2个):\n#2 送药到6号楼,4月20日 18:00前完成 — 待认领\n#1 3号楼 搬运物资10箱,4月20日 16:00前完成 — wang 认领中',
    );
    expect(await chat.answer('wang: /完成')).toBe('👍 任务#1已完成,谢谢 wang!');
    expect(await chat.answer(`li ^${second!.id}: 取消`)).toBe('只有发布人或书记可以取消任务#2。');
    expect(await chat.answer(`secretary ^${second!.id}: 取消`)).toBe('任务#2已取消。');
    expect(await chat.answer('secretary: /任务列表')).toBe('现在没有未完成的任务。');
  });

  it('the open tasks asked for in words (「现在有什么任务」, "what tasks are open?") are listed; talk about tasks is not', async () => {
    await postedTask();
    const list = '未完成的任务(1个):\n#1 3号楼 搬运物资10箱,4月20日 16:00前完成 — 待认领';
    expect(await chat.answer('li: 现在有什么任务')).toBe(list);
    expect(await chat.answer('li (private): 还有任务没人接吗')).toBe(list);
    expect(await chat.answer('li (private): how do I see the tasks?')).toMatch(/^Unfinished tasks \(1\):\n#1 /);
    expect(await chat.say('li: 今天任务好多 累死了')).toEqual([]);
  });

  it('a reply that only talks about the task is not a claim', async () => {
    const post = await postedTask();
    expect(await chat.say(`li ^${post.id}: 来不及了吧`)).toEqual([]);
    expect(await chat.say(`li ^${post.id}: 去哪里搬?`)).toEqual([]);
    expect(owner()).toBeNull();
    expect(await chat.answer(`li ^${post.id}: 我来吧!`)).toContain('由 li 认领');
  });

  it('a give-back said as a reason, or with 取消, gives it back rather than cancelling; a question whether it is done changes nothing', async () => {
    const post = await postedTask();
    expect(await chat.answer(`wang ^${post.id}: 我嚟搞掂`)).toContain('由 wang 认领');
    expect(await chat.say(`li ^${post.id}: 送到了吗 老人在等`)).toEqual([]);
    const out = await chat.say(`wang ^${post.id}: 不好意思啊 我们楼突然封了 下不去`);
    expect(out.map((o) => o.text)).toEqual(['好的,任务#1已退回。', expect.stringContaining('任务#1重新开放认领')]);
    expect(owner()).toBeNull();
    expect(await chat.answer(`zhao ^${out[1]!.id}: 交给我了 放心`)).toContain('由 zhao 认领');
    const again = await chat.say(`zhao ^${out[1]!.id}: 取消吧 我去不了`);
    expect(again.map((o) => o.text)).toEqual(['好的,任务#1已退回。', expect.stringContaining('任务#1重新开放认领')]);
    expect(taskById(chat.db, 1)!.status).toBe('open');
  });

  it('a bare reason gives the task back; advice, a condition and news with the same words change nothing', async () => {
    const post = await postedTask();
    expect(await chat.answer(`wang ^${post.id}: 接!我马上下楼`)).toContain('由 wang 认领');
    expect(await chat.say(`li ^${post.id}: 放门口就行 不用敲门 老人在睡觉`)).toEqual([]);
    expect(await chat.say(`li ^${post.id}: 临时有事的话记得在群里说一声`)).toEqual([]);
    expect(await chat.say(`zhao ^${post.id}: 听说她家被隔离了 东西放门口就行吧`)).toEqual([]);
    expect(taskById(chat.db, 1)!.status).toBe('claimed');
    const out = await chat.say(`wang ^${post.id}: 临时有事`);
    expect(out.map((o) => o.text)).toEqual(['好的,任务#1已退回。', expect.stringContaining('任务#1重新开放认领')]);
    expect(await chat.answer(`zhao ^${out[1]!.id}: 我替他去`)).toContain('由 zhao 认领');
  });

  it('under a medicine task, the medicine named in a claim or a report is the task\'s, not a new request', async () => {
    const post = await postedTask('/任务 7号楼101 取降压药 今天18:00前');
    expect(await chat.answer(`li ^${post.id}: 我去药店帮老人买降压药`)).toContain('由 li 认领');
    expect(await chat.answer(`li ^${post.id}: Metformin delivered, 2 boxes`)).toBe('👍 Task #1 is done. Thank you, li!');
    expect(chat.db.prepare('SELECT COUNT(*) FROM medicine_requests').pluck().get()).toBe(0);
  });

  it('a volunteer gives a task back and it is open for others again', async () => {
    const post = await postedTask();
    await chat.say(`wang ^${post.id}: 接`);
    const out = await chat.say('wang: /退回 1');
    expect(out.map((o) => o.text)).toEqual(['好的,任务#1已退回。', expect.stringContaining('任务#1重新开放认领')]);
    expect(await chat.answer(`zhao ^${out[1]!.id}: 接`)).toContain('由 zhao 认领');
  });

  it('a task nobody claims is announced again and sent to volunteers whose skills fit', async () => {
    await postedTask('/任务 需要司机送老人去医院 今天16:00前');
    chat.clock.advance(30 * 60 * 1000);
    const out = await chat.tick();
    expect(out.find((o) => o.isGroup)!.text).toContain('还没人认领:任务#1');
    const privately = out.filter((o) => !o.isGroup);
    expect(privately.map((o) => o.chatId)).toEqual(['private:zhao']);
    // The driver claims from the private message; the group sees it too.
    const claimed = await chat.say(`zhao (private) ^${privately[0]!.id}: 接`);
    expect(claimed.map((o) => o.chatId).sort()).toEqual(['private:zhao', '控制台群']);
    expect(claimed.every((o) => o.text.includes('由 zhao 认领'))).toBe(true);
    expect(owner()).toBe(memberId('zhao'));
    chat.clock.advance(30 * 60 * 1000);
    expect((await chat.tick()).filter((o) => o.text.includes('还没人认领'))).toEqual([]);
  });

  it('a task without a skill goes to the volunteers of its building', async () => {
    await postedTask('/任务 3号楼 搬运物资10箱');
    chat.clock.advance(30 * 60 * 1000);
    const out = await chat.tick();
    expect(out.filter((o) => !o.isGroup).map((o) => o.chatId)).toEqual(['private:wang']);
  });

  it('a claimed task past its time reminds its owner, then returns to the group', async () => {
    const post = await postedTask();
    await chat.say(`wang ^${post.id}: 接`);
    chat.clock.set(Date.parse('2026-04-20T16:00:00+08:00'));
    const reminder = await chat.tick();
    expect(reminder).toHaveLength(1);
    expect(reminder[0]!.chatId).toBe('private:wang');
    expect(reminder[0]!.text).toContain('⏰ 提醒:您认领的任务#1');
    chat.clock.advance(30 * 60 * 1000);
    const back = await chat.tick();
    expect(back.map((o) => o.chatId).sort()).toEqual(['private:wang', '控制台群']);
    expect(back.find((o) => o.isGroup)!.text).toContain('任务#1重新开放认领');
    expect(owner()).toBeNull();
  });

  it('a task finished in time is not chased', async () => {
    const post = await postedTask();
    await chat.say(`wang ^${post.id}: 接`);
    await chat.say(`wang ^${post.id}: 完成`);
    chat.clock.set(Date.parse('2026-04-20T17:00:00+08:00'));
    expect(await chat.tick()).toEqual([]);
  });

  it('English and traditional Chinese replies claim too, answered in their language', async () => {
    const post = await postedTask();
    expect(await chat.answer(`zhao ^${post.id}: I'll take it`)).toBe('✅ Task #1 is claimed by zhao. When done, reply "done" to this message or send /done 1');
    expect(await chat.answer(`wang ^${post.id}: 認領`)).toBe('任務#1已經由 zhao 認領了,謝謝您!');
  });

  it('a volunteer posts tasks only once in a team', async () => {
    await postedTask();
    expect(await chat.answer('li: /任务 6号楼 送菜')).toContain('先编入小队');
    await chat.say('secretary: /分组 物资分发 @li');
    expect(await chat.answer('li: /任务 6号楼 送菜')).toContain('📌 任务#2:6号楼 送菜');
  });

  it('a resident cannot post a task; a wrong task number gets the right form', async () => {
    await postedTask();
    expect(await chat.answer('chen: /任务 帮我买菜')).toContain('需要');
    expect(await chat.answer('li: /认领 abc')).toBe('请写任务编号,例如:/认领 12');
    expect(await chat.answer('li: /认领 99')).toContain('没有找到任务#99');
  });

  it('a building lead posts tasks and recruit calls for their own buildings only: named, or those of the group it is posted in', async () => {
    chat = await communityWithVolunteers(['li: 5-302 医生 晚上']);
    await chat.say('secretary [5号楼群]: /bind 阳光二期 楼 5');
    await chat.say('secretary [6号楼群]: /bind 阳光二期 楼 6');
    await chat.say('lead5: /我是 5-201');
    await chat.say('secretary: /授权 @lead5 楼组长 5号楼');
    const other = '这是6号楼的事,需要6号楼楼组长或书记身份。';
    expect(await chat.answer('lead5: /任务 6号楼 清点物资')).toBe(other);
    expect(await chat.answer('lead5 [6号楼群]: /任务 清点物资')).toBe(other);
    expect(await chat.answer('lead5: /招募 6号楼 搬运5人')).toBe(other);
    expect(await chat.answer('lead5 [6号楼群]: /招募 搬运5人')).toBe(other);
    expect(chat.db.prepare('SELECT COUNT(*) FROM volunteer_tasks').pluck().get()).toBe(0);
    expect(chat.db.prepare('SELECT COUNT(*) FROM volunteer_recruits').pluck().get()).toBe(1);
    expect(await chat.answer('lead5 [5号楼群]: /任务 清点物资')).toContain('📌 任务#1:清点物资');
    expect(await chat.answer('lead5: /招募 5号楼 搬运5人')).toContain('5号楼');
    expect(await chat.answer('secretary [6号楼群]: /招募 搬运5人')).toContain('搬运5人');
  });
});

describe('a task returned for being late', () => {
  it('is re-announced saying its time has passed, and not sent privately to the volunteer it was taken from', async () => {
    await postedTask();
    await chat.say('wang: /认领 1');
    chat.clock.set(Date.parse('2026-04-20T16:00:00+08:00'));
    await chat.tick();
    chat.clock.advance(30 * 60 * 1000);
    const back = await chat.tick();
    const returned = back.find((o) => o.isGroup)!.text;
    expect(returned).toContain('任务#1重新开放认领');
    expect(returned).toContain('原定4月20日 16:00前完成,已过时间');
    expect(returned).not.toContain(',4月20日 16:00前完成');
    chat.clock.advance(30 * 60 * 1000);
    const again = await chat.tick();
    expect(again.find((o) => o.isGroup)!.text).toContain('已过时间');
    // Building 3's volunteer is wang, who just had it taken back: nobody is pushed privately.
    expect(again.filter((o) => o.chatId === 'private:wang')).toEqual([]);
  });
});
