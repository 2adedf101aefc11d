import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../src/outbox/spreadsheet.js';
import type { TestChat } from '../helpers/chat.js';
import { communityWithLeader, dense } from './helpers.js';

/**
 * Every shape of export a leader has (tests/fixtures/make-exports.ts, where each column list comes
 * from), sent with /导入团购 as on a real chat: the households, goods and quantities on the
 * delivery sheets, the rows left out and why, 跟团号 on each row.
 */

let chat: TestChat;
let dir: string | undefined;
afterEach(async () => {
  await chat?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function importFile(path: string) {
  const out = await chat.say(`leader (private) +file(${path}): /导入团购`);
  const sheet = async (what: string) => {
    const file = out.find((m) => m.file?.name.includes(what))?.file;
    return file ? dense(await readSpreadsheet(file.data)) : undefined;
  };
  return {
    texts: out.filter((m) => !m.file).map((m) => m.text),
    files: out.filter((m) => m.file).map((m) => m.file!.name),
    delivery: (await sheet('配送单'))!,
    supplier: (await sheet('供应商汇总'))!,
  };
}

/** A delivery sheet's header and household rows (without the title lines and the total row). */
const table = (sheet: { rows: unknown[][] }) => sheet.rows.slice(3, -1);

/** A file written for one test, in a folder removed after it. */
function tempFile(name: string, data: string | Buffer): string {
  dir ??= mkdtempSync(join(tmpdir(), 'linli-import-'));
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
}

describe('the exports leaders really have, imported through the chat', () => {
  it('快团团 order export: goods and quantities inside 商品, cancelled and refunded orders left out, part refunds listed, 跟团号 kept', async () => {
    chat = await communityWithLeader();
    const { texts, delivery, supplier } = await importFile('tests/fixtures/ktt-orders.xlsx');
    expect(texts).toEqual([
      '已导入「ktt-orders」(团号 #1):读了11行,4户,3栋楼。配送单私聊发给您;送到后发 /送达 5号楼。',
      '有2行没看懂,没有计入,请核对:\n第10行:看不出门牌号\n第11行:数量不对',
      '有4单已取消或退款,没有计入:\n第4行:已取消\n第5行:已退款\n第6行:退款中\n第7行:已退款',
      '有1单部分退款,商品照原单计入,请核对退了什么:\n第8行:退款 20 元',
    ]);
    expect(delivery.map((s) => s.name)).toEqual(['5号楼', '6号楼', '7号楼']);
    expect(table(delivery[0]!)).toEqual([
      ['跟团号', '门牌', '收货人', '蔬菜套餐(大份)', '蔬菜套餐(小份)', '鸡蛋(30枚)', '份数', '应付(元)', '电话', '签收'],
      // Two orders of one household (跟团号 1 and 8) on one line; two goods of one order (跟团号 2) in their columns.
      ['1、8', '5-302', '张三', 2, 0, 1, 3, 245, '138****1111'],
      [2, '5-401', '李四', 0, 1, 1, 2, 105, '139****2222'],
    ]);
    expect(table(delivery[1]!)[1]).toEqual([7, '6-601', '吴九', 1, 2, 0, 3, 220, '133****7777']);
    expect(table(delivery[2]!)[1]).toEqual([11, '7-1102', '方十二', 0, 3, 0, 3, 180, '130****1212']);
    // Unit prices from single-good orders: 200 for two 大份, 45 for one egg box, 180 for three 小份.
    expect(supplier[0]!.rows.slice(4)).toEqual([
      ['蔬菜套餐(大份)', '蔬菜套餐(大份)', null, 100, 3, 300],
      ['蔬菜套餐(小份)', '蔬菜套餐(小份)', null, 60, 6, 360],
      ['鸡蛋(30枚)', '鸡蛋(30枚)', null, 45, 2, 90],
      ['合计', null, null, null, 11, 750],
    ]);
  });

  it('快团团 goods export: one row per good with 数量; an order of two goods is one household', async () => {
    chat = await communityWithLeader();
    const { texts, delivery } = await importFile('tests/fixtures/ktt-goods.xlsx');
    expect(texts).toEqual([
      '已导入「ktt-goods」(团号 #1):读了6行,3户,2栋楼。配送单私聊发给您;送到后发 /送达 5号楼。',
      '有1行没看懂,没有计入,请核对:\n第7行:数量不对',
      '有1单已取消或退款,没有计入:\n第5行:已取消',
    ]);
    expect(delivery.map((s) => [s.name, ...table(s).slice(1)])).toEqual([
      ['5号楼', [1, '5-302', '张三', 2, 0, 2, 200, '138****1111'], [2, '5-401', '李四', 1, 1, 2, 145, '139****2222']],
      ['6号楼', [4, '6-602', '赵六', 0, 1, 1, 45, '136****4444']],
    ]);
  });

  it('a custom order form saved as .xls: 楼号(如10), 房号(如606), 弄号(如168) read by meaning; another lane is listed, not mixed in', async () => {
    chat = await communityWithLeader();
    const { texts, delivery } = await importFile('tests/fixtures/ktt-form.xls');
    expect(texts).toEqual([
      '已导入「ktt-form」(团号 #1):读了6行,3户,2栋楼。配送单私聊发给您;送到后发 /送达 5号楼。',
      '有2行没看懂,没有计入,请核对:\n第5行:和其他行不是同一个弄,请按弄分开导入\n第6行:看不出门牌号',
    ]);
    expect(delivery.map((s) => [s.name, ...table(s)])).toEqual([
      [
        '10号楼',
        ['跟团号', '门牌', '收货人', '草莓(2斤装)', '青浦练塘茭白(5斤装)', '份数', '电话', '签收'],
        ['1、6', '10-606', '陈', 1, 1, 2, '137****0000'],
        [2, '10-1002', '周', 2, 0, 2, '137****1111'],
      ],
      ['11号楼', ['跟团号', '门牌', '收货人', '草莓(2斤装)', '青浦练塘茭白(5斤装)', '份数', '电话', '签收'], [3, '11-301', '林', 0, 1, 1, '137****2222']],
    ]);
    // The form has no prices: no amount column, and the title says so rather than 应付 0.00.
    expect(delivery[0]!.rows[1]![0]).toContain('未定价');
  });

  it('群接龙 goods export with prices: 商品名称 and 规格, 商品金额 over 数量 as the price, 下单序号 as the number', async () => {
    chat = await communityWithLeader();
    const { texts, delivery, supplier } = await importFile('tests/fixtures/qjl-goods.xlsx');
    expect(texts).toEqual([
      '已导入「qjl-goods」(团号 #1):读了6行,3户,2栋楼。配送单私聊发给您;送到后发 /送达 5号楼。',
      '有1行没看懂,没有计入,请核对:\n第6行:数量不对',
    ]);
    expect(delivery.map((s) => [s.name, ...table(s).slice(1)])).toEqual([
      ['5号楼', ['1、5', '5-302', '陈', 1, 1, 0, 2, 250, '137****0000'], [2, '5-401', '周', 0, 2, 0, 2, 300, '137****1111']],
      ['6号楼', [3, '6-101', '林', 1, 0, 1, 2, 150, '137****2222']],
    ]);
    expect(supplier[0]!.rows.slice(4, -1).map((r) => [r[0], r[3]])).toEqual([['A套餐 标准', 100], ['B套餐 标准', 150], ['C套餐 标准', 50]]);
  });

  it('群接龙 export without prices, as a GBK .csv: the sheets print no money and say 未定价, never 应付 0.00', async () => {
    chat = await communityWithLeader();
    const { texts, delivery, supplier } = await importFile('tests/fixtures/qjl-unpriced.csv');
    expect(texts).toEqual(['已导入「qjl-unpriced」(团号 #1):读了4行,4户,3栋楼。配送单私聊发给您;送到后发 /送达 5号楼。']);
    expect(delivery.map((s) => [s.name, ...table(s)])).toEqual([
      ['5号楼', ['跟团号', '门牌', '收货人', 'A套餐', 'B套餐', '份数', '电话', '签收'], [1, '5-302', '陈', 1, 0, 1, '137****0000'], [2, '5-401', '周', 0, 2, 2, '137****1111']],
      ['6号楼', ['跟团号', '门牌', '收货人', 'A套餐', 'B套餐', '份数', '电话', '签收'], [3, '6-101', '林', 1, 0, 1, '137****2222']],
      // A quoted field with a comma in it, and a building written in Chinese numerals.
      ['8号楼', ['跟团号', '门牌', '收货人', 'A套餐', 'B套餐', '份数', '电话', '签收'], [4, '8-1001', '老,吴', 0, 1, 1, '137****5555']],
    ]);
    for (const s of [...delivery, ...supplier]) expect(s.rows[1]![0]).toContain('未定价');
    expect(supplier[0]!.rows[3]).toEqual(['代码', '商品', '内容', '数量']);
  });

  it('a leader\'s own sheet: 所在楼栋, 单元, 门牌号, 购买数量 headers read by what they mean', async () => {
    chat = await communityWithLeader();
    const csv = ['序号,姓名,所在楼栋,单元,门牌号,购买商品,购买数量', '1,王,5栋,2,302,大米,1', '2,赵,六号楼,,1201,大米,2', '3,钱,7,1单元,501室,食用油,1'].join('\n');
    const { texts, delivery } = await importFile(tempFile('自己的表.csv', `\ufeff${csv}`));
    expect(texts[0]).toBe('已导入「自己的表」(团号 #1):读了3行,3户,3栋楼。配送单私聊发给您;送到后发 /送达 5号楼。');
    expect(delivery.map((s) => table(s)[1]!.slice(0, 5))).toEqual([
      [1, '5-2-302', '王', 1, 0],
      [2, '6-1201', '赵', 2, 0],
      [3, '7-1-501', '钱', 0, 1],
    ]);
  });

  it('headers in traditional characters and full-width digits, goods written A套餐*2 and B套餐×1, several in one cell', async () => {
    chat = await communityWithLeader();
    const csv = ['接龍號,收貨人,商品,樓號（如10）,房號（如606）', '1,陳,A套餐*2,１０,６０６', '2,周,"A套餐×1\nB套餐×2",10,1002', '3,林,B套餐,11,301'].join('\n');
    const { texts, delivery } = await importFile(tempFile('繁體.csv', csv));
    expect(texts).toEqual([
      '已导入「繁體」(团号 #1):读了3行,2户,1栋楼。配送单私聊发给您;送到后发 /送达 5号楼。',
      '有1行没看懂,没有计入,请核对:\n第4行:数量不对',
    ]);
    expect(delivery.map((s) => [s.name, ...table(s)])).toEqual([
      ['10号楼', ['跟团号', '门牌', '收货人', 'A套餐', 'B套餐', '份数', '签收'], [1, '10-606', '陈', 2, 0, 2], [2, '10-1002', '周', 1, 2, 3]],
    ]);
  });
});

describe('an import that finds no household creates nothing', () => {
  it('every row cancelled or without a door: no group-buy, no sheets; the header it read and the rows it could not count', async () => {
    chat = await communityWithLeader();
    const csv = [
      '跟团号,下单人,商品,订单金额,退款金额,订单状态,自提点,收货人,联系电话,详细地址',
      '1,阿花,蔬菜套餐(大份)+1,100,0,已取消,北门,张三,13800001111,阳光二期5号楼302',
      '2,老周,蔬菜套餐(大份)+1,100,0,待发货,北门,李四,13900002222,北门自提',
      '3,小林,鸡蛋(30枚)+1,45,45,待发货,北门,王五,13700003333,阳光二期6号楼1201',
    ].join('\r\n');
    const { texts, files } = await importFile(tempFile('空的团.csv', csv));
    expect(texts).toEqual([
      '「空的团.csv」读了3行,没有读出任何一户,所以没有建团购、也没有发配送单。认出的表头是:跟团号、下单人、商品、订单金额、退款金额、订单状态、自提点、收货人、联系电话、详细地址。',
      '有1行没看懂,没有计入,请核对:\n第3行:看不出门牌号',
      '有2单已取消或退款,没有计入:\n第2行:已取消\n第4行:已退款',
    ]);
    expect(files).toEqual([]);
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuys').pluck().get()).toBe(0);
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get()).toBe(0);
  });

  it('a sheet with no header linli knows: nothing is created, and the reply quotes its first row with phone numbers masked', async () => {
    chat = await communityWithLeader();
    const { texts, files } = await importFile(tempFile('通讯录.csv', '名字,手机,备注\n张三,13800001111,老人\n'));
    expect(texts).toEqual([
      '「通讯录.csv」里找不到「商品」和门牌号(地址或楼号、房号)这样的表头,是快团团或群接龙的导出吗?表格第一行是:名字、手机、备注',
    ]);
    expect(files).toEqual([]);
    const noHeaderButPhone = await importFile(tempFile('号码.csv', '13800001111,张三\n'));
    expect(noHeaderButPhone.texts[0]).toContain('表格第一行是:138****1111、张三');
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuys').pluck().get()).toBe(0);
  });

  it('sent in a group, the first row (a household\'s name and address) goes to the leader privately; the group is only told where to look', async () => {
    chat = await communityWithLeader();
    const out = await chat.say(`leader +file(${tempFile('名单.csv', '张三,阳光二期5号楼302\n')}): /导入团购`);
    expect(out.map((m) => [m.chatId, m.text])).toEqual([
      ['private:leader', '「名单.csv」里找不到「商品」和门牌号(地址或楼号、房号)这样的表头,是快团团或群接龙的导出吗?表格第一行是:张三、阳光二期5号楼302'],
      ['控制台群', '这个表格读不出来,看到了什么已私聊发给您。'],
    ]);
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuys').pluck().get()).toBe(0);
  });
});
