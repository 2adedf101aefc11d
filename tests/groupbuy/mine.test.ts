import { afterEach, describe, expect, it } from 'vitest';
import { groupOf, type TestChat } from '../helpers/chat.js';
import { communityWithLeader, launchedGroupBuy } from './helpers.js';

/** One's own group-buy order asked after in words, or with /我的团购: the household's orders, privately. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

describe('what did I order?', () => {
  it('asked privately in English and in Chinese, the household\'s order is shown with where it stands', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('kim: /我是 12-2304');
    await chat.say('kim: Hello, I want to order 1 A and 1 B please');
    expect(await chat.answer('kim (private): what did I order?')).toBe('Your household\'s group-buy orders:\n#1 "4月21日蔬菜套餐" 12-2304 A×1 B×1 · open · not paid yet');
    expect(await chat.answer('kim (private): 我刚才接龙报上了吗')).toBe('您家的团购订单:\n#1「4月21日蔬菜套餐」12-2304 A×1 B×1 · 接龙中 · 未付款');
    await chat.say('leader: /已付 12-2304 #1');
    expect(await chat.answer('kim (private): /我的团购')).toContain('A×1 B×1 · 接龙中 · 已付款');
  });

  it('an order placed for the door by someone else in the household is shown too', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('wife: 12-2304 B×2');
    await chat.say('kim: /我是 12-2304');
    expect(await chat.answer('kim (private): 我订了什么')).toContain('12-2304 B×2');
  });

  it('with nothing ordered, says how to order; in the group it stays talk unless the bot is named', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('kim: /我是 12-2304');
    expect(await chat.answer('kim (private): what did I order')).toContain('no group-buy order yet');
    expect(groupOf(await chat.say('kim: 我订了什么'))).toEqual([]);
    expect(groupOf(await chat.say('kim: @linli 我订了什么'))).toEqual(['您家的团购订单已私聊发给您。']);
  });
});
