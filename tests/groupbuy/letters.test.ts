import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { communityWithLeader, launchedGroupBuy } from './helpers.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

const orders = () => chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get() as number;

describe('letters and numbers beside an open group-buy', () => {
  it('a licence class, a parking level or a medicine with a letter orders no package', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    const said = [
      ...(await chat.say('zhao: 我有B2驾照可以开车 有需要喊我')),
      ...(await chat.say('qian: B1停车场积水了 开车的注意一下')),
      ...(await chat.say('sun: 碳酸钙D3这个牌子好吗 有人吃过吗')),
    ];
    expect(said.map((o) => o.text).join('\n')).not.toContain('已登记');
    expect(orders()).toBe(0);
  });

  it('someone new orders privately with a greeting, the door and the words of joining around the line: welcomed and recorded at once', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    // With one community served, the door in the order answers the only question there was.
    const out = await chat.say('lee (private): 您好 我住7号楼1101 团购我要B和C各两份');
    expect(out.map((o) => o.text)).toEqual(['好的,已记下您是阳光二期的居民。', '已登记 7-1101 B×2 C×2,本团共4份']);
    expect(orders()).toBe(1);
  });

  it('"two boxes of" a package is two', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    expect(await chat.answer(`tom ^${chainMessageId}: two boxes of B and a box of C for 3-102 please`)).toBe('Recorded 3-102 B×2 C×1; 3 in all');
  });
});
