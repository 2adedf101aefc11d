import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, type TestChat } from '../helpers/chat.js';

/** Today's bulletin asked after in words, of the bot: when it goes out, or the copy once it has. Among neighbours, talk. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

describe("today's bulletin asked after in words", () => {
  it('privately or @ the bot: not yet and when; after it went out, the copy; in the group among neighbours, nothing', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 今天有什么通知')).toBe('今天的通报还没发,20:00发出。');
    expect(await chat.answer('wang: @邻里 今天的通报呢')).toBe('今天的通报还没发,20:00发出。');
    expect(await chat.say('wang: 今天的日报出来了吗')).toEqual([]);
    await chat.say('secretary: /通知 明天上午8点全员核酸');
    await chat.say('secretary: /通报 发送');
    expect(await chat.answer('wang (private): 今天的通报发了吗')).toMatch(/^4月20日发出的通报:\n\n/);
    expect(await chat.answer("wang (private): where is today's bulletin?")).toMatch(/^The bulletin sent on /);
  });
});
