import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, type TestChat } from '../helpers/chat.js';

/** Who the bot is, asked of it privately: told plainly, not a menu of choices; in the group, left to the neighbours. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

describe('who the bot is', () => {
  it('「你是谁」, 「你是机器人吗」, 「你是居委的吗」, "are you a real person?" privately: what it is and is not', async () => {
    chat = await chatWithWang();
    for (const asked of ['你是谁', '你叫什么名字', '你是机器人吗', '你是居委的吗?']) {
      expect(await chat.answer(`wang (private): ${asked}`), asked).toMatch(/^我是邻里,小区群里的自动助手,不是真人,也不是居委。/);
    }
    expect(await chat.answer('wang (private): are you a real person?')).toMatch(/^I am linli, an automatic helper/);
    expect(await chat.say('wang: 你是谁')).toEqual([]);
    expect(await chat.answer('wang (private): 你是谁家的孩子')).not.toMatch(/^我是邻里/);
  });
});
