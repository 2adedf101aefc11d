import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, groupOf, type TestChat } from '../helpers/chat.js';

/** A volunteer with a task in hand says privately that it is done, or that they cannot do it: that task, no quote needed. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

async function aTaskClaimed(): Promise<TestChat> {
  const c = await chatWithWang('jin: /志愿者报名 7-1801 配送 全天');
  const [post] = await c.say('secretary: /task 7栋 帮独居老人取快递');
  await c.say(`jin ^${post!.id.replace('#', '')}: I can do it`);
  return c;
}

describe('a task in hand, spoken of privately', () => {
  it('「快递送到了」 finishes it, and the group hears it is done', async () => {
    chat = await aTaskClaimed();
    const out = await chat.say('jin (private): 快递送到了');
    expect(groupOf(out)).toEqual(['👍 任务#1已完成,谢谢 jin!']);
    expect(await chat.answer('jin (private): which tasks did I take?')).toBe('You have no tasks right now. Send /tasks to see those nobody has taken.');
  });

  it('「这个任务我做不了了 不好意思」 gives it back and the group may take it again', async () => {
    chat = await aTaskClaimed();
    const out = await chat.say('jin (private): 这个任务我做不了了 不好意思');
    expect(out.map((o) => o.text)).toContain('好的,任务#1已退回。');
    expect(groupOf(out)[0]).toContain('任务#1重新开放认领');
  });

  it('with two in hand, asked which; someone with none gets the usual choices', async () => {
    chat = await aTaskClaimed();
    const [second] = await chat.say('secretary: /task 7栋 送药');
    await chat.say(`jin ^${second!.id.replace('#', '')}: 我去`);
    expect(await chat.answer('jin (private): delivered, she has it now')).toContain('#1 #2');
    expect(await chat.answer('wang (private): 快递送到了')).toContain('您是想');
  });
});
