import { afterEach, describe, expect, it } from 'vitest';
import type { TestChat } from '../helpers/chat.js';
import { REGISTRATION, communityWithLeader, launchedGroupBuy } from './helpers.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());
const all = async (line: string) => (await chat.say(line)).map((o) => o.text).join('\n');
const active = (id: number, door: string) =>
  chat.db.prepare("SELECT COUNT(*) FROM groupbuy_orders WHERE groupbuy_id = ? AND door = ? AND status = 'active'").pluck().get(id, door);

// A resident takes back their own group-buy order privately, in words (it got the three-choice menu; only a reply under
// the chain post or /buy 1 取消 did it): asked first, as every cancel is.
describe('one\'s own group-buy order taken back in words, privately', () => {
  it('「我订的团购不要了」 asks about the household\'s order by name and 「是」 cancels it; "no" in English keeps it', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    await chat.say('wang: /我是 5-302');
    await chat.say(`wang ^${chainMessageId}: 5-302 A×2`);
    expect(await all('wang (private): 我订的团购不要了')).toBe('要取消 #1「4月21日蔬菜套餐」里 5-302 的 A×2 吗?回复「是」就取消。');
    expect(active(1, '5-302')).toBe(1);
    expect(await all('wang (private): 是')).toContain('已取消 5-302 的订单');
    expect(active(1, '5-302')).toBe(0);

    await chat.say('li: /我是 6-101');
    await chat.say(`li ^${chainMessageId}: 6-101 B×1`);
    expect(await all('li (private): please cancel my order')).toContain('Cancel the order of 6-101 (B×1)');
    await chat.say('li (private): no');
    expect(active(1, '6-101')).toBe(1);
  });

  it('news of a cancelled group-buy, a medicine taken back and words in the group are not an order cancelled', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    await chat.say('wang: /我是 5-302');
    await chat.say(`wang ^${chainMessageId}: 5-302 A×2`);
    expect(await all('wang (private): 听说团购取消了?')).not.toContain('要取消');
    expect(await all('wang (private): 我订的药不要了')).not.toContain('要取消 #1');
    expect(await chat.say('wang: 我订的团购不要了')).toEqual([]);
    expect(active(1, '5-302')).toBe(1);
  });

  it('with orders in two group-buys the household is asked which, and its number picks it', async () => {
    chat = await communityWithLeader();
    const first = await launchedGroupBuy(chat);
    await chat.say(`leader (private): ${REGISTRATION}`);
    await chat.say('secretary (private): /团购审批 2');
    const [second] = await chat.say('leader: /发团 2');
    await chat.say('wang: /我是 5-302');
    await chat.say(`wang ^${first.chainMessageId}: 5-302 A×2`);
    await chat.say(`wang ^${second!.id}: 5-302 C×1`);
    const which = await all('wang (private): 团购不要了');
    expect(which).toContain('要取消哪一个');
    expect(which).toContain('#1');
    expect(which).toContain('#2');
    expect(await all('wang (private): 2')).toContain('已取消 5-302 的订单');
    expect([active(1, '5-302'), active(2, '5-302')]).toEqual([1, 0]);
  });
});
