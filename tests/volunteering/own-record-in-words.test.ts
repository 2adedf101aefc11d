import { afterEach, describe, expect, it } from 'vitest';
import { volunteerOf } from '../../commands/volunteering/store/volunteers.js';
import { taskById } from '../../commands/volunteering/store/tasks.js';
import { chatWithWang, type TestChat } from '../helpers/chat.js';

/** A volunteer speaks of their own record in words: their tasks, when they are free now, stepping down. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

async function volunteerWithATask(): Promise<TestChat> {
  chat = await chatWithWang();
  await chat.say('secretary: /任务 7号楼 帮101独居老人取药 今天16:00前');
  await chat.say('wang: /志愿者报名 5-302 配送 晚上');
  await chat.say('wang: /认领 1');
  return chat;
}

describe('a volunteer in words', () => {
  it('「我接了哪些任务」 lists their own tasks only', async () => {
    await volunteerWithATask();
    await chat.say('secretary: /任务 3号楼 搬运物资10箱');
    expect(await chat.answer('wang (private): 我接了哪些任务')).toBe('未完成的任务(1个):\n#1 7号楼 帮101独居老人取药,4月20日 16:00前完成 — wang 认领中');
    expect(await chat.answer('secretary (private): 我的任务')).toBe('您现在没有认领中的任务。发 /任务列表 看看还有哪些没人接。');
  });

  it('「我这周只有周末有空」 updates when they are free', async () => {
    await volunteerWithATask();
    expect(await chat.answer('wang (private): 我这周只有周末有空')).toBe('已更新志愿者 wang:5号楼,特长:配送,有空:周末。');
  });

  it('「我不想当志愿者了」 is asked first, then steps down and gives the task back; it was taken for a sign-up', async () => {
    await volunteerWithATask();
    expect(await chat.answer('wang (private): 我不想当志愿者了')).toBe('您是要退出志愿者吗?您认领的任务和班次会退回给大家。回复「是」确认。');
    expect(volunteerOf(chat.db, 1, 2)).toBeDefined();
    await chat.say('wang (private): 是');
    expect(chat.db.prepare("SELECT COUNT(*) FROM volunteers WHERE status = 'active'").pluck().get()).toBe(0);
    expect(taskById(chat.db, 1)!.status).toBe('open');
  });

  it('the same words from someone who is no volunteer, or asked as a question, step nobody down', async () => {
    await volunteerWithATask();
    await chat.say('li (private): 我不想当志愿者了');
    await chat.say('wang (private): 志愿者能不能不做了?');
    expect(chat.db.prepare("SELECT COUNT(*) FROM volunteers WHERE status = 'active'").pluck().get()).toBe(1);
  });
});
