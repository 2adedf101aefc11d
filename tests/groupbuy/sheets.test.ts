import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../src/outbox/spreadsheet.js';
import type { TestChat } from '../helpers/chat.js';
import { communityWithLeader, dense, launchedGroupBuy, REGISTRATION } from './helpers.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

const fileOf = (out: { file?: { name: string; data: Buffer } }[], what: string) => out.find((m) => m.file?.name.includes(what))!.file!;

describe('the sheets a leader gets', () => {
  it('the supplier summary says where to deliver when the leader registered an address', async () => {
    chat = await communityWithLeader();
    await chat.say(`leader (private): ${REGISTRATION}\\n送货地址: 阳光二期北门(康城路1号)`);
    await chat.say('secretary (private): /团购审批 1');
    await chat.say('leader: /发团 1');
    await chat.say('wang: /buy 1 5-302 A 1');
    const out = await chat.say('leader (private): /截团 1');
    const [summary] = dense(await readSpreadsheet(fileOf(out, '供应商汇总').data));
    expect(summary!.rows[2]).toEqual(['送货地址:阳光二期北门(康城路1号) · 供应商:浦东绿源农产品公司 · 共 1 户,1 份']);
  });

  it('the name on a delivery row is the one linli knows: who ordered from home, or who lives at the door ordered for', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    await chat.say('mum: /我是 6-101');
    await chat.say('daughter: /我是 8-808');
    await chat.say('daughter: 帮6-101报 B×1'); // for mum's home
    await chat.say('daughter: 帮7-707报 A×1'); // nobody known there: the name stays empty
    await chat.say(`wang ^${chainMessageId}: 6-202 王阿姨 A×2`); // a name written with the order wins
    const out = await chat.say('leader (private): /截团 1');
    const sheets = dense(await readSpreadsheet(fileOf(out, '配送单').data));
    const names = sheets.flatMap((s) => s.rows.slice(4, -1).map((r) => [r[1], r[2]]));
    expect(names).toEqual([['6-101', 'mum'], ['6-202', '王阿姨'], ['7-707', null]]);
  });

  it('a group-buy without prices (a 群接龙 export) prints no 0.00: money is left out and the sheets say 未定价', async () => {
    chat = await communityWithLeader();
    const out = await chat.say('leader (private) +file(tests/fixtures/qjl-export.xlsx): /导入团购');
    for (const what of ['供应商汇总', '配送单', '收款']) {
      const file = fileOf(out, what);
      const sheets = dense(await readSpreadsheet(file.data));
      for (const sheet of sheets) {
        expect(sheet.rows[1]![0], `${what} ${sheet.name}`).toContain('未定价');
        const header = sheet.rows.find((r) => r.includes('门牌') || r.includes('代码') || r.includes('楼'))!;
        expect(header.join('|'), `${what} ${sheet.name}`).not.toMatch(/元/);
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.data as unknown as ArrayBuffer);
      workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => expect(cell.numFmt ?? '', `${what} ${cell.address}`).not.toContain('¥'))));
    }
    const [payments] = dense(await readSpreadsheet(fileOf(out, '收款').data));
    expect(payments!.rows.slice(2)).toEqual([['门牌', '楼', '已付'], ['5-302', '5'], ['5-401', '5'], ['6-101', '6'], ['8-1001', '8']]);
  });
});
