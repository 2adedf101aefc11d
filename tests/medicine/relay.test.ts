import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const MEDICINES = ['降压药', '胰岛素', '二甲双胍', '速效救心丸', '阿托伐他汀', '硝苯地平', '眼药水', 'amlodipine', 'metformin'];
const privateTo = (name: string) => chat.sent.filter((s) => s.chatId === `private:${name}`).map((s) => s.text);
/** Each request as the team's sheet holds it: door, patient and its own medicines. */
const requests = () =>
  chat.db
    .prepare(
      `SELECT r.id, r.door, r.patient, group_concat(i.name || '×' || i.quantity, '、') AS items FROM medicine_requests r
       JOIN medicine_items i ON i.request_id = r.id GROUP BY r.id ORDER BY r.id`,
    )
    .all();

async function community() {
  chat = new TestChat();
  await chat.say('secretary: /bind 阳光二期');
  await chat.say('secretary: /授权 @zhang 配药');
  // The lead of building 3, and the residents of 3-502 and 3-601 (each with a private chat).
  await chat.say('lead: /我是 3-101');
  await chat.say('popo: /我是 3-502');
  await chat.say('wang: /我是 3-601');
  return chat;
}

describe('a building lead relays several households in one message', () => {
  it('two households: one request each, with its own door and only its own medicine; the lead is answered once', async () => {
    await community();
    const out = await chat.say('lead: 3号楼502阿婆 降压药2盒 601王老伯 胰岛素1支 帮忙配一下 都可以换牌子');
    expect(requests()).toEqual([
      { id: 1, door: '3-502', patient: '阿婆', items: '降压药×2' },
      { id: 2, door: '3-601', patient: '王老伯', items: '胰岛素×1' },
    ]);
    // In the group: the numbers and the building, never a medicine.
    const group = out.filter((o) => o.isGroup).map((o) => o.text);
    expect(group).toEqual(['已收到 2 户的配药登记:#1(3号楼)、#2(3号楼),详情已私聊确认。']);
    // The lead hears once, privately, each household's record.
    const toLead = out.filter((o) => o.chatId === 'private:lead').map((o) => o.text);
    expect(toLead).toHaveLength(1);
    expect(toLead[0]).toContain('已为 2 户分别登记配药');
    expect(toLead[0]).toMatch(/#1\n门牌:3号楼502 阿婆[\s\S]*1\. 降压药 ×2盒/);
    expect(toLead[0]).toMatch(/#2\n门牌:3号楼601 王老伯[\s\S]*1\. 胰岛素 ×1支/);
    // Each household is told of its own request only.
    expect(privateTo('popo').join('\n')).toContain('lead 为您家登记了配药 #1');
    expect(privateTo('popo').join('\n')).not.toContain('胰岛素');
    expect(privateTo('wang').join('\n')).toContain('lead 为您家登记了配药 #2');
    expect(privateTo('wang').join('\n')).not.toContain('降压药');
  });

  it('the resident of 601 sees their own request in /我的配药, not 502\'s', async () => {
    await community();
    await chat.say('lead: 3号楼502阿婆 降压药2盒 601王老伯 胰岛素1支 帮忙配一下 都可以换牌子');
    await chat.say('wang (private): /我的配药');
    const mine = privateTo('wang').at(-1)!;
    expect(mine).toContain('#2');
    expect(mine).toContain('胰岛素');
    expect(mine).not.toContain('#1');
    expect(mine).not.toContain('降压药');
  });

  it('three households in a run-on with the building once, asked once whether they may be substituted', async () => {
    await community();
    const out = await chat.say('lead: 侬好 我是3号楼楼组长 帮阿拉楼里报一下药 201王老师 二甲双胍三盒 还能吃四五天 402徐家阿婆 速效救心丸一瓶 502老张 阿托伐他汀两盒');
    expect(out.filter((o) => o.isGroup).map((o) => o.text)).toEqual(['配药登记还缺几项,我私聊问您(药品信息不在群里说)。']);
    expect(privateTo('lead').at(-1)).toContain('这几户的药如果配不到原来的');
    const done = await chat.say('lead (private): 可以');
    expect(done).toHaveLength(2); // the lead's list, and the household where someone is registered (3-502)
    expect(requests()).toEqual([
      { id: 1, door: '3-201', patient: '王老师', items: '二甲双胍×3' },
      { id: 2, door: '3-402', patient: '徐家阿婆', items: '速效救心丸×1' },
      { id: 3, door: '3-502', patient: null, items: '阿托伐他汀×2' },
    ]);
    expect(chat.db.prepare('SELECT days_left FROM medicine_requests ORDER BY id').pluck().all()).toEqual([4, null, null]);
    const list = privateTo('lead').at(-1)!;
    expect(list).toContain('已为 3 户分别登记配药');
    for (const id of ['#1', '#2', '#3']) expect(list).toContain(id);
  });

  it('a count missing is asked with the household\'s door; a household whose medicine cannot be read is told, not guessed', async () => {
    await community();
    const out = await chat.say('lead: 我是四号楼的楼组长 603的周奶奶要配硝苯地平两盒 401的李爷爷要降压药 501的陈阿姨 那个药 不可以换');
    expect(out.filter((o) => o.isGroup).map((o) => o.text).join('\n')).not.toMatch(new RegExp(MEDICINES.join('|')));
    expect(privateTo('lead').at(-1)).toBe('4号楼401:「降压药」要几盒(几瓶、几支)?');
    expect(await chat.answer('lead (private): 一盒')).toContain('这几户的药如果配不到原来的');
    await chat.say('lead (private): 不可以');
    expect(requests()).toEqual([
      { id: 1, door: '4-603', patient: '周奶奶', items: '硝苯地平×2' },
      { id: 2, door: '4-401', patient: '李爷爷', items: '降压药×1' },
    ]);
    const list = privateTo('lead').at(-1)!;
    expect(list).toContain('已为 2 户分别登记配药');
    expect(list).toContain('4号楼501这户没看懂要配什么药,没有登记');
  });

  it('in the group, a household not read is counted without its words', async () => {
    await community();
    const out = await chat.say('lead: 5号楼 302王阿姨 氨氯地平两盒 601李伯伯 二甲双胍一盒 701张阿姨 那个白的 都可以替换');
    const group = out.filter((o) => o.isGroup).map((o) => o.text);
    expect(group).toEqual(['已收到 2 户的配药登记:#1(5号楼)、#2(5号楼),详情已私聊确认。另有 1 户没看懂,已私聊告诉您。']);
    expect(privateTo('lead').at(-1)).toContain('5号楼701这户没看懂');
  });

  it('English, with full-width digits: one request per household', async () => {
    await community();
    await chat.say('lead: Building 7 room ６０２ Mrs Chen amlodipine 2 boxes; room ８０１ Mr Li metformin 3 boxes');
    expect(privateTo('lead').at(-1)).toContain('for each of these households');
    expect(requests()).toEqual([]);
    const list = await chat.answer('lead (private): yes');
    expect(list).toContain('One request per household, 2 households');
    expect(requests()).toEqual([
      { id: 1, door: '7-602', patient: null, items: 'amlodipine×2' },
      { id: 2, door: '7-801', patient: null, items: 'metformin×3' },
    ]);
  });

  it('in a private chat, in traditional characters with spoken room numbers: one request each, the list as the reply', async () => {
    await community();
    const list = await chat.answer('lead (private): 四號樓 五零二 張伯伯 降壓藥兩盒 六零一 李婆婆 止痛藥一盒 都可以換牌子');
    // Answered in the script it was written in.
    expect(list).toContain('已為 2 戶分別登記配藥');
    expect(list).toMatch(/#1\n門牌:4號樓502 張伯伯\n1\. 降壓藥 ×2盒[\s\S]*#2\n門牌:4號樓601 李婆婆\n1\. 止痛藥 ×1盒/);
    expect(requests()).toEqual([
      { id: 1, door: '4-502', patient: '张伯伯', items: '降压药×2' },
      { id: 2, door: '4-601', patient: '李婆婆', items: '止痛药×1' },
    ]);
  });

  it('doors listed, then one medicine for each: every household gets its own request', async () => {
    await community();
    await chat.say('lead: 3号楼502 601 两户都要降压药 各一盒 可以替换');
    expect(requests()).toEqual([
      { id: 1, door: '3-502', patient: null, items: '降压药×1' },
      { id: 2, door: '3-601', patient: null, items: '降压药×1' },
    ]);
    expect(privateTo('popo').join('\n')).toContain('#1');
    expect(privateTo('wang').join('\n')).toContain('#2');
  });

  it('a whole building, one line a household: twenty requests, each its own', async () => {
    await community();
    const lines = Array.from({ length: 20 }, (_, i) => `${Math.floor(i / 2) + 1}0${(i % 2) + 1} 阿司匹林 ${(i % 3) + 1}盒`);
    await chat.say(`lead: 9号楼报药 都可以替换\\n${lines.join('\\n')}`);
    const rows = requests() as { door: string; items: string }[];
    expect(rows).toHaveLength(20);
    expect(rows[0]).toMatchObject({ door: '9-101', items: '阿司匹林×1' });
    expect(rows[19]).toMatchObject({ door: '9-1002', items: '阿司匹林×2' });
    expect(new Set(rows.map((r) => r.door)).size).toBe(20);
  });

  it('rooms with no building named anywhere: the building is asked once, not guessed', async () => {
    await community();
    const out = await chat.say('lead: 502阿婆 降压药2盒 601王老伯 胰岛素1支 都可以替换');
    expect(out.filter((o) => o.isGroup).map((o) => o.text)).toEqual(['配药登记还缺几项,我私聊问您(药品信息不在群里说)。']);
    expect(privateTo('lead').at(-1)).toBe('这几户是几号楼的?请回复楼号,例如「5号楼」。');
    expect(requests()).toEqual([]);
    expect(await chat.answer('lead (private): 哪栋?')).toContain('这几户是几号楼的');
    await chat.say('lead (private): 3号楼');
    expect(requests()).toEqual([
      { id: 1, door: '3-502', patient: '阿婆', items: '降压药×2' },
      { id: 2, door: '3-601', patient: '王老伯', items: '胰岛素×1' },
    ]);
  });

  it('the writer\'s own household among them is their own request, the neighbour\'s on behalf', async () => {
    await community();
    await chat.say('lead: 本人住3号楼101 自己要二甲双胍两盒 对门102的老太太要钙片一瓶 都可以替换');
    expect(requests()).toEqual([
      { id: 1, door: '3-101', patient: null, items: '二甲双胍×2' },
      { id: 2, door: '3-102', patient: '老太太', items: '钙片×1' },
    ]);
    expect(chat.db.prepare('SELECT on_behalf FROM medicine_requests ORDER BY id').pluck().all()).toEqual([0, 1]);
  });

  it('a redelivered message creates nothing more', async () => {
    await community();
    const msg = chat.adapter.parseLine('lead: 3号楼502阿婆 降压药2盒 601王老伯 胰岛素1支 都可以换牌子')!;
    await chat.deliver(msg);
    const again = await chat.deliver(msg);
    expect(again).toEqual([]);
    expect(requests()).toHaveLength(2);
  });

  it('the medicine team\'s queue shows each household separately', async () => {
    await community();
    await chat.say('lead: 3号楼502阿婆 降压药2盒 601王老伯 胰岛素1支 都可以换牌子');
    await chat.say('zhang: /配药单');
    const queue = privateTo('zhang').at(-1)!;
    const one = queue.split('\n').filter((l) => l.includes('#1'));
    const two = queue.split('\n').filter((l) => l.includes('#2'));
    expect(one.join('\n')).toContain('3-502');
    expect(one.join('\n')).toContain('降压药');
    expect(one.join('\n')).not.toContain('胰岛素');
    expect(two.join('\n')).toContain('3-601');
    expect(two.join('\n')).toContain('胰岛素');
    expect(two.join('\n')).not.toContain('降压药');
  });
});

describe('one household stays one request', () => {
  it('a single household with two medicines', async () => {
    await community();
    await chat.say('lead: 3号楼502阿婆 降压药2盒 胰岛素1支 都可以替换');
    expect(requests()).toEqual([{ id: 1, door: '3-502', patient: null, items: '降压药×2、胰岛素×1' }]);
  });

  it('the writer\'s own door and a neighbour\'s: the neighbour\'s request, as today', async () => {
    await community();
    await chat.say('lead: 我是3号楼101的 楼上王阿姨(3号楼601)的胰岛素快没了 要两支 可以替换');
    expect(requests()).toEqual([{ id: 1, door: '3-601', patient: '王阿姨', items: '胰岛素×2' }]);
  });
});
