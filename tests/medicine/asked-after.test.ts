import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, groupOf, type TestChat } from '../helpers/chat.js';

/** A resident asking after a request made before is told where it stands, not asked to make a new one. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const count = () => chat.db.prepare('SELECT COUNT(*) FROM medicine_requests').pluck().get() as number;

describe('asking after one\'s own medicine request', () => {
  it('「我前天让你们帮我配的降压药有消息了吗」 privately lists the household\'s requests and where each stands; nothing new is recorded', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 配药 氨氯地平 5mg 两盒 可以替换');
    expect(count()).toBe(1);
    const answer = await chat.answer('wang (private): 我前天让你们帮我配的降压药有消息了吗');
    expect(answer).toBe('您家的配药登记:\n#1 已登记:氨氯地平 5mg×2盒');
    expect(count()).toBe(1);
  });

  it('in English and in traditional characters, and said to the bot in the group (answered privately)', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 配药 氨氯地平 5mg 两盒 可以替换');
    expect(await chat.answer('wang (private): Hi, could you tell me if my medicine request went through?')).toContain('#1');
    expect(await chat.answer('wang (private): 我之前報的藥到了嗎')).toContain('#1');
    const out = await chat.say('wang: @邻里 我昨天登记的药什么时候能到');
    expect(groupOf(out).join('')).not.toContain('氨氯地平');
    expect(out.find((o) => o.chatId === 'private:wang')?.text).toContain('#1');
    expect(count()).toBe(1);
  });

  it('with nothing on record, says so and how to ask; a new need after the question is a request as before', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 上次登记的药什么时候能到')).toBe('您家还没有配药登记。要登记的话,直接说要配什么药、几盒就行。');
    expect(await chat.answer('wang (private): 我上次配的降压药吃完了 再配两盒')).toMatch(/替换吗|降压药/);
  });
});
