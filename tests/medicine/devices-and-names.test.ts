import { afterEach, describe, expect, it } from 'vitest';
import { TestChat, chatWithWang, groupOf } from '../helpers/chat.js';
import { itemNames } from './helpers.js';

/**
 * Round 7, through the chat: a device asked to be bought is a supply request like a medicine (README-13
 * rule 5), never named in the group; a device offered to lend, a fraud warning and a person's name where a
 * brand would stand are not taken as requests or as medicines.
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

describe('a device asked to be bought is a supply request', () => {
  it('「我爸要用制氧机 哪位能帮忙买一台 急」: recorded as one 制氧机, the group never hears the device', async () => {
    await community();
    const out = await chat.say('wang: 我爸要用制氧机 哪位能帮忙买一台 急');
    expect(groupOf(out).join('')).not.toMatch(/制氧机/);
    await chat.answer('wang (private): 可以');
    expect(items()).toBe('制氧机');
    expect(chat.db.prepare('SELECT quantity FROM medicine_items').pluck().get()).toBe(1);
  });
});

describe('not requests, and not medicines', () => {
  it.each(['我家有个闲置的制氧机 谁家老人需要可以借去用', '大家小心骗子 有人说能代配药 要先转账', '求推荐一款好用的额温枪'])('「%s」 gets no answer in the group', async (text) => {
    await community();
    expect(await chat.say(`wang: ${text}`)).toEqual([]);
    expect(items()).toBeNull();
  });

  it('"Please bring Emma her inhaler" records the inhaler, not Emma', async () => {
    await community();
    await chat.say('wang: Please bring Emma her inhaler, she ran out this morning');
    await chat.answer('wang (private): 1');
    await chat.answer('wang (private): 可以');
    expect(items()).toBe('inhaler');
  });
});
