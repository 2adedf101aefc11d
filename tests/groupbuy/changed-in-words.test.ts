import { afterEach, describe, expect, it } from 'vitest';
import type { TestChat } from '../helpers/chat.js';
import { ordersOf } from '../../commands/groupbuy/store/orders.js';
import { communityWithLeader, launchedGroupBuy } from './helpers.js';

/**
 * An order added to in plain words in the group by a resident with no home saved: the door of their first order is
 * theirs for the next line and 「再加」 adds to it; 「B不要了」 under the chain takes off B only. The answer says the whole
 * order. A change of package said in words (「改成C」) is left alone, as the corpora label it: talk for the group-buy's leader.
 * A new count for a package the household ordered (「A改成一份」, "change A to 3") is its order changed, the rest kept.
 */
let chat: TestChat;
afterEach(async () => chat?.dispose());

const orderOf = (door: string) => Object.fromEntries(ordersOf(chat.db, 1).find((o) => o.door === door)?.items ?? []);

describe('an order changed in words', () => {
  it('「我要一份A 7号楼302」, then 「再加一份B」 and 「再来两份C」: each adds to the order, answered with the whole of it', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    expect(await chat.answer('gu: 我要一份A 7号楼302')).toMatch(/7-302 A×1/);
    expect(await chat.answer('gu: 再加一份B')).toMatch(/7-302 为 A×1 B×1/);
    expect(await chat.answer('gu: 再来两份C')).toMatch(/7-302 为 A×1 B×1 C×2/);
    expect(orderOf('7-302')).toEqual({ A: 1, B: 1, C: 2 });
  });

  it('「B不要了」 replied to the chain takes off B only; a change said or asked in words changes nothing', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    await chat.say('mei: 7-302 A×1 B×2');
    expect(await chat.say('mei: 能不能把我的A改成C')).toEqual([]);
    expect(await chat.say('mei: 我那份改成C')).toEqual([]);
    expect(orderOf('7-302')).toEqual({ A: 1, B: 2 });
    expect(await chat.answer(`mei ^${chainMessageId}: B不要了`)).toMatch(/7-302 为 A×1/);
    expect(orderOf('7-302')).toEqual({ A: 1 });
  });

  it('「A改成一份」 under the chain, 「B改成三份」 and "change A to 3" privately set that count and keep the rest; from a household with no order, or news, nothing', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    await chat.say('wang: /我是 5-302');
    await chat.say(`wang ^${chainMessageId}: 5-302 A×2 B×1`);
    expect(await chat.answer(`wang ^${chainMessageId}: A改成一份`)).toContain('原来 B×1 A×2');
    expect(orderOf('5-302')).toEqual({ A: 1, B: 1 });
    await chat.say('wang (private): B改成三份');
    expect(orderOf('5-302')).toEqual({ A: 1, B: 3 });
    await chat.say('wang (private): change A to 2');
    expect(orderOf('5-302')).toEqual({ A: 2, B: 3 });
    expect(await chat.say(`wang ^${chainMessageId}: 上次A改成两份了`)).toEqual([]);
    expect(await chat.say(`wang ^${chainMessageId}: A能改成一份吗`)).toEqual([]);
    expect(orderOf('5-302')).toEqual({ A: 2, B: 3 });
    expect(await chat.say(`li ^${chainMessageId}: A改成一份`)).toEqual([]);
    expect(ordersOf(chat.db, 1).length).toBe(1);
  });

  it('「B不要了」 privately takes off B only, as under the chain post; from someone with no order it changes nothing', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    await chat.say('wang: /我是 5-302');
    await chat.say(`wang ^${chainMessageId}: 5-302 A×2 B×1`);
    expect(await chat.answer('wang (private): B不要了')).toContain('5-302 为 A×2');
    expect(orderOf('5-302')).toEqual({ A: 2 });
    await chat.say('li: /我是 6-101');
    expect(await chat.answer('li (private): B不要了')).not.toContain('已更新');
    expect(ordersOf(chat.db, 1).length).toBe(1);
  });

  it('someone who ordered for two doors (their own and a neighbour\'s) is asked which, and nothing changes', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('lin: 阿拉要两份B 12号楼1101');
    await chat.say('lin: 帮隔壁阿婆也订一份A 12号楼1102 她不会用手机');
    expect(await chat.answer('lin: 再加一份C')).toMatch(/请写上门牌号/);
    expect(orderOf('12-1101')).toEqual({ B: 2 });
    expect(orderOf('12-1102')).toEqual({ A: 1 });
  });
});
