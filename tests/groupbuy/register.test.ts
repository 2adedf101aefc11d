import { afterEach, describe, expect, it } from 'vitest';
import { tableUnder } from '../helpers/sheet-table.js';
import { readSpreadsheet } from '../../src/outbox/spreadsheet.js';
import type { TestChat } from '../helpers/chat.js';
import { communityWithLeader, launchedGroupBuy, REGISTRATION } from './helpers.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

describe('a group-buy is registered before it is launched (先备案后发团)', () => {
  it('a leader registers in one message; the secretary is asked to approve', async () => {
    chat = await communityWithLeader();
    const out = await chat.say(`leader (private): ${REGISTRATION}`);
    const toLeader = out.find((m) => m.chatId === 'private:leader')!;
    expect(toLeader.text).toBe('团购 #1「4月21日蔬菜套餐」已登记,等书记审批。批准后发 /发团 1 发到群里。');
    const toSecretary = out.find((m) => m.chatId === 'private:secretary')!;
    expect(toSecretary.text).toContain('/团购审批 1');
    const details = await chat.answer('secretary (private): /团购审批');
    expect(details).toContain('A套餐 100元(鸡蛋、蔬菜、肉)');
    expect(details).toContain('C套餐 88.5元');
    expect(details).toContain('通行证 沪A-2026-0042');
    const prices = chat.db.prepare('SELECT code, price_fen FROM groupbuy_items ORDER BY position').all();
    expect(prices).toEqual([{ code: 'A', price_fen: 10000 }, { code: 'B', price_fen: 15000 }, { code: 'C', price_fen: 8850 }]);
  });

  it('a registration can be a conversation: the bot asks, the leader answers', async () => {
    chat = await communityWithLeader();
    expect(await chat.answer('leader (private): /团购登记')).toContain('每行一项');
    const answer = REGISTRATION.replace('/团购登记\\n', '');
    const out = await chat.say(`leader (private): ${answer}`);
    expect(out.find((m) => m.chatId === 'private:leader')!.text).toContain('已登记');
  });

  it('missing documents keep it from the secretary until they are added, a file counts', async () => {
    chat = await communityWithLeader();
    const withoutPass = REGISTRATION.replace('\\n通行证: 沪A-2026-0042', '');
    expect(await chat.answer(`leader (private): ${withoutPass}`)).toContain('还缺:通行证');
    expect(await chat.answer('secretary (private): /团购审批 1')).toContain('缺资料');
    const out = await chat.say('leader (private) +file(package.json): /团购资料 1 通行证');
    expect(out.map((m) => m.chatId).sort()).toEqual(['private:leader', 'private:secretary']);
    expect(await chat.answer('secretary (private): /团购审批')).toContain('📎package.json');
  });

  it('a document can come as the file sent with the registration ("见附件")', async () => {
    chat = await communityWithLeader();
    const withFile = REGISTRATION.replace('通行证: 沪A-2026-0042', '通行证: 见附件');
    const out = await chat.say(`leader (private) +file(package.json): ${withFile}`);
    expect(out.find((m) => m.chatId === 'private:leader')!.text).toContain('已登记');
    expect(await chat.answer('secretary (private): /团购审批')).toContain('通行证 见附件 📎package.json');
  });

  it('a test older than 48 hours before delivery is refused', async () => {
    chat = await communityWithLeader();
    const stale = REGISTRATION.replace('司机核酸: 4月19日', '司机核酸: 4月16日');
    expect(await chat.answer(`leader (private): ${stale}`)).toBe('司机48小时核酸要在送达前48小时内做,请补一份新的。');
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuys').pluck().get()).toBe(0);
  });

  it('a registration missing its items and deadline says what is missing', async () => {
    chat = await communityWithLeader();
    const answer = await chat.answer('leader (private): /团购登记\\n标题: 水果团\\n供应商: 某公司\\n送达: 明天');
    expect(answer).toContain('商品和价格');
    expect(answer).toContain('截止时间');
  });

  it('cannot be launched before approval; only the secretary approves; a rejection gives the reason', async () => {
    chat = await communityWithLeader();
    await chat.say(`leader (private): ${REGISTRATION}`);
    expect(await chat.answer('leader: /发团 1')).toBe('团购 #1「4月21日蔬菜套餐」还没有通过书记审批,不能发团。先备案后发团。');
    expect(await chat.answer('leader: /团购审批 1')).toContain('需要书记身份');
    expect(await chat.answer('wang: /buy 1 B 2')).toContain('不接单');
    const out = await chat.say('secretary (private): /团购驳回 1 司机核酸看不清');
    expect(out.find((m) => m.chatId === 'private:leader')!.text).toContain('原因:司机核酸看不清');
    expect(await chat.answer('leader: /发团 1')).toContain('被驳回');
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_chats').pluck().get()).toBe(0);
  });

  it('a resident who is not a leader cannot register or launch; a leader whose role was revoked cannot launch', async () => {
    chat = await communityWithLeader();
    expect(await chat.answer(`wang: ${REGISTRATION}`)).toContain('需要团长身份');
    await chat.say(`leader (private): ${REGISTRATION}`);
    await chat.say('secretary (private): /团购审批 1');
    expect(await chat.answer('wang: /发团 1')).toContain('需要团长身份');
    await chat.say('secretary: /撤销 @leader 团长');
    expect(await chat.answer('leader: /发团 1')).toContain('需要团长身份');
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_chats').pluck().get()).toBe(0);
  });

  it('a price changed after approval needs a new approval; orders wait; the history shows every change', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    expect(await chat.answer('wang: /buy 1 5-302 B 1')).toContain('已登记 5-302 B×1');
    const out = await chat.say('leader (private): /团购改价 1 B 160元');
    expect(out.find((m) => m.chatId === 'private:leader')!.text).toContain('需要书记重新审批');
    expect(out.find((m) => m.chatId === 'private:secretary')!.text).toContain('B 150→160');
    expect(await chat.answer('li: /buy 1 6-101 B 1')).toContain('不接单');
    const approved = await chat.say('secretary (private): /团购审批 1');
    const reposted = approved.find((m) => m.chatId === '控制台群')!;
    expect(reposted.text).toContain('B套餐 160元');
    expect(await chat.answer('li: /buy 1 6-101 B 1')).toContain('已登记 6-101 B×1');
    const history = await chat.answer('secretary (private): /团购记录 1');
    const lines = history.split('\n').slice(1).map((l) => l.replace(/^\S+ \S+ /, ''));
    expect(lines).toEqual([
      'leader 登记 A=10000,B=15000,C=8850',
      'leader 提交审批',
      'secretary 批准 A=100,B=150,C=88.5',
      'leader 发团 控制台群',
      'leader 改价 B 150→160',
      'secretary 批准 A=100,B=160,C=88.5',
    ]);
  });

  it('a price changed after approval applies to orders placed after it: the totals and every sheet say which price each order carries', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('wang: /buy 1 5-302 B 1');
    const change = await chat.say('leader (private): /团购改价 1 B 160元');
    expect(change.find((m) => m.chatId === 'private:leader')!.text).toContain('已经下单的 1 户仍按原价');
    expect(change.find((m) => m.chatId === 'private:secretary')!.text).toContain('已下单的 1 户仍按原价');
    await chat.say('secretary (private): /团购审批 1');
    await chat.say('li: /buy 1 6-101 B 1');
    // wang changes nothing about B: the B wang ordered keeps its price.
    await chat.say('wang: /buy 1 5-302 B 1');

    const closed = await chat.say('leader: /截团 1');
    expect(closed.find((m) => m.chatId === '控制台群')!.text).toBe(
      '【团购 #1】「4月21日蔬菜套餐」已截团:共2户,A套餐×0 B套餐×2 C套餐×0,合计2份,310元(其中1户按改价前的价格)。感谢大家!',
    );
    // Read as a person reads the printed sheets (issue 17: title lines, money as numbers): by the header row.
    const sheet = async (name: string) => (await readSpreadsheet(closed.find((m) => m.file?.name.includes(name))!.file!.data))[0]!;
    const supplier = tableUnder(await sheet('供应商汇总'), '代码').filter((r) => r['代码'] === 'B');
    expect(supplier.map((r) => Object.values(r).slice(0, 6))).toEqual([
      ['B', 'B套餐', '蔬菜、水果、肉', 160, 1, 160],
      ['B', 'B套餐(改价前)', '蔬菜、水果、肉', 150, 1, 150],
    ]);
    expect(tableUnder(await sheet('收款'), '门牌').map((r) => [r['门牌'], r['应付(元)'], r['已付(元)'], r['下单价(元)']])).toEqual([
      ['5-302', 150, null, 'B 150(改价前)'],
      ['6-101', 160, null, 'B 160'],
      ['合计', 310, 0, null],
    ]);
    const delivery = tableUnder(await sheet('配送单'), '门牌').find((r) => r['门牌'] === '5-302')!;
    expect([delivery['应付(元)'], delivery['下单价(元)']]).toEqual([150, 'B 150(改价前)']);
  });

  it('a leader cannot change the price of someone else\'s group-buy', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('other: 你好');
    await chat.say('secretary: /授权 @other 团长');
    expect(await chat.answer('other (private): /团购改价 1 B 200元')).toBe('这条记录由别人负责,只有它的负责人或书记可以操作。');
    expect(chat.db.prepare("SELECT price_fen FROM groupbuy_items WHERE code = 'B'").pluck().get()).toBe(15000);
  });
});
