import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { requestRows } from './helpers.js';

/** A newcomer whose first words to the bot carry their door is not asked for it, nor asked it again next time. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

describe('a door said in the request itself', () => {
  it('a newcomer\'s 「我是3号楼201的 我老伴的降压药没了 能帮忙配吗」 is welcomed and goes straight on; the name said for the kind replaces it; the next request needs no door', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光小区');
    const first = (await chat.say('liu (private): 我是3号楼201的 我老伴的降压药没了 能帮忙配吗')).map((o) => o.text);
    expect(first).toEqual(['好的,已记下您是阳光小区的居民。', '「降压药」要几盒(几瓶、几支)?']);
    expect(await chat.answer('liu (private): 苯磺酸氨氯地平')).toBe('「苯磺酸氨氯地平」要几盒(几瓶、几支)?');
    await chat.say('liu (private): 两盒');
    expect(await chat.answer('liu (private): 不能换')).toMatch(/^配药登记 #1 已收到/);
    expect(await chat.answer('liu (private): 还有我自己的胰岛素也快用完了 诺和锐 三支')).toMatch(/替换吗/);
    await chat.say('liu (private): 可以换');
    expect(requestRows(chat.db)).toEqual([
      { door: '3-201', days: 0, items: '苯磺酸氨氯地平×2' },
      { door: '3-201', days: 0, items: '诺和锐×3' },
    ]);
  });

  it('an elderly newcomer\'s voice message with the door, two medicines and a count for each is recorded as said, each with its count', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光小区');
    await chat.say(
      'gu (private): 喂喂 你好啊 我是七号楼三零二的顾阿婆 我老头子的降压药还有二甲双胍都快没有了 你们能不能帮我去医院配一下 降压药要两盒 二甲双胍要三盒 谢谢你们啊',
    );
    expect(await chat.answer('gu (private): 可以的')).toMatch(/降压药 ×2盒[\s\S]*二甲双胍 ×3盒/);
    expect(requestRows(chat.db)).toEqual([{ door: '7-302', days: 0, items: '降压药×2、二甲双胍×3' }]);
  });

  it('a request for someone else\'s door keeps the newcomer\'s own home unsaid', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光小区');
    await chat.say('zhou (private): 帮5号楼302王阿姨配药 二甲双胍 3盒');
    await chat.say('zhou (private): 可以替换');
    expect(requestRows(chat.db)).toEqual([{ door: '5-302', days: null, items: '二甲双胍×3' }]);
    expect(chat.db.prepare("SELECT home_building FROM members WHERE display_name = 'zhou'").pluck().get()).toBeNull();
  });

  it('with two communities served, the community is still asked', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光小区');
    await chat.say('secretary [幸福群]: /bind 幸福小区');
    const out = await chat.answer('liu (private): 我是3号楼201的 降压药没了 氨氯地平 两盒');
    expect(out).toMatch(/阳光小区[\s\S]*幸福小区/);
  });
});
