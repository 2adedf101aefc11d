import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../src/outbox/spreadsheet.js';
import type { TestChat } from '../helpers/chat.js';
import { communityWithLeader, dense } from './helpers.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

async function importFile(file: string) {
  const out = await chat.say(`leader (private) +file(tests/fixtures/${file}): /导入团购`);
  const texts = out.filter((m) => !m.file).map((m) => m.text);
  const delivery = out.find((m) => m.file?.name.includes('配送单'))!;
  return { texts, delivery: dense(await readSpreadsheet(delivery.file!.data)), all: out };
}

describe('orders from 快团团 and 群接龙 exports', () => {
  it('a 快团团 export becomes delivery sheets per building; unreadable rows are listed by row number', async () => {
    chat = await communityWithLeader();
    const { texts, delivery } = await importFile('ktt-export.xlsx');
    expect(texts[0]).toBe('已导入「ktt-export」(团号 #1):读了8行,4户,3栋楼。配送单私聊发给您;送到后发 /送达 5号楼。');
    expect(texts[1]).toBe('有3行没看懂,没有计入,请核对:\n第6行:看不出门牌号\n第7行:数量不对\n第9行:没有商品');
    expect(delivery.map((s) => s.name)).toEqual(['5号楼', '6号楼', '7号楼']);
    // 跟团号 is the one from 快团团: 5-302 ordered twice (跟团号 1 and 6).
    expect(delivery[0]!.rows).toEqual([
      ['阳光二期 ·「ktt-export」配送单 · 5号楼'],
      ['团号 #1 · 团长 leader · 4月20日 09:00 制表'],
      ['共 2 户,4 份'],
      ['跟团号', '门牌', '收货人', '蔬菜套餐 大份', '蔬菜套餐 小份', '鸡蛋 30枚', '份数', '应付(元)', '电话', '签收'],
      ['1、6', '5-302', '张三', 2, 0, 1, 3, 245, '138****5678'],
      [2, '5-401', '李四', 0, 1, 0, 1, 60, '139****1111'],
      ['合计', null, null, 2, 1, 1, 4, 305],
    ]);
    expect(delivery[2]!.rows[4]).toEqual([8, '7-1102', '周九', 0, 2, 0, 2, 120, '133****6666']);
  });

  it('a 群接龙 export with 楼号 and 房号 columns written every which way', async () => {
    chat = await communityWithLeader();
    const { texts, delivery } = await importFile('qjl-export.xlsx');
    expect(texts[0]).toContain('读了8行,4户,3栋楼');
    expect(texts[1]).toBe('有3行没看懂,没有计入,请核对:\n第5行:数量不对\n第6行:看不出门牌号\n第7行:看不出门牌号');
    const rows = Object.fromEntries(delivery.map((s) => [s.name, s.rows.slice(4, -1).map((r) => r.slice(1, 5))]));
    expect(rows).toEqual({
      '5号楼': [['5-302', '陈', 1, 1], ['5-401', '周', 0, 2]],
      '6号楼': [['6-101', '林', 1, 0]],
      '8号楼': [['8-1001', '郑', 3, 0]],
    });
  });

  it('imported orders get delivery notices in the group serving the building, @-mentioning who lives there', async () => {
    chat = await communityWithLeader();
    await chat.say('secretary [5号楼群]: /bind 阳光二期 楼 5');
    await chat.say('laochen [5号楼群]: /我是 5-302');
    await importFile('qjl-export.xlsx');
    const out = await chat.say('leader: /送达 5号楼');
    const notice = out.find((m) => m.chatId === '5号楼群')!;
    expect(notice.text).toBe('📦「qjl-export」5号楼已送达:5-302、5-401,请下楼取货。');
    expect(notice.mentions).toEqual(['laochen']);
    expect(out.some((m) => m.chatId === '控制台群' && m.text.startsWith('📦'))).toBe(false);
  });

  it('the console attaches a file with "name +file(path): text"; "+file(" after the colon is just text', async () => {
    chat = await communityWithLeader();
    const msg = chat.adapter.parseLine('leader (private) +file(tests/fixtures/qjl-export.xlsx): /导入团购 四月团')!;
    expect([msg.senderId, msg.isGroup, msg.text, msg.file?.name]).toEqual(['leader', false, '/导入团购 四月团', 'qjl-export.xlsx']);
    expect(msg.file!.data!.subarray(0, 2).toString()).toBe('PK');
    const plain = chat.adapter.parseLine('wang: 我写 +file(x) 玩玩')!;
    expect([plain.text, plain.file]).toEqual(['我写 +file(x) 玩玩', undefined]);
  });

  it('a file that is not a spreadsheet export is refused with a reason, nothing is imported', async () => {
    chat = await communityWithLeader();
    expect(await chat.answer('leader (private) +file(package.json): /导入团购')).toContain('打不开');
    expect(await chat.answer('leader (private): /导入团购')).toContain('.xlsx');
    expect(await chat.answer('leader (private) +file(tests/fixtures/no-such.xlsx): /导入团购')).toBe('打不开「no-such.xlsx」,请发快团团或群接龙导出的表格(.xlsx、.xls 或 .csv)。');
    expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuys').pluck().get()).toBe(0);
  });

  it('an export with 5,000 rows it cannot read gets the count and the first ten in the chat, and every one of them in a sheet', async () => {
    chat = await communityWithLeader();
    const dir = mkdtempSync(join(tmpdir(), 'linli-import-'));
    try {
      const workbook = new ExcelJS.Workbook();
      const ws = workbook.addWorksheet('订单');
      ws.addRow(['商品', '数量', '收货地址']);
      ws.addRow(['B套餐', 1, '阳光二期5号楼302室']);
      for (let i = 0; i < 5000; i++) ws.addRow(['B套餐', 1, `门口自提 ${i}`]);
      const file = join(dir, '五千行.xlsx');
      await workbook.xlsx.writeFile(file);

      const out = await chat.say(`leader (private) +file(${file}): /导入团购`);
      const problems = out.find((m) => m.text.startsWith('有5000行没看懂'))!;
      expect(problems.text.split('\n')).toEqual([
        '有5000行没看懂,没有计入,请核对:',
        ...Array.from({ length: 10 }, (_, i) => `第${i + 3}行:看不出门牌号`),
        '……还有 4990 条,完整的在附件「五千行-没看懂的行.xlsx」里。',
      ]);
      const sheet = dense(await readSpreadsheet(problems.file!.data))[0]!;
      expect(sheet.rows).toHaveLength(5001);
      expect(sheet.rows[0]).toEqual(['行号', '问题']);
      expect(sheet.rows[5000]).toEqual([5002, '看不出门牌号']);
      // No message to the leader is longer than a few platform messages.
      for (const m of out) expect(m.text.length).toBeLessThan(4000);
      expect(chat.db.prepare('SELECT COUNT(*) FROM groupbuy_orders').pluck().get()).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
