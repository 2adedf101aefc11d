import { afterEach, describe, expect, it } from 'vitest';
import { TestChat, chatWithWang } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());
const all = async (line: string) => (await chat.say(line)).map((o) => o.text).join('\n');

// An elderly villager's run-on names two medicines without counts; asked the first count, he answers for both.
describe('a count said for every medicine at once', () => {
  it('「各两盒」 answers the count of both, and 「老王我老太婆」 names no patient 「王我老太」', async () => {
    chat = await chatWithWang();
    await chat.say('lao (private): 你好我是十二组三十五号的老王我老太婆高血压药吃完了还有我自己的降糖药也只有两天了麻烦帮我们配一下谢谢');
    expect(await all('lao (private): 各两盒')).toContain('可以用同成分的其他牌子替换吗');
    const done = await all('lao (private): 可以');
    expect(done).toContain('高血压药 ×2盒');
    expect(done).toContain('降糖药 ×2盒');
    expect(done).toContain('门牌:12组35号\n');
    expect(done).not.toContain('王我');
  });

  it('"2 boxes each" in English, and a count without 各 still answers only the medicine asked about', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 氨氯地平和二甲双胍都没了');
    await chat.say('wang (private): 2 boxes each');
    expect(await all('wang (private): yes')).toMatch(/氨氯地平 x2 boxes[\s\S]*二甲双胍 x2 boxes/);
    await chat.say('wang (private): 阿托伐他汀和硝苯地平都没了');
    expect(await all('wang (private): 两盒')).toMatch(/「硝苯地平」要几盒/);
  });
});
