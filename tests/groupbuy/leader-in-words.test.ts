import { afterEach, describe, expect, it } from 'vitest';
import { homeOf, memberByPlatformId } from '../../src/services/members.js';
import type { TestChat } from '../helpers/chat.js';
import { communityWithLeader, launchedGroupBuy } from './helpers.js';

/** A group-buy leader's own words to the bot, privately: a payment told, the chain closed (asked first). */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

async function ordersIn(): Promise<TestChat> {
  const c = await communityWithLeader();
  await launchedGroupBuy(c);
  await c.say('leader: /我是 6-301');
  await c.say('a: 5-101 A×1');
  await c.say('b: 5-102 B×2');
  return c;
}

describe('the leader in words', () => {
  it('「5-101 付过钱了」 marks that door paid and leaves the leader\'s own home alone', async () => {
    chat = await ordersIn();
    expect(await chat.answer('leader (private): 5-101 付过钱了')).toBe('已记 5-101 付款');
    expect(await chat.answer('leader (private): 收到5-102的钱了')).toBe('已记 5-102 付款');
    const leader = memberByPlatformId(chat.db, 'console', 'leader')!;
    expect(homeOf(leader)).toMatchObject({ building: '6', room: '301' });
  });

  it('「截单吧」 is asked first, and 「是」 closes the group-buy', async () => {
    chat = await ordersIn();
    expect(await chat.answer('leader (private): 截单吧')).toBe('要现在截团吗?截团后就不能再下单了,汇总表会私聊发您。回复「是」截团。');
    await chat.say('leader (private): 是');
    const status = chat.db.prepare('SELECT status FROM groupbuys WHERE id = 1').pluck().get();
    expect(status).toBe('closed');
  });

  it('「现在报了多少了」 gives the count so far, each item, the amount and the payments', async () => {
    chat = await ordersIn();
    await chat.say('leader (private): 5-101 付过钱了');
    expect(await chat.answer('leader (private): 现在报了多少了')).toBe('团购 #1「4月21日蔬菜套餐」(接龙中):2户,A套餐×1 B套餐×2 C套餐×0,共3份,400元;已付款1户。');
    expect(await chat.answer('leader (private): how many orders so far?')).toContain('2 households');
  });

  it('a resident\'s same words are not a payment mark nor a close', async () => {
    chat = await ordersIn();
    await chat.say('a (private): 截单吧');
    expect(chat.db.prepare('SELECT status FROM groupbuys WHERE id = 1').pluck().get()).toBe('open');
    await chat.say('b (private): 5-101 付过钱了');
    expect(chat.db.prepare("SELECT paid_at FROM groupbuy_orders WHERE door = '5-101'").pluck().get()).toBeNull();
  });
});
