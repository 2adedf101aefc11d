import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, groupOf, type TestChat } from '../helpers/chat.js';

/** The desk's today page in the chat: what needs the secretary today, asked in words or with /今天, privately. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

async function aBusyMorning(): Promise<TestChat> {
  const c = await chatWithWang();
  await c.say('wang: 我的降压药快吃完了 氨氯地平 两盒 可以替换');
  await c.say('secretary: /task 5号楼需要搬运物资');
  await c.say('li: /我是 6-201');
  await c.say('li: 救命 我妈倒在地上叫不醒');
  return c;
}

describe('what needs the secretary today, in the chat', () => {
  it('「今天有什么事要处理」 privately lists the open call, the medicine running out and the task nobody took', async () => {
    chat = await aBusyMorning();
    const answer = await chat.answer('secretary (private): 今天有什么事要处理');
    expect(answer).toContain('今天要办的事');
    expect(answer).toContain('• #1 09:00 6号楼201,呼叫人 li:我妈倒在地上叫不醒 · 还没有人响应');
    expect(answer).toContain('• #1 5-302 剩0天 · 已登记');
    expect(answer).toContain('• #1 5号楼需要搬运物资 · 待认领');
    expect(answer).toContain('发 /后台');
    // Nothing of the desk's markup reaches the chat.
    expect(answer).not.toMatch(/<|&amp;|href/);
    // The medicine team's details (the medicine's name) stay in the medicine queue.
    expect(answer).not.toContain('氨氯地平');
  });

  it('asked with the bot named in the group, the list goes privately and the group hears only that it was sent', async () => {
    chat = await aBusyMorning();
    const out = await chat.say('secretary: @linli 今天有什么要我办的');
    expect(groupOf(out)).toEqual(['今天要办的事已私聊发给您。']);
    expect(out.find((o) => !o.isGroup)?.text).toContain('5号楼需要搬运物资');
  });

  it('/today in English, and a quiet day says nothing needs them', async () => {
    chat = await aBusyMorning();
    expect(await chat.answer('secretary (private): what needs doing today?')).toContain('What needs you today');
    await chat.say('secretary: /结束紧急 1');
    await chat.say('secretary: /canceltask 1');
    await chat.say('secretary: /取消配药 1');
    const quiet = await chat.answer('secretary (private): /today');
    expect(quiet).not.toContain('紧急呼叫');
    expect(quiet).not.toContain('搬运物资');
  });

  it('a resident\'s same words, and the secretary\'s among neighbours in the group, stay talk', async () => {
    chat = await aBusyMorning();
    expect(await chat.answer('wang (private): 今天有什么事要处理')).not.toContain('今天要办的事');
    expect(groupOf(await chat.say('secretary: 今天有什么事要处理'))).toEqual([]);
  });
});
