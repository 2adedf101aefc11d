import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  // A test without a chat of its own must not dispose the previous one again.
  chat = undefined as unknown as TestChat;
});

const MEDICINES = ['氨氯地平', '二甲双胍', '络活喜', '硝苯地平', '胰岛素', '阿司匹林', '拜新同'];
const HEALTH = /\d+(?:\.\d+)?\s*(?:mg|g|ml|μg|iu|u)\b|剩|天的药|断药|急|替换为|王阿姨|李伯伯/i;

/** Every message the bot sent to a group chat, so far. */
const groupTexts = () => chat.sent.filter((s) => s.isGroup).map((s) => s.text);
const privateTo = (name: string) => chat.sent.filter((s) => s.chatId === `private:${name}`).map((s) => s.text);
/** The bot's one answer in the group to a line (what it sent privately is left aside). */
async function groupAnswer(line: string): Promise<string> {
  const out = (await chat.say(line)).filter((o) => o.isGroup);
  expect(out).toHaveLength(1);
  return out[0]!.text;
}
const count = (sql: string, ...params: unknown[]) => chat.db.prepare(sql).pluck().get(...params) as number;

async function community() {
  chat = new TestChat();
  await chat.say('secretary: /bind 阳光二期');
  await chat.say('secretary: /授权 @zhang 配药');
  await chat.say('secretary: /授权 @li 配药');
  return chat;
}

describe('a resident asks for medicine', () => {
  it('a full request in the group gets a number there and the details only in private', async () => {
    await community();
    const out = await chat.say('wang: 5号楼302 王阿姨 氨氯地平 5mg 两盒 可以替换 还剩2天');
    const group = out.filter((o) => o.isGroup);
    expect(group.map((o) => o.text)).toEqual(['已收到配药登记 #1(5号楼),详情已私聊确认。']);
    const confirm = out.find((o) => o.chatId === 'private:wang')!.text;
    expect(confirm).toContain('配药登记 #1 已收到');
    expect(confirm).toContain('门牌:5号楼302 王阿姨');
    expect(confirm).toContain('1. 氨氯地平 5mg ×2盒(可替换)');
    expect(confirm).toContain('还剩2天的药');
  });

  it('"/配药", "配药", "我要配药" and "/med" all start a request', async () => {
    await community();
    await chat.say('wang: /我是 5-302');
    for (const line of ['wang (private): /配药', 'wang (private): 配药', 'wang (private): 我要配药', 'wang (private): /med']) {
      expect(await chat.answer(line)).toContain('请告诉我要配的药');
      await chat.say('wang (private): 取消');
    }
  });

  it('the missing-field conversation completes a request over three messages, kept in SQLite', async () => {
    await community();
    await chat.say('wang: 大家好');
    expect(await chat.answer('wang (private): 氨氯地平 5mg 可以替换')).toBe('「氨氯地平」要几盒(几瓶、几支)?');
    expect(await chat.answer('wang (private): 两盒')).toBe('请告诉我门牌号,例如「5号楼302」。');
    // The half-finished request survives a restart.
    await chat.close();
    chat = new TestChat({ dir: chat.dir });
    const done = await chat.answer('wang (private): 5号楼302');
    expect(done).toContain('配药登记 #1 已收到');
    expect(done).toContain('1. 氨氯地平 5mg ×2盒(可替换)');
    expect(count('SELECT COUNT(*) FROM conversations')).toBe(0);
  });

  it('"我要配药" in the group takes the questions to the private chat, one at a time', async () => {
    await community();
    await chat.say('wang: /我是 5-302');
    const out = await chat.say('wang: 我要配药');
    expect(out.filter((o) => o.isGroup).map((o) => o.text)).toEqual(['配药登记还缺几项,我私聊问您(药品信息不在群里说)。']);
    expect(privateTo('wang').at(-1)).toContain('请告诉我要配的药');
    expect(await chat.answer('wang (private): 二甲双胍 0.5g 3盒')).toContain('可以用同成分的其他牌子替换吗');
    expect(await chat.answer('wang (private): 随便说说')).toBe('没看懂这一句。如果配不到原来的药,可以用同成分的其他牌子替换吗?请回复「可以」或「不可以」。');
    const done = await chat.answer('wang (private): 不可以');
    expect(done).toContain('门牌:5号楼302');
    expect(done).toContain('二甲双胍 0.5g ×3盒(不可替换)');
  });

  it('two medicines in one message, in traditional Chinese with full-width digits, are answered in traditional Chinese', async () => {
    await community();
    await chat.say('chen: 大家好');
    const done = await chat.answer('chen (private): 配藥 ７號樓５０１ 硝苯地平控釋片 ３０ｍｇ 兩盒，二甲雙胍 0.5g 一盒 都可以替換');
    expect(done).toContain('已收到');
    expect(done).toContain('配藥登記 #1 已收到');
    expect(done).toContain('門牌:7號樓501');
    // The names linli keeps in simplified are written back in the script the resident wrote in.
    expect(done).toContain('1. 硝苯地平控釋片 30mg ×2盒');
    expect(done).toContain('2. 二甲雙胍 0.5g ×1盒');
  });

  it('a foreign resident asks in English and is answered in English', async () => {
    await community();
    await chat.say('tom: /home 7-1201');
    const done = await chat.answer('tom (private): /med amlodipine 5mg 2 boxes, substitute ok');
    expect(done).toContain('Medicine request #1 received:');
    // Issue 16 names "Door: 5号楼302" and "x2盒" in English text as bugs: the door and unit are English now.
    expect(done).toContain('Door: 7-1201');
    expect(done).toContain('1. amlodipine 5mg x2 boxes (substitute ok)');
  });

  it('in a private chat, plain medicine text is taken as a request; in the group, chatter is not', async () => {
    await community();
    await chat.say('wang: /我是 5-302');
    expect(await chat.answer('wang (private): 氨氯地平 5mg 两盒 可以替换')).toContain('配药登记 #1 已收到');
    expect(await chat.say('wang: 配药什么时候到?')).toEqual([]);
    expect(await chat.say('wang: 鸡蛋 两盒')).toEqual([]);
    expect(await chat.say('li: 阿司匹林不错')).toEqual([]);
    expect(await chat.say('li: 给大家说一下配药的事')).toEqual([]);
    expect(await chat.say('li: 配药的车几点出发')).toEqual([]);
    expect(await chat.answer('li (private): 配药 哈哈')).toContain('请这样写');
    expect(count('SELECT COUNT(*) FROM medicine_requests')).toBe(1);
  });

  it('a copied 团购接龙 chain in the group is the group-buy\'s, never read as a medicine request', async () => {
    await community();
    const out = await chat.say('wang: 【团购接龙 #1】蔬菜套餐\\n——\\n1. 6-101 B×2\\n2. 5-302 王阿姨 氨氯地平 5mg 两盒 还剩2天');
    expect(out.map((o) => o.text).join('\n')).not.toContain('配药');
    expect(count('SELECT COUNT(*) FROM medicine_requests')).toBe(0);
    // The same line on its own is a request.
    expect(await groupAnswer('wang: 5-302 王阿姨 氨氯地平 5mg 两盒 可以替换 还剩2天')).toContain('已收到配药登记 #1');
  });

  it('on someone\'s behalf: the request belongs to that household, and both are told', async () => {
    await community();
    await chat.say('wang: /我是 5-302');
    await chat.say('lead: /我是 6-101');
    const out = await chat.say('lead: 帮5-302王阿姨配药 二甲双胍0.5g 3盒 可以替换');
    expect(out.filter((o) => o.isGroup).map((o) => o.text)).toEqual(['已收到配药登记 #1(5号楼),详情已私聊确认。']);
    expect(privateTo('wang').at(-1)).toContain('lead 为您家登记了配药 #1');
    expect(await groupAnswer('wang: /我的配药')).toBe('已私聊发给您。');
    expect(privateTo('wang').at(-1)).toContain('#1 已登记:二甲双胍 0.5g×3盒');
    // Both hear the outcome.
    await chat.say('zhang: /配药状态 #1 已买到');
    expect(privateTo('wang').at(-1)).toContain('#1 的药已配到');
    expect(privateTo('lead').at(-1)).toContain('#1 的药已配到');
  });

  it('without a saved home or a door in the message, the door is asked', async () => {
    await community();
    await chat.say('wang: 大家好');
    expect(await chat.answer('wang (private): 帮李伯伯配药 拜新同 30mg 两盒 不可替换')).toBe('请告诉我李伯伯家的门牌号,例如「5号楼302」。');
    expect(await chat.answer('wang (private): 12号楼1201')).toContain('门牌:12号楼1201 李伯伯');
  });
});

describe('privacy', () => {
  it('no medicine, strength, patient or days left ever reaches a group message', async () => {
    await community();
    await chat.say('wang: /我是 5-302');
    await chat.say('wang: 5号楼302 王阿姨 氨氯地平 5mg 两盒 可以替换 还剩2天');
    await chat.say('chen: 帮8号楼202李伯伯配药\\n胰岛素 300u 2支 急\\n拜新同 30mg 1盒 只要原研');
    await chat.say('chen (private): 可以');
    await chat.say('wang: 我要配药');
    await chat.say('wang (private): 阿司匹林 100mg 一盒 可以替换');
    await chat.say('zhang: /配药单');
    await chat.say('zhang: /医保卡');
    await chat.say('zhang: /配药详情 #1');
    const [run] = await chat.say('zhang: /配药出车 仁济医院 明天');
    await chat.say(`li ^${run!.id}: 接`);
    await chat.say(`li ^${run!.id}: #1 #2 已收卡 现金200元`);
    await chat.say(`li ^${run!.id}: #1 换成络活喜 5mg`);
    await chat.say(`li ^${run!.id}: #2 没货 换家医院`);
    await chat.say(`li ^${run!.id}: 清单`);
    await chat.say('zhang: #3 已买到');
    await chat.say('zhang: /配药状态 #1 已送达');

    const group = groupTexts();
    expect(group.length).toBeGreaterThan(10);
    for (const text of group) {
      for (const name of MEDICINES) expect(text).not.toContain(name);
      expect(text).not.toMatch(HEALTH);
    }
    // The details did go where they belong.
    expect(privateTo('zhang').join('\n')).toContain('胰岛素');
    expect(privateTo('wang').join('\n')).toContain('络活喜');
    // Nor into the audit trail.
    const details = chat.db.prepare('SELECT detail FROM audit_log').pluck().all().join('\n');
    for (const name of MEDICINES) expect(details).not.toContain(name);
  });

  it('a resident cannot see or cancel another resident\'s request; the refusal says why and changes nothing', async () => {
    await community();
    await chat.say('wang: 5号楼302 王阿姨 氨氯地平 5mg 两盒 可以替换');
    const before = { audit: count('SELECT COUNT(*) FROM audit_log'), sent: chat.sent.length };
    expect(await chat.answer('chen: /配药详情 #1')).toBe('这个操作需要配药身份。如需开通,请联系书记。');
    expect(await chat.answer('chen (private): /取消配药 #1')).toBe('这个操作需要配药身份。如需开通,请联系书记。');
    expect(await chat.answer('chen: /我的配药')).toMatch(/^您家还没有配药登记。/);
    expect(chat.sent.slice(before.sent).map((s) => s.text).join('\n')).not.toContain('氨氯地平');
    expect(count('SELECT COUNT(*) FROM audit_log')).toBe(before.audit);
    expect(count(`SELECT COUNT(*) FROM medicine_requests WHERE status = 'submitted'`)).toBe(1);
    // Its owner can.
    expect(await chat.answer('wang (private): /配药详情 #1')).toContain('氨氯地平');
    expect(await chat.answer('wang (private): /取消配药 #1')).toBe('配药登记 #1 已取消。');
  });

  it('a non-team member cannot list the queue, the cards or export a run; each refusal says why and changes nothing', async () => {
    await community();
    await chat.say('wang: 5号楼302 王阿姨 氨氯地平 5mg 两盒 可以替换');
    const audit = count('SELECT COUNT(*) FROM audit_log');
    for (const line of ['chen: /配药单', 'chen: /医保卡', 'chen: /导出配药 1', 'chen: /配药出车 仁济医院 明天', 'chen: /配药状态 #1 已买到']) {
      expect(await chat.answer(line)).toBe('这个操作需要配药身份。如需开通,请联系书记。');
    }
    expect(count('SELECT COUNT(*) FROM audit_log')).toBe(audit);
    expect(count('SELECT COUNT(*) FROM medicine_runs')).toBe(0);
    expect(count(`SELECT COUNT(*) FROM medicine_requests WHERE status = 'submitted'`)).toBe(1);
  });

  it('on a platform without a private chat yet, the group is told how to open one, without details', async () => {
    await community();
    // A Telegram group of the same community: the bot cannot write to wang privately until he opens a chat.
    const { bindChat, upsertChat } = await import('../../src/services/communities.js');
    const group = upsertChat(chat.db, { platform: 'telegram', chatId: '-100', title: '5号楼群', isGroup: true }, chat.clock.now());
    bindChat(chat.db, group.id, { communityId: 1 });
    const msg = chat.adapter.parseLine('wang: 5号楼302 王阿姨 氨氯地平 5mg 两盒 可以替换')!;
    chat.app.dispatcher.handleNow([{ ...msg, platform: 'telegram', chatId: '-100', senderId: '42', senderPrivateChatId: undefined }]);
    const rows = chat.db.prepare(`SELECT chat_id, text FROM outbox WHERE platform = 'telegram' ORDER BY id`).all() as { chat_id: string; text: string }[];
    expect(rows.at(-1)).toEqual({
      chat_id: '-100',
      text: '已收到配药登记 #1(5号楼)。请先私聊我一次(点我的头像,发任意一句话),我再私下把登记内容发给您核对。',
    });
    expect(rows.map((r) => r.text).join('\n')).not.toContain('氨氯地平');
  });
});

describe('the medicine team', () => {
  it('lists open requests privately, most urgent first, filtered by building or hospital, and the reading is audited', async () => {
    await community();
    await chat.say('a: 5号楼101 氨氯地平 5mg 两盒 可以替换');
    await chat.say('b: 6号楼202 二甲双胍 0.5g 一盒 可以替换 还剩5天');
    await chat.say('c: 5号楼303 胰岛素 300u 2支 不可替换 急');
    await chat.say('d: 7号楼404 阿司匹林 100mg 一盒 可以替换 还剩1天 仁济医院');
    expect(await groupAnswer('zhang: /配药单')).toBe('已私聊发给您。');
    const list = privateTo('zhang').at(-1)!.split('\n');
    expect(list[0]).toBe('待配药 4 份(最急的在前):');
    expect(list.slice(1).map((l) => l.split(' ')[0])).toEqual(['#4', '#3', '#2', '#1']);
    expect(list[1]).toContain('〔剩1天〕');
    await chat.say('zhang: /配药单 5号楼');
    expect(privateTo('zhang').at(-1)!.split('\n').slice(1).map((l) => l.split(' ')[0])).toEqual(['#3', '#1']);
    await chat.say('zhang (private): /配药单 仁济医院');
    // Those asking for Renji, and those with no preference.
    expect(privateTo('zhang').at(-1)!.split('\n')[0]).toBe('待配药 4 份(最急的在前):');
    const audits = chat.db.prepare(`SELECT detail FROM audit_log WHERE action = 'medicine.list'`).pluck().all();
    expect(audits).toEqual(['count:4', 'count:2', 'count:4']);
  });

  it('days left count down: two days later a "3 days left" request is the most urgent', async () => {
    await community();
    await chat.say('a: 5号楼101 氨氯地平 5mg 两盒 可以替换 还剩5天');
    chat.clock.advance(2 * 86_400_000);
    await chat.say('b: 6号楼202 二甲双胍 0.5g 一盒 可以替换 还剩4天');
    await chat.say('zhang: 早上好');
    await chat.say('zhang (private): /配药单');
    const list = privateTo('zhang').at(-1)!.split('\n').slice(1);
    expect(list[0]).toMatch(/^#1 .*〔剩3天〕$/);
    expect(list[1]).toMatch(/^#2 .*〔剩4天〕$/);
  });

  it('a run is claimed by reply, updated many at a time, and each household hears its outcome privately', async () => {
    await community();
    await chat.say('wang: /我是 5-302');
    await chat.say('wang: 5号楼302 王阿姨 氨氯地平 5mg 两盒 可以替换 还剩2天');
    await chat.say('chen: /我是 6-101');
    await chat.say('chen: 6号楼101 二甲双胍 0.5g 一盒 可以替换');
    const [run] = await chat.say('zhang: /配药出车 仁济医院 明天');
    expect(run!.text).toBe('配药出车 #1:2026-04-21 去仁济医院,共2份登记(5、6号楼)。配药小分队回复「接」同去;回复「#23 已买到」更新状态;回复「清单」收表格。');
    expect(await chat.answer(`li ^${run!.id}: 接`)).toBe('li 加入配药出车 #1。同去:zhang、li。');
    expect(await chat.answer(`li ^${run!.id}: 接`)).toBe('li 已经在配药出车 #1 里了。');
    expect(await chat.answer(`wang ^${run!.id}: 接`)).toBe('加入配药出车需要配药身份(药品信息只给配药小分队看)。如需开通,请联系书记。');

    expect(await groupAnswer(`li ^${run!.id}: #1 #2 已收卡 现金200元`)).toBe('已更新 #1 #2:已收卡和现金。');
    expect(privateTo('wang').at(-1)).toBe('配药登记 #1:li 已收取您的医保卡和现金200元。');
    await chat.say(`li ^${run!.id}: #1 #2 在买`);
    expect(await groupAnswer(`li ^${run!.id}: #1 换成络活喜 5mg`)).toBe('已更新 #1:已替换配到。');
    expect(privateTo('wang').at(-1)).toBe('配药登记 #1:原药没有,已按您同意替换为「络活喜 5mg」,稍后送到。');
    await chat.say(`li ^${run!.id}: #2 没货 下次再去`);
    expect(privateTo('chen').at(-1)).toBe('配药登记 #2:这次没有配到。下一次出车再去配。登记仍然有效;不需要了请发 /取消配药 #2');

    // The card of #2 is still out; #1's comes back on delivery.
    await chat.say(`li ^${run!.id}: #1 已送达`);
    expect(privateTo('wang').at(-1)).toBe('配药登记 #1:药已送到,医保卡已归还。');
    await chat.say('zhang: /医保卡');
    const cards = privateTo('zhang').at(-1)!;
    expect(cards).toContain('未归还的医保卡 1 张');
    expect(cards).toContain('#2 6-101 由li于4月20日 09:00取走,在医院');
    // "Not available" stays open and goes back to the queue for the next run.
    await chat.say('zhang: /配药单');
    expect(privateTo('zhang').at(-1)).toContain('#2 6-101 暂时没配到');
    await chat.say(`li ^${run!.id}: #1 花费85.5元 找零114.5元`);
    await chat.say('zhang (private): /配药详情 #1');
    const detail = privateTo('zhang').at(-1)!;
    expect(detail).toContain('替换为:络活喜 5mg');
    expect(detail).toContain('医保卡:li于4月20日 09:00取走,4月20日 09:00已归还王阿姨');
    expect(detail).toContain('现金(元):收200,花85.50,找零114.50');
    await chat.say(`li ^${run!.id}: #2 卡已还`);
    expect(privateTo('chen').at(-1)).toBe('配药登记 #2:您的医保卡已归还。');
    expect(await chat.answer('zhang: /医保卡')).toBe('所有医保卡都已归还。');
  });

  it('cards not yet returned are listed oldest first; "#1 #2 已买到" in the group updates both', async () => {
    await community();
    await chat.say('a: 5号楼101 氨氯地平 5mg 两盒 可以替换');
    await chat.say('b: 6号楼202 二甲双胍 0.5g 一盒 可以替换');
    await chat.say('c: 7号楼303 阿司匹林 100mg 一盒 可以替换');
    await chat.say('li: #2 已收卡');
    chat.clock.advance(3_600_000);
    await chat.say('zhang: #1 #3 收卡 现金100元');
    expect(await groupAnswer('zhang: #1 #2 已买到')).toBe('已更新 #1 #2:已配到。');
    expect(privateTo('a').at(-1)).toContain('#1 的药已配到');
    expect(privateTo('b').at(-1)).toContain('#2 的药已配到');
    await chat.say('zhang: #3 卡已还 给c');
    await chat.say('zhang: /医保卡');
    const lines = privateTo('zhang').at(-1)!.split('\n');
    expect(lines[0]).toBe('未归还的医保卡 2 张(最早的在前):');
    expect(lines[1]).toBe('#2 6-202 由li于4月20日 09:00取走');
    expect(lines[2]).toBe('#1 5-101 由zhang于4月20日 10:00取走');
    const audit = chat.db.prepare(`SELECT action, record_id, detail FROM audit_log WHERE action LIKE 'medicine.%' AND action <> 'medicine.submit' ORDER BY id`).all();
    expect(audit).toEqual([
      { action: 'medicine.status', record_id: '2', detail: 'collected' },
      { action: 'medicine.status', record_id: '1', detail: 'collected' },
      { action: 'medicine.status', record_id: '3', detail: 'collected' },
      { action: 'medicine.status', record_id: '1', detail: 'bought' },
      { action: 'medicine.status', record_id: '2', detail: 'bought' },
      { action: 'medicine.card', record_id: '3', detail: 'returned' },
      { action: 'medicine.cards', record_id: '1', detail: 'count:2' },
    ]);
  });

  it('the team gets a run\'s spreadsheet by replying "清单" to the run message', async () => {
    await community();
    await chat.say('a: 5号楼101 氨氯地平 5mg 两盒 可以替换');
    const [run] = await chat.say('zhang: /配药出车 仁济医院 4月22日');
    expect(run!.text).toContain('2026-04-22');
    const out = await chat.say(`li ^${run!.id}: 清单`);
    expect(out.filter((o) => o.isGroup).map((o) => o.text)).toEqual(['已私聊发给您。']);
    const file = out.find((o) => o.chatId === 'private:li')!.file!;
    expect(file.name).toBe('配药出车1-仁济医院-2026-04-22.xlsx');
    const { readSpreadsheet } = await import('../../src/outbox/spreadsheet.js');
    const [list] = await readSpreadsheet(file.data);
    expect(list!.rows.slice(0, 5)).toEqual([
      ['阳光二期 · 配药出车 #1 · 仁济医院 · 2026-04-22'],
      ['1份登记,1行药品 · 出车:zhang · 4月20日 09:00 制表'],
      ['内有药品信息:仅供配药小分队使用,请勿转发到群里'],
      ['单号', '门牌', '姓名', '药品', '规格', '数量', '单位', '可替换', '紧急', '剩几天', '已收卡', '已收现金(元)'],
      ['仁济医院(1份登记)'],
    ]);
    // No name given: the cell is empty; not urgent, days not said, card and cash not collected yet.
    expect([...list!.rows[5]!]).toEqual(['#1', '5-101', undefined, '氨氯地平', '5mg', 2, '盒', '可以', undefined, undefined, '☐']);
    // A request named by number moves to a new run.
    expect(await chat.answer('zhang: /配药出车 瑞金医院 4月23日')).toBe('没有符合条件的待配登记,没有安排出车。');
    expect(await chat.answer('zhang: /配药出车 瑞金医院 4月23日 #1')).toContain('配药出车 #2:2026-04-23 去瑞金医院,共1份登记(5号楼)');
    expect(await chat.answer(`wang ^${run!.id}: 清单`)).toBe('加入配药出车需要配药身份(药品信息只给配药小分队看)。如需开通,请联系书记。');
  });

  it('an update that cannot apply to one request applies to none, and says which and why', async () => {
    await community();
    await chat.say('wang: 5号楼302 氨氯地平 5mg 两盒 可以替换');
    await chat.say('chen: 6号楼101 二甲双胍 0.5g 一盒 可以替换');
    await chat.say('zhang: /配药状态 #1 已买到');
    await chat.say('zhang: /配药状态 #1 已送达');
    expect(await chat.answer('zhang: /配药状态 #1 #2 #9 已买到')).toBe(
      '没有更新任何一份:#1 现在是「已送达」,不能改成「已配到」;#9 不存在',
    );
    expect(count(`SELECT status FROM medicine_requests WHERE id = 2`)).toBe('submitted');
    expect(await chat.answer('zhang: /配药状态 #2')).toContain('格式:#23 #24 已买到');
  });

  it('the bulletin counts requests received, delivered, open and urgent, and nothing else', async () => {
    await community();
    await chat.say('a: 5号楼101 氨氯地平 5mg 两盒 可以替换 还剩2天');
    await chat.say('b: 6号楼202 二甲双胍 0.5g 一盒 可以替换');
    await chat.say('c: 7号楼303 阿司匹林 100mg 一盒 可以替换');
    await chat.say('zhang: /配药状态 #3 已买到');
    await chat.say('zhang: /配药状态 #3 已送达');
    const { medicineBulletin } = await import('../../commands/medicine/data.js');
    const { localDayWindow } = await import('../../src/kernel/time.js');
    const day = { communityId: 1, date: '2026-04-20', timeZone: 'Asia/Shanghai', ...localDayWindow('2026-04-20', 'Asia/Shanghai') };
    expect(medicineBulletin.render(chat.db, day, 'zh-CN')).toEqual(['配药:今日收到3份,今日送达1份,待配2份(其中紧急1份)。']);
  });

  it('a resident\'s data is described to them and erased on request, keeping the counts', async () => {
    await community();
    await chat.say('wang: 5号楼302 氨氯地平 5mg 两盒 可以替换');
    const { medicinePersonalData } = await import('../../commands/medicine/data.js');
    const { memberByPlatformId } = await import('../../src/services/members.js');
    const wang = memberByPlatformId(chat.db, 'console', 'wang')!;
    expect(medicinePersonalData.describe(chat.db, wang, 'zh-CN')).toEqual(['配药登记 #1(已登记,1种药)']);
    expect(medicinePersonalData.forget(chat.db, wang, chat.clock.now())).toBe(1);
    expect(chat.db.prepare('SELECT name FROM medicine_items').pluck().all()).toEqual(['-']);
    expect(count('SELECT COUNT(*) FROM medicine_requests')).toBe(1);
    expect(medicinePersonalData.describe(chat.db, wang, 'zh-CN')).toEqual([]);
  });

  it('after the retention period, closed requests lose their details; open ones keep them', async () => {
    await community();
    await chat.say('wang: 5号楼302 氨氯地平 5mg 两盒 可以替换');
    await chat.say('chen: 6号楼101 二甲双胍 0.5g 一盒 可以替换');
    await chat.say('zhang: /配药状态 #1 已买到');
    await chat.say('zhang: /配药状态 #1 已送达');
    const { medicinePersonalData } = await import('../../commands/medicine/data.js');
    chat.clock.advance(31 * 86_400_000);
    const cutoff = chat.clock.now() - 30 * 86_400_000;
    expect(medicinePersonalData.expire!(chat.db, 1, cutoff, chat.clock.now())).toBe(1);
    expect(chat.db.prepare('SELECT name FROM medicine_items ORDER BY request_id').pluck().all()).toEqual(['-', '二甲双胍']);
    expect(chat.db.prepare('SELECT status FROM medicine_requests ORDER BY id').pluck().all()).toEqual(['delivered', 'submitted']);
  });
});

describe('logs', () => {
  it('hold request numbers and statuses, never a medicine, a strength or a patient', async () => {
    const { App } = await import('../../src/app.js');
    const { ConsoleAdapter } = await import('../../src/adapters/console.js');
    const { loadConfig } = await import('../../src/kernel/config.js');
    const { FakeClock } = await import('../../src/kernel/clock.js');
    const pino = (await import('pino')).default;
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'linli-medlog-'));
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const adapter = new ConsoleAdapter();
    const app = new App({ config: loadConfig({ LINLI_DB_PATH: join(dir, 'linli.db'), LOG_LEVEL: 'info' }), log, adapters: [adapter], clock: new FakeClock(Date.parse('2026-04-20T09:00:00+08:00')) });
    for (const line of ['secretary: /bind 阳光二期', 'secretary: /授权 @zhang 配药', 'wang: 5号楼302 王阿姨 氨氯地平 5mg 两盒 可以替换 还剩2天', 'zhang: #1 换成络活喜 5mg']) {
      app.dispatcher.handleNow([adapter.parseLine(line)!]);
    }
    await app.stop(0);
    rmSync(dir, { recursive: true, force: true });
    const medicineLines = lines.filter((l) => l.includes('medicine request'));
    expect(medicineLines.map((l) => JSON.parse(l) as Record<string, unknown>).map(({ requestId, status, msg }) => ({ requestId, status, msg }))).toEqual([
      { requestId: 1, status: undefined, msg: 'medicine request received' },
      { requestId: 1, status: 'substituted', msg: 'medicine request updated' },
    ]);
    for (const line of lines) expect(line).not.toMatch(/氨氯地平|络活喜|5mg|王阿姨|还剩/);
  });
});
