import { afterEach, describe, expect, it } from 'vitest';
import { TestChat, chatWithWang, groupOf } from '../helpers/chat.js';
import { itemNames } from './helpers.js';

/**
 * Round 7b, through the chat: of several medicines told, the one asked for by name is the one recorded; a
 * named medicine asked around for beside a pain now is a request; a hassle and a notice are not.
 */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

async function community() {
  chat = await chatWithWang();
  return chat;
}
const items = () => itemNames(chat.db);

describe('several medicines told, one asked for', () => {
  it('「降糖药还有半盒 阿司匹林也不多了 …帮我配一下拜新同 两盒」 records two boxes of 拜新同 only, never named in the group', async () => {
    await community();
    const out = await chat.say('wang: 我那个降糖药还有半盒 阿司匹林也不多了 麻烦哪位帮我配一下拜新同 两盒');
    expect(groupOf(out).join('')).not.toMatch(/拜新同|阿司匹林|降糖药/);
    await chat.answer('wang (private): 可以');
    expect(items()).toBe('拜新同');
    expect(chat.db.prepare('SELECT quantity FROM medicine_items').pluck().get()).toBe(2);
  });
});

describe('asked around for, beside a pain now', () => {
  it('「有没有膏药啊 腰疼的直不起来」 is taken as a request for 膏药', async () => {
    await community();
    const out = await chat.say('wang: 有没有膏药啊 腰疼的直不起来');
    expect(out.length).toBeGreaterThan(0);
    expect(groupOf(out).join('')).not.toMatch(/膏药/);
    await chat.answer('wang (private): 1');
    await chat.answer('wang (private): 可以');
    expect(items()).toBe('膏药');
  });
});

describe('not requests', () => {
  it.each(['去社区医院配药要排两个小时队 真麻烦', '物业通知：需要配药的业主请把医保卡放在门口 明天统一收'])('「%s」 gets no answer in the group', async (text) => {
    await community();
    expect(await chat.say(`wang: ${text}`)).toEqual([]);
    expect(items()).toBeNull();
  });
});
