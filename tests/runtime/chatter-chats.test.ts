import { afterEach, describe, expect, it } from 'vitest';
import { TestChat, chatWithWang } from '../helpers/chat.js';
import { requestRows } from '../medicine/helpers.js';

/** Round 9: a group that talks about the epidemic all day, end to end in the chat — the bot keeps out of the talk and still hears a need. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const TALK = [
  'li: 食完布洛芬退咗燒 多謝大家關心',
  'li: 發燒到底要吃普拿疼還是布洛芬?',
  'li: 听说有人吃了药包里的布洛芬胃出血送到医院了 真的假的',
  'li: 药包里面就一盒连花清瘟 一板布洛芬 还有几个口罩',
  'li: 谢谢哪位好心人昨天放在我家门口的两盒布洛芬 孩子已经退烧了',
  'li: 我妈打了三个电话 说新闻上讲得很吓人 叫我们一定要多囤点药 她好寄快递过来',
  'li: 我们楼那个开面包车的小伙子人真好 天天帮大家运菜',
  'li: 这次C套餐的水果一半是烂的 团长要反馈一下',
  'li: Please keep some sugar or juice at home if anyone in your family uses insulin.',
  'li: 上个月我爸的降压药断了三天 吓死我了 所以大家早点报',
];

describe('talk about medicine, antigen tests, volunteers and orders in the group', () => {
  it('gets no answer from the bot and records nothing', async () => {
    chat = await chatWithWang();
    for (const line of TALK) expect({ line, out: (await chat.say(line)).map((o) => o.text) }).toEqual({ line, out: [] });
    expect(requestRows(chat.db)).toEqual([]);
  });

  it('a need said beside the same talk is still taken, privately', async () => {
    chat = await chatWithWang();
    const out = await chat.say('li: 药包里的布洛芬已经吃完了 能不能再帮我配一盒 9号楼1503');
    expect(out.filter((o) => o.isGroup).map((o) => o.text)).toEqual(['配药登记还缺几项,我私聊问您(药品信息不在群里说)。']);
    const confirm = await chat.answer('li (private): 可以');
    expect(confirm).toContain('门牌:9号楼1503');
    expect(confirm).toContain('布洛芬 ×1盒');
    expect(requestRows(chat.db)).toEqual([{ door: '9-1503', days: 0, items: '布洛芬×1' }]);
  });
});

/** Round 10: students' slang and 浦东's medicine talk of April 2022 — spares offered, fetches told, substitutes, prices, queues. */
const TALK_10 = [
  'li: 我有两盒没开封的胰岛素针头 哪家需要 直接来7号楼拿',
  'li: Got 2 unopened boxes of panadol, free to whoever needs them',
  'li: 昨天我去东方医院帮我婆婆配药 排了三个多小时',
  'li: 你们别帮我问了 那个药我自己想办法',
  'li: 连花清瘟到底有没有用 不是要买啊 就是问问',
  'li: 大家不要相信那些说能帮忙配药的陌生人 收了钱就跑了',
  'li: 我是社区医生 这几天很多人问我降压药能不能换 我统一说一下 同类的可以换',
  'li: 老公说要给我做一个蛋糕 结果烤箱炸了 哈哈',
  'li: 有没有人知道氨氯地平能不能用硝苯地平代替',
  'li: 药店说布洛芬要凭身份证买 每人限购一盒',
  'li: 家人们谁懂啊 排了两个小时队 轮到我说药没了',
];

describe('round 10: slang and medicine talk between neighbours in the group', () => {
  it('gets no answer from the bot and records nothing', async () => {
    chat = await chatWithWang();
    for (const line of TALK_10) expect({ line, out: (await chat.say(line)).map((o) => o.text) }).toEqual({ line, out: [] });
    expect(requestRows(chat.db)).toEqual([]);
  });

  it('a need said inside the same slang is still taken, privately', async () => {
    chat = await chatWithWang();
    const out = await chat.say('li: 家人们谁懂啊 我的降压药吃完了 谁能帮我买两盒 9号楼1503');
    expect(out.filter((o) => o.isGroup).map((o) => o.text)).toEqual(['配药登记还缺几项,我私聊问您(药品信息不在群里说)。']);
    const confirm = await chat.answer('li (private): 可以');
    expect(confirm).toContain('门牌:9号楼1503');
    expect(confirm).toContain('降压药 ×2盒');
    expect(requestRows(chat.db)).toEqual([{ door: '9-1503', days: 0, items: '降压药×2' }]);
  });
});
