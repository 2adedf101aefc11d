import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { communityWithLeader, launchedGroupBuy } from '../groupbuy/helpers.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());
/** Everything the bot answers to one line, joined. */
const all = async (line: string) => (await chat.say(line)).map((o) => o.text).join('\n');

// 石库门 lanes: an address is a lane (弄), a house (号) and a room by where it lies in the house (前楼, 后楼, 亭子间,
// 灶披间), or the house alone. They got 「没看懂门牌号」 for ever, and a newcomer's request waited on a door they could not give.
describe('a home in a 石库门 lane', () => {
  it("an elderly resident's request with her lane address goes to the team, who find it by that address", async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 蓬莱路居委');
    await chat.say('secretary: /授权 @medic 配药');
    await chat.say('medic: /我是 1-101');
    const asked = await all('wang (private): 你好 我住蓬莱路303弄7号后楼 降压药吃完了 麻烦帮我配两盒络活喜 可以换的');
    expect(asked).toContain('门牌:303弄7号后楼');
    expect(asked).toContain('络活喜 ×2盒');
    expect(await chat.answer('medic (private): 今天要配哪些药')).toContain('#1 303弄7号后楼');
    expect(await all('medic (private): 303弄7号后楼的药配到了')).toContain('已更新 #1');
    expect(await chat.answer('wang (private): /我的信息')).toContain('住址:303弄7号后楼');
    expect(await chat.answer('wang (private): /我的配药')).toContain('已配到');
  });

  it('a house one household has whole is a home, kept across a restart; a date and a stairwell are none', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 蓬莱路居委');
    expect(await all('zhao (private): /我是 56弄12号')).toContain('您住56弄12号');
    await chat.close();
    chat = new TestChat({ dir: chat.dir });
    expect(await chat.answer('zhao (private): /住址')).toContain('56弄12号');
    expect(await all('li (private): 我住在五十六弄十四号亭子间')).toContain('56弄14号亭子间');
    expect(await chat.say('sun: 明天8号前楼下集合 做核酸')).toEqual([]);
    expect(await chat.answer('sun (private): /住址')).not.toContain('8号前楼');
  });

  it('a call for help from a lane house pages with its address', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 蓬莱路居委');
    const page = await all('chen: 56弄14号前楼阿爷跌了一跤 头上出血 叫伊勿应');
    expect(page).toContain('56弄14号前楼需要医护人员');
  });

  it('a chain line with a lane address orders for that house', async () => {
    chat = await communityWithLeader();
    const { chainText } = await launchedGroupBuy(chat);
    await chat.say(`ma: ${`${chainText}\n1. 56弄12号亭子间 B×2`.replace(/\n/g, '\\n')}`);
    const progress = await chat.answer('leader (private): /团购进度 1');
    expect(progress).toMatch(/1\s*户/);
    expect(await all('ma (private): 我订了什么')).toContain('56弄12号亭子间 B×2');
  });

  it("a lane has its lead as a building does: the lead sees the lane's homes, another lane's lead does not", async () => {
    chat = new TestChat();
    expect(await all('secretary: /bind 蓬莱路居委 弄堂 56弄、57弄')).toBe('本群已绑定到「蓬莱路居委」,服务56弄、57弄。');
    expect(await all('secretary: /授权 @zhou 楼组长 56弄')).toContain('已授予 zhou 56弄楼组长身份');
    await chat.say('secretary: /授权 @hu 楼组长 五十七弄');
    await chat.say('zhou: /我是 56弄3号前楼');
    await chat.say('wang: /我是 56弄12号后楼');
    await chat.say('hu: /我是 57弄1号');
    const list = await all('zhou (private): /住户 56弄');
    expect(list).toContain('56弄登记住户(2户)');
    expect(list).toContain('56弄12号后楼 wang');
    expect(list).not.toContain('57弄');
    expect(await all('hu (private): /住户 56弄')).toContain('这是56弄的事');
  });
});
