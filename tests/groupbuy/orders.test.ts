import { afterEach, describe, expect, it } from 'vitest';
import { groupbuyBulletin, groupbuyPersonalData } from '../../commands/groupbuy/data.js';
import { atLocal, localDayWindow } from '../../src/kernel/time.js';
import { memberByPlatformId } from '../../src/services/members.js';
import { readSpreadsheet } from '../../src/outbox/spreadsheet.js';
import { TestChat } from '../helpers/chat.js';
import { communityWithLeader, dense, launchedGroupBuy, REGISTRATION } from './helpers.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

const TITLE = '4月21日蔬菜套餐';

describe('ordering in a group-buy', () => {
  it('explains every wrong order and changes nothing', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    expect(await chat.answer('wang: /buy 1 5-302 D 1')).toBe('没有「D」这个套餐,本团有:A、B、C');
    expect(await chat.answer('wang: /buy 1 5-302 B 0')).toBe('份数要是1份以上,每户限5份。');
    expect(await chat.answer('wang: /buy 1 5-302 B×-2')).toBe('份数要是1份以上,每户限5份。');
    expect(await chat.answer('wang: /buy 1 5-302 B 6')).toBe('每户最多5份,您报了6份,请改少一点。');
    expect(await chat.answer('wang: /buy 1 B 1')).toContain('请写上门牌号');
    expect(await chat.answer('wang: /buy 9 5-302 B 1')).toBe('没有团购 #9。');
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get()).toBe(0);
  });

  it("last time's trouble told beside this time's order, and a package turned down with its reason, leave the order as meant", async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    // 「上次没抢到 这次…」: what went wrong last time is why, not a complaint about the goods.
    expect(await chat.answer(`zhao ^${chainMessageId}: 上次没抢到 这次要两份A 6号楼402`)).toBe('已登记 6-402 A×2,本团共2份');
    expect(await chat.answer(`qian ^${chainMessageId}: 上趟的B送得太晚了 这趟还是要C一份 8号楼203`)).toBe('已登记 8-203 C×1,本团共3份');
    // 「B家里还有就不要了」: only that package is turned down; the rest is ordered, and nothing is cancelled.
    expect(await chat.answer(`sun ^${chainMessageId}: A两份 B家里还有就不要了 9号楼301`)).toBe('已登记 9-301 A×2,本团共5份');
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get()).toBe(3);
  });

  it('ordering twice updates the order and says so; a household can cancel; a neighbour cannot change it', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('wang: /我是 5-302');
    expect(await chat.answer('wang: /buy B 1')).toBe('已登记 5-302 B×1,本团共1份');
    expect(await chat.answer('wang: /buy 1 B 2')).toBe('已更新 5-302 为 B×2(原来 B×1,没有重复计算),本团共2份');
    expect(await chat.answer('wang: /buy 1 B 2')).toBe('5-302 已经登记过 B×2,没有变化,本团共2份');
    expect(await chat.answer('li: /buy 1 5-302 A 1')).toBe('5-302 已经由别人报过了,要改请本户或报名的人来改。');
    expect(await chat.answer('wang: /buy 1 取消')).toBe('已取消 5-302 的订单,本团共0份');
    expect(await chat.answer('wang: /buy 1 取消')).toBe('5-302 没有要取消的订单。');
  });

  it('answers in the language the resident wrote in', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    expect(await chat.answer('tom: /buy 1 7-1201 B 2 please')).toBe('Recorded 7-1201 B×2; 2 in all');
    expect(await chat.answer('tom: /buy 1 7-1201 D 1 please')).toBe('There is no item "D"; this group-buy has: A, B, C');
    expect(await chat.answer('chen: /buy 1 5-302 A 1 謝謝')).toBe('已登記 5-302 A×1,本團共3份');
  });

  it('a reply to the chain post is an order; "帮5-302报" orders for another household and records who placed it', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    await chat.say('zhao: /我是 7-201');
    expect(await chat.answer(`zhao ^${chainMessageId}: A套餐两份`)).toBe('已登记 7-201 A×2,本团共2份');
    expect(await chat.answer(`qian ^${chainMessageId}: 3号楼502 B×1 C×1`)).toBe('已登记 3-502 B×1 C×1,本团共4份');
    expect(await chat.answer('daughter: 帮6-101报 B×1')).toBe('已替 6-101 登记 B×1,本团共5份');
    // A count said after the package is its count, even with 「报一个」 before it.
    expect(await chat.answer(`sun ^${chainMessageId}: 帮我妈报一个 B 两份 她是8号楼402`)).toBe('已登记 8-402 B×2,本团共7份');
    // "two B", 「双份」: the count as said.
    expect(await chat.answer(`tom ^${chainMessageId}: two B, one C, 4-1502`)).toBe('Recorded 4-1502 B×2 C×1; 10 in all');
    expect(await chat.answer(`sun ^${chainMessageId}: B双份 2-202`)).toBe('已登记 2-202 B×2,本团共12份');
    // An item refused or ordered before, named beside the order, is not ordered: the chat does what the reading says.
    expect(await chat.answer(`zhou ^${chainMessageId}: 我要C 不要A 5-501`)).toBe('已登记 5-501 C×1,本团共13份');
    expect(await chat.answer(`zhou ^${chainMessageId}: 再来一份A 上面我报过B了 5-502`)).toBe('已登记 5-502 A×1,本团共14份');
    // A count said apart from the one item: recorded as read.
    expect(await chat.answer(`zhou ^${chainMessageId}: B很好 这次再来两份 5-503`)).toBe('已登记 5-503 B×2,本团共16份');
    const placer = chat.db.prepare("SELECT m.user_id FROM groupbuy_orders o JOIN members m ON m.id = o.placed_by WHERE o.door = '6-101'").pluck().get();
    expect(placer).toBe('daughter');
    // The parents, at home in 6-101, may change what their daughter ordered.
    await chat.say('mum: /我是 6-101');
    expect(await chat.answer('mum: /buy 1 A 1')).toContain('已更新 6-101 为 A×1');
  });

  it('an order line with a question about its delivery or payment beside it is recorded; the question alone orders nothing', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    await chat.say('zhao: /我是 7-201');
    expect(await chat.answer(`zhao ^${chainMessageId}: C 两份 几时到`)).toBe('已登记 7-201 C×2,本团共2份');
    expect(await chat.answer(`qian ^${chainMessageId}: B一份 明天能到吗 3-502`)).toBe('已登记 3-502 B×1,本团共3份');
    expect(await chat.answer(`tom ^${chainMessageId}: two of A please, what time is delivery? 4-1502`)).toBe('Recorded 4-1502 A×2; 5 in all');
    // An order line introduced inside a story is recorded as the line says.
    expect(await chat.answer(`lin ^${chainMessageId}: So I finally figured it out. Here is my line: 6-1502, two of C and one B. Tell me if I did it wrong, last time was a mess`)).toBe('Recorded 6-1502 C×2 B×1; 8 in all');
    expect(await chat.say(`sun ^${chainMessageId}: 我的B什么时候到`)).toEqual([]);
    expect(await chat.say(`sun ^${chainMessageId}: 今天几点送到`)).toEqual([]);
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get()).toBe(4);
  });

  it('an item said twice in a row by voice typing is ordered once; an order with a question about another package after it orders only what it orders', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    expect(await chat.answer(`zhao ^${chainMessageId}: 嗯 B一份B一份 7-201`)).toBe('已登记 7-201 B×1,本团共1份');
    expect(await chat.answer(`qian ^${chainMessageId}: C两份 3-502。请问B套餐里有水果吗?`)).toBe('已登记 3-502 C×2,本团共3份');
    expect(await chat.answer(`tom ^${chainMessageId}: Two of A for 4-1502 please. By the way, does B include eggs?`)).toBe('Recorded 4-1502 A×2; 5 in all');
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get()).toBe(3);
  });

  it('counts written around the letter — a dash, brackets, a times sign before it, glued before it — are recorded as written', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    expect(await chat.answer(`zhao ^${chainMessageId}: A-1 B-2 7-201`)).toBe('已登记 7-201 A×1 B×2,本团共3份');
    expect(await chat.answer(`qian ^${chainMessageId}: A(1) C(2) 3-502`)).toBe('已登记 3-502 A×1 C×2,本团共6份');
    expect(await chat.answer(`sun ^${chainMessageId}: 2*B 2-202`)).toBe('已登记 2-202 B×2,本团共8份');
    expect(await chat.answer(`zhou ^${chainMessageId}: 1A 2C 5-501`)).toBe('已登记 5-501 A×1 C×2,本团共11份');
    // A count below one after a times sign is still explained, never recorded.
    expect(await chat.answer(`wu ^${chainMessageId}: B×-2 6-601`)).toBe('份数要是1份以上,每户限5份。');
  });

  it('an order line told privately by someone the bot does not know, with its door, is recorded at once where one community is served', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    const out = await chat.say('lee (private): A一份 B两份 12号楼1101');
    expect(out.map((o) => o.text)).toEqual(['好的,已记下您是阳光二期的居民。', '已登记 12-1101 A×1 B×2,本团共3份']);
  });

  it('an order line told privately by someone new without a door is kept while they are asked, then recorded', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    expect(await chat.answer('lee (private): A一份 B两份')).toBe(
      '我先记一下您的住址:您是阳光二期的居民吗?请回复门牌号,例如「5号楼302」。您的请求我记着,回复后马上办。',
    );
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get()).toBe(0);
    const out = await chat.say('lee (private): 12号楼1101');
    expect(out.map((o) => o.text)).toEqual(['好的,已记下您是阳光二期的居民。', '已登记 12-1101 A×1 B×2,本团共3份']);
  });

  it('someone new ordering a package by its name is welcomed, then asked which package; the community and door they gave are kept', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    // Its letter is the group-buy's to say: asked, and the community and door just given stay.
    const out = await chat.say('lee (private): 你好 我住12号楼1101 想订一份水果套餐');
    expect(out.map((o) => o.text)).toEqual(['好的,已记下您是阳光二期的居民。', '请写要哪个套餐、几份,例如 B×2。本团有:A、B、C']);
    expect(await chat.answer('lee (private): C一份 12号楼1101')).toBe('已登记 12-1101 C×1,本团共1份');
  });

  it("someone new ordering two packages by letter with a thanks (「我想订一份A套餐和两份B套餐 谢谢」) is asked the door and gets both; it was welcomed as thanks and lost", async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    expect(await chat.answer('newbie (private): 你好 我想订一份A套餐和两份B套餐 谢谢')).toContain('请回复门牌号');
    const placed = await chat.say('newbie (private): 5-302');
    expect(placed.map((o) => o.text)).toContain('已登记 5-302 A×1 B×2,本团共3份');
  });

  it('a price under the chain is never a quantity: 「B套餐150」 is explained and talk about prices is left alone', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    expect(await chat.answer(`zhao ^${chainMessageId}: 5-302 B套餐150`)).toBe('份数要是1份以上,每户限5份。');
    expect(await chat.say(`qian ^${chainMessageId}: A套餐100 B套餐150 加起来250 我转给谁`)).toEqual([]);
    expect(await chat.say(`sun ^${chainMessageId}: B套餐一百五十块有点贵啊`)).toEqual([]);
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get()).toBe(0);
    expect(await chat.answer(`zhao ^${chainMessageId}: 5-302 B套餐两份 共300块`)).toBe('已登记 5-302 B×2,本团共2份');
  });

  it('a count is the one written: an item named again in a note is not one more, voice input\'s 两分 and a cheque\'s 贰 are two, every package is every item', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    expect(await chat.answer(`zhao ^${chainMessageId}: 6-101 B×2 备注:B套餐放门口`)).toBe('已登记 6-101 B×2,本团共2份');
    expect(await chat.answer(`qian ^${chainMessageId}: 我要两分C 7-702`)).toBe('已登记 7-702 C×2,本团共4份');
    expect(await chat.answer(`sun ^${chainMessageId}: 8号楼 801室 B套餐 贰份`)).toBe('已登记 8-801 B×2,本团共6份');
    expect(await chat.answer(`li ^${chainMessageId}: 三个套餐都要一份 9-901`)).toBe('已登记 9-901 A×1 B×1 C×1,本团共9份');
    expect(await chat.answer(`zhou ^${chainMessageId}: 两B一C 10-101`)).toBe('已登记 10-101 B×2 C×1,本团共12份');
    expect(await chat.answer(`wu ^${chainMessageId}: A俩 10-102`)).toBe('已登记 10-102 A×2,本团共14份');
    // A slow typist, a space after every character, under the chain post: read as it was understood.
    expect(await chat.answer(`gu ^${chainMessageId}: 我 要 两 份 B 7 号 楼 3 0 1`)).toBe('已登记 7-301 B×2,本团共16份');
    // The count said apart from the item, as the recogniser reads it: "B pls x3" is three B, not an item X.
    expect(await chat.answer(`tom ^${chainMessageId}: B pls x3, 9-1102`)).toBe('Recorded 9-1102 B×3; 19 in all');
  });

  it('a chain copied back with a thank-you or a call to join under it orders nothing more', async () => {
    chat = await communityWithLeader();
    const { chainText } = await launchedGroupBuy(chat);
    expect(await chat.answer(`wang: ${`${chainText}\n1. 5-302 B×2`.replace(/\n/g, '\\n')}`)).toBe('已登记 5-302 B×2,本团共2份');
    const [posted] = await chat.tick();
    const latest = posted?.text.startsWith('【团购接龙') ? posted.text : `${chainText}\n1. 5-302 B×2`;
    expect(await chat.say(`li: ${`${latest}\n谢谢团长 辛苦了`.replace(/\n/g, '\\n')}`)).toEqual([]);
    expect(await chat.say(`zhou: ${`${latest}\n大家快来接龙啊 今天截止`.replace(/\n/g, '\\n')}`)).toEqual([]);
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get()).toBe(1);
  });

  it('a copied chain records only the sender\'s new line; others\' lines and reformatted old lines change nothing', async () => {
    chat = await communityWithLeader();
    const { chainText } = await launchedGroupBuy(chat);
    const first = `${chainText}\n1. 5-302 B×2`;
    expect(await chat.answer(`wang: ${first.replace(/\n/g, '\\n')}`)).toBe('已登记 5-302 B×2,本团共2份');
    // li copies it, rewrites wang's line in another form, changes it, and adds her own.
    const second = `${chainText}\n1. 5号楼302 B套餐三份\n2. 6-101 A×1`;
    expect(await chat.answer(`li: ${second.replace(/\n/g, '\\n')}`)).toBe('已登记 6-101 A×1,本团共3份');
    const third = `${chainText}\n1. 5号楼302室 B套餐两份\n2. 6-101 A1\n3. 7-702 C×1`;
    expect(await chat.answer(`zhou: ${third.replace(/\n/g, '\\n')}`)).toBe('已登记 7-702 C×1,本团共4份');
  });

  it('a leader launches into two groups from a private chat; orders from either add up in one chain', async () => {
    chat = await communityWithLeader();
    await chat.say('secretary [5号楼群]: /bind 阳光二期 楼 5');
    await chat.say('secretary [6号楼群]: /bind 阳光二期 楼 6');
    await chat.say(`leader (private): ${REGISTRATION}`);
    await chat.say('secretary (private): /团购审批 1');
    expect(await chat.answer('leader (private): /发团 1 5号楼群 7号楼群')).toContain('找不到群:7号楼群');
    const out = await chat.say('leader (private): /发团 1 5号楼群 6号楼群');
    const posts = out.filter((m) => m.text.startsWith('【团购接龙 #1】'));
    expect(posts.map((p) => p.chatId)).toEqual(['5号楼群', '6号楼群']);
    expect(out.find((m) => m.chatId === 'private:leader')!.text).toBe('团购 #1 已发到:5号楼群、6号楼群,4月20日 20:00截止。');
    const copy = (line: string) => `${posts[0]!.text}\n${line}`.replace(/\n/g, '\\n');
    expect(await chat.answer(`wang [5号楼群]: ${copy('1. 5-302 B×2')}`)).toBe('已登记 5-302 B×2,本团共2份');
    expect(await chat.answer(`zhou [6号楼群]: ${copy('1. 6-101 A×1')}`)).toBe('已登记 6-101 A×1,本团共3份');
    expect(await chat.answer(`tom [6号楼群]: /buy 1 6-102 C 1`)).toBe('已登记 6-102 C×1,本团共4份');
  });

  it('orders after the deadline are refused politely; the deadline closes it, posts totals and sends the leader three sheets', async () => {
    chat = await communityWithLeader();
    const { chainText } = await launchedGroupBuy(chat);
    await chat.say('wang: /buy 1 5-302 A 1 B 2');
    await chat.say('li: /buy 1 5-401 C 2');
    await chat.say('zhou: /buy 1 6-101 B 1');
    await chat.say('leader: /paid 5-302');
    chat.clock.set(atLocal('2026-04-20', '20:00', 'Asia/Shanghai'));
    const out = await chat.tick();
    const totals = out.find((m) => m.chatId === '控制台群')!;
    expect(totals.text).toBe(`【团购 #1】「${TITLE}」已截团:共3户,A套餐×1 B套餐×3 C套餐×2,合计6份,727元。感谢大家!`);
    const files = out.filter((m) => m.chatId === 'private:leader' && m.file);
    expect(files.map((f) => f.file!.name)).toEqual([`${TITLE}-供应商汇总.xlsx`, `${TITLE}-配送单.xlsx`, `${TITLE}-收款.xlsx`]);
    const [supplier, delivery, payments] = await Promise.all(files.map(async (f) => dense(await readSpreadsheet(f.file!.data))));
    const made = '团号 #1 · 送达 4月21日 · 团长 leader · 4月20日 20:00 制表';
    expect(supplier![0]!.rows).toEqual([
      [`阳光二期 ·「${TITLE}」供应商汇总`],
      [made],
      ['送货地址:阳光二期 · 供应商:浦东绿源农产品公司 · 共 3 户,6 份'],
      ['代码', '商品', '内容', '单价(元)', '数量', '金额(元)'],
      ['A', 'A套餐', '鸡蛋、蔬菜、肉', 100, 1, 100],
      ['B', 'B套餐', '蔬菜、水果、肉', 150, 3, 450],
      ['C', 'C套餐', null, 88.5, 2, 177],
      ['合计', null, null, null, 6, 727],
    ]);
    expect(supplier![1]!.rows.slice(2)).toEqual([
      ['楼', '户数', 'A', 'B', 'C', '份数'],
      ['5号楼', 2, 1, 2, 2, 5],
      ['6号楼', 1, 0, 1, 0, 1],
      ['合计', 3, 1, 3, 2, 6],
    ]);
    expect(delivery!.map((s) => s.name)).toEqual(['5号楼', '6号楼']);
    // 跟团号 is the line in the chain; 收货人 is who ordered (linli knows their names).
    expect(delivery![0]!.rows).toEqual([
      [`阳光二期 ·「${TITLE}」配送单 · 5号楼`],
      [made],
      ['共 2 户,5 份'],
      ['跟团号', '门牌', '收货人', 'A', 'B', 'C', '份数', '应付(元)', '签收'],
      [1, '5-302', 'wang', 1, 2, 0, 3, 400],
      [2, '5-401', 'li', 0, 0, 2, 2, 177],
      ['合计', null, null, 1, 2, 2, 5, 577],
    ]);
    expect(delivery![1]!.rows.slice(3)).toEqual([
      ['跟团号', '门牌', '收货人', 'A', 'B', 'C', '份数', '应付(元)', '签收'],
      [3, '6-101', 'zhou', 0, 1, 0, 1, 150],
      ['合计', null, null, 0, 1, 0, 1, 150],
    ]);
    expect(payments![0]!.rows).toEqual([
      [`阳光二期 ·「${TITLE}」收款`],
      [made],
      ['门牌', '楼', '应付(元)', '已付(元)'],
      ['5-302', '5', 400, 400],
      ['5-401', '5', 177],
      ['6-101', '6', 150],
      ['合计', null, 727, 400],
    ]);
    expect(await chat.answer('ma: /buy 1 8-808 A 1')).toBe(`不好意思,「${TITLE}」已经截团了,下次早点哦。`);
    expect(await chat.answer(`ma: ${`${chainText}\n1. 8-808 A×1`.replace(/\n/g, '\\n')}`)).toContain('已经截团了');
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get()).toBe(3);
    // A thank-you in reply to the chain post is not a late order: it gets silence.
    const chainPost = chat.sent.find((m) => m.text.startsWith('【团购接龙'))!;
    expect(await chat.say(`wang ^${chainPost.id}: 谢谢团长辛苦了`)).toEqual([]);
    expect(await chat.answer(`ma ^${chainPost.id}: 8-808 A×1`)).toContain('已经截团了');
  });

  it('delivery to a door tells that household, @-mentioning who lives there and who ordered for them', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('mum: /我是 6-101');
    await chat.say('dad: /我是 6-101');
    await chat.say('daughter: 帮6-101报 B×1');
    await chat.say('wang: /buy 1 6-202 A 1');
    await chat.say('leader: /截团 1');
    expect(await chat.answer('wang: /送达 6号楼')).toContain('需要团长或楼组长或志愿者身份');
    const out = await chat.say('leader: /送达 6-101');
    const notice = out.find((m) => m.text.startsWith('📦'))!;
    expect(notice.text).toBe(`📦「${TITLE}」6号楼已送达:6-101,请下楼取货。`);
    expect(notice.mentions).toEqual(['mum', 'dad', 'daughter']);
    expect(out.find((m) => m.chatId === 'private:daughter')!.text).toBe(`您替 6-101 报的「${TITLE}」已送达。`);
    expect(out.some((m) => m.chatId === 'private:mum')).toBe(false);
  });

  it('the bulletin shows open group-buys, those closing today and deliveries per building; personal data can be described and forgotten', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('daughter: 帮6-101报 B×1');
    const tz = 'Asia/Shanghai';
    const today = { communityId: 1, date: '2026-04-20', timeZone: tz, ...localDayWindow('2026-04-20', tz) };
    expect(groupbuyBulletin.render(chat.db, today, 'zh-CN')).toEqual([
      `进行中的团购:「${TITLE}」(4月20日 20:00截止)`,
      `今天截团:「${TITLE}」20:00`,
    ]);
    const tomorrow = { communityId: 1, date: '2026-04-21', timeZone: tz, ...localDayWindow('2026-04-21', tz) };
    expect(groupbuyBulletin.render(chat.db, tomorrow, 'zh-CN')).toContain('今天送达:6号楼1户');
    const daughter = memberByPlatformId(chat.db, 'console', 'daughter')!;
    expect(groupbuyPersonalData.describe(chat.db, daughter, 'zh-CN')).toEqual([`团购订单 1 条(您报的或您家的):「${TITLE}」6-101`]);
    expect(groupbuyPersonalData.forget(chat.db, daughter, chat.clock.now())).toBe(1);
    expect(groupbuyPersonalData.describe(chat.db, daughter, 'zh-CN')).toEqual([]);
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get()).toBe(1);
  });
});

describe('durable deadlines', () => {
  it('a group-buy still closes at its deadline after the bot restarts', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('wang: /buy 1 5-302 B 2');
    await chat.close();
    chat = new TestChat({ dir: chat.dir, clock: chat.clock });
    chat.clock.set(atLocal('2026-04-20', '20:05', 'Asia/Shanghai'));
    const out = await chat.tick();
    expect(out.find((m) => m.chatId === '控制台群')!.text).toContain('已截团:共1户');
    expect(out.filter((m) => m.chatId === 'private:leader' && m.file)).toHaveLength(3);
    expect(await chat.tick()).toEqual([]);
  });
});

describe('retention', () => {
  it('names, phones and who ordered are erased from group-buys closed before the cutoff; the counts stay', async () => {
    chat = await communityWithLeader();
    await chat.say('leader (private) +file(tests/fixtures/qjl-export.xlsx): /导入团购');
    const personal = () => chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders WHERE name IS NOT NULL OR phone IS NOT NULL').pluck().get();
    expect(personal()).toBe(4);
    expect(groupbuyPersonalData.expire!(chat.db, 1, chat.clock.now() - 1, chat.clock.now())).toBe(0);
    expect(groupbuyPersonalData.expire!(chat.db, 1, chat.clock.now() + 1, chat.clock.now())).toBe(4);
    expect(personal()).toBe(0);
    expect(chat.db.prepare('SELECT SUM(qty) FROM groupbuy_order_items').pluck().get()).toBe(8);
  });
});

describe('chatter that only looks like an order', () => {
  it('"帮我买点菜" in the group is not a group-buy order; re-sharing the chain orders nothing', async () => {
    chat = await communityWithLeader();
    const { chainText } = await launchedGroupBuy(chat);
    await chat.say('wang: /我是 5-302');
    expect(await chat.say(`wang: ${chainText.replace(/\n/g, '\\n')}`)).toEqual([]);
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get()).toBe(0);
    expect(await chat.say('wang: 帮我买点菜吧')).toEqual([]);
    expect(await chat.say('wang: 大家看到团购接龙了吗\\n好的')).toEqual([]);
    await chat.say('leader: /截团');
    expect(await chat.say('li: 昨天的团购接龙 #5 大家收到了吗\\n谢谢')).toEqual([]);
  });
  it('an offer to carry food up or to drive, by its licence class, orders no package: 「要送菜的 喊我」, 「B照 有面包车」 under the chain', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    const offer = await chat.answer('wang: 楼里老人要送菜的 喊我 5-302 全天');
    expect(offer).toMatch(/^已登记志愿者 wang:5号楼,特长:配送/);
    const driver = await chat.answer(`li ^${chainMessageId}: B照 有面包车 拉货拉人都行 6-101 晚上`);
    expect(driver).toMatch(/^已登记志愿者 li:6号楼,特长:司机/);
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get()).toBe(0);
    expect(await chat.answer(`zhou ^${chainMessageId}: 7-702 A×1`)).toBe('已登记 7-702 A×1,本团共1份');
  });
});
