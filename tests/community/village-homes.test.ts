import { afterEach, describe, expect, it } from 'vitest';
import { TestChat, chatWithWang } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());
/** Everything the bot answers to one line, joined. */
const all = async (line: string) => (await chat.say(line)).map((o) => o.text).join('\n');

// Villages were locked down too (the seeds' 西村自然湾): a house is named by its villagers' group (村民小组, 「12组」, the older
// 生产队 「三队」) and its number. 「我住12组35号」 got the three-choice menu and /我是 12组35号 「请写门牌号」.
describe('a home in a village', () => {
  it('is said as its group and number, in words or with /我是, kept and carried by a medicine request', async () => {
    chat = await chatWithWang();
    expect(await all('li (private): 我住12组35号')).toContain('已记住:您住12组35号');
    await chat.say('li (private): 降压药没了 氨氯地平两盒');
    expect(await all('li (private): 可以')).toContain('门牌:12组35号');
    expect(await all('zhao: /我是 庄行村九组十七号')).toContain('已记住:您住9组17号');
    expect(await all('qian: /我是 三队12号')).toContain('已记住:您住3队12号');
  });

  it('in traditional characters is shown in them', async () => {
    chat = await chatWithWang();
    expect(await all('lin (private): 我住12組35號')).toContain('12組35號');
  });

  it('a group or a date is no house: 「分两组3号开始」, 「第2组3号楼」', async () => {
    chat = await chatWithWang();
    expect(await chat.say('wang: 明天分两组3号开始发物资')).toEqual([]);
    await chat.say('wang: 第2组3号楼的志愿者集合');
    expect(chat.db.prepare("SELECT COUNT(*) FROM members WHERE home_area LIKE '%组'").pluck().get()).toBe(0);
  });

  it("a village group has its lead (组长) as a building does; a committee may serve groups", async () => {
    chat = new TestChat();
    expect(await all('secretary: /bind 庄行村委 村民小组 12组、13组')).toBe('本群已绑定到「庄行村委」,服务12组、13组。');
    expect(await all('secretary: /授权 @zhou 楼组长 12组')).toContain('已授予 zhou 12组组长身份');
    await chat.say('zhou: /我是 12组3号');
    await chat.say('wang: /我是 12组35号');
    await chat.say('hu: /我是 13组1号');
    const list = await all('zhou (private): /住户 12组');
    expect(list).toContain('12组35号 wang');
    expect(list).not.toContain('13组');
  });
});
