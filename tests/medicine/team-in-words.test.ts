import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, type TestChat } from '../helpers/chat.js';
import { requestRows } from './helpers.js';
import { homeOf, memberByPlatformId } from '../../src/services/members.js';

/** The medicine team asks after its work in words, privately: the queue, not a request of its own. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

const QUEUE = '待配药 1 份(最急的在前):\n#1 5-302 已登记:氨氯地平×2盒 〔剩0天〕';

describe('the medicine team in words', () => {
  it('「今天要配哪些药」 and 「有几个人要配药」 show the queue; the second had started a request of the team member\'s own', async () => {
    chat = await chatWithWang();
    await chat.say('secretary: /授权 @medic 配药');
    await chat.say('medic: /我是 6-101');
    await chat.say('wang: 我的降压药快吃完了 氨氯地平 两盒 可以替换');
    expect(await chat.answer('medic (private): 今天要配哪些药')).toBe(QUEUE);
    expect(await chat.answer('medic (private): 有几个人要配药?')).toBe(QUEUE);
    expect(requestRows(chat.db)).toHaveLength(1);
  });

  it("a count asked after with a place or a week (「我们楼有几个人要配药」, 「这个礼拜有几户要配药」) is the queue for the team, and nobody's request", async () => {
    chat = await chatWithWang();
    await chat.say('secretary: /授权 @medic 配药');
    await chat.say('secretary: /授权 @zhou 楼组长 5号楼');
    await chat.say('medic: /我是 6-101');
    await chat.say('zhou: /我是 5-101');
    await chat.say('wang: 我的降压药快吃完了 氨氯地平 两盒 可以替换');
    expect(await chat.answer('medic (private): 我们楼有几个人要配药')).toBe(QUEUE);
    expect(await chat.answer('medic (private): 这个礼拜有几户要配药?')).toBe(QUEUE);
    // A lead asking the same is asking, not requesting: 「我们弄堂有几个人要配药」 had started a request for 「堂有」.
    expect(await chat.answer('zhou (private): 我们弄堂有几个人要配药')).not.toContain('要几盒');
    expect(requestRows(chat.db)).toHaveLength(1);
  });

  it('「5-302的药送到了」 from the team is news of that door, never a move of the team member\'s own home', async () => {
    chat = await chatWithWang();
    await chat.say('secretary: /授权 @medic 配药');
    await chat.say('medic: /我是 6-101');
    expect(await chat.answer('medic (private): 5-302的药送到了')).not.toContain('已记住');
    expect(homeOf(memberByPlatformId(chat.db, 'console', 'medic')!)).toMatchObject({ building: '6', room: '101' });
    // A door said as one's own is still a move.
    expect(await chat.answer('medic (private): 我搬到8号楼601了')).toContain('8号楼601');
  });

  it('the team names a request by its door: 「5-302的药配到了」, then 「送到了」, and the household is told each time', async () => {
    chat = await chatWithWang('secretary: /授权 @medic 配药', 'medic: /我是 6-101');
    await chat.say('wang (private): 我的降压药快吃完了 氨氯地平 两盒 可以替换');
    const bought = await chat.say('medic (private): 5-302的药配到了');
    expect(bought.map((o) => [o.chatId, o.text])).toEqual([
      ['private:wang', '好消息:配药登记 #1 的药已配到,稍后送到府上。'],
      ['private:medic', '已更新 #1:已配到。'],
    ]);
    expect((await chat.say('medic (private): 5-302的药送到了')).map((o) => o.text)).toContain('已更新 #1:已送达。');
  });

  it('the team names a request by its number said aloud: 「1号已经配到了」, 「1号送到了」; a building (「1号楼的药」) or a resident is not', async () => {
    chat = await chatWithWang('secretary: /授权 @medic 配药', 'medic: /我是 6-101');
    await chat.say('wang (private): 我的降压药快吃完了 氨氯地平 两盒 可以替换');
    expect((await chat.say('medic (private): 1号楼的药配到了')).map((o) => o.text)).not.toContain('已更新 #1:已配到。');
    expect((await chat.say('wang (private): 1号已经配到了')).map((o) => o.text)).not.toContain('已更新 #1:已配到。');
    const bought = await chat.say('medic (private): 1号已经配到了');
    expect(bought.map((o) => [o.chatId, o.text])).toEqual([
      ['private:wang', '好消息:配药登记 #1 的药已配到,稍后送到府上。'],
      ['private:medic', '已更新 #1:已配到。'],
    ]);
    expect((await chat.say('medic (private): 1号送到了')).map((o) => o.text)).toContain('已更新 #1:已送达。');
  });

  it('the same words from a resident show no queue', async () => {
    chat = await chatWithWang();
    await chat.say('wang: 我的降压药快吃完了 氨氯地平 两盒 可以替换');
    expect(await chat.answer('wang (private): 今天要配哪些药')).not.toContain('待配药');
  });
});
